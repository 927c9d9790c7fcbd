#!/usr/bin/env node
// The `ccdc` command: a thin shim over the built CLI, bundled into one file and loaded with a V8
// code cache for a fast start (load-cli.js, scripts/bundle.mjs). Build with `pnpm build`.
import { loadCli } from "./load-cli.js";

let main;
try {
  ({ main } = loadCli());
} catch (err) {
  // A missing or broken build is not the user's error: one line, exit 3 (the stack with CCDC_DEBUG=1).
  const why = err?.code === "ENOENT" ? "it is not built" : String(err?.message ?? err);
  process.stderr.write(
    `ccdc: internal error: cannot load the CLI: ${why}; run \`pnpm build\` (please report if it persists)\n`,
  );
  if (process.env.CCDC_DEBUG === "1" && err?.stack) process.stderr.write(`${err.stack}\n`);
  process.exit(3);
}
process.exitCode = await main(process.argv.slice(2));
