#!/usr/bin/env node
// The `ccdc` command: a thin shim over the built CLI, bundled into one file for a fast start
// (packages/cli/dist/ccdc.bundle.js, see scripts/bundle.mjs). Build with `pnpm build`.
let main;
try {
  ({ main } = await import("../dist/ccdc.bundle.js"));
} catch (err) {
  // A missing or broken build is not the user's error: one line, exit 3 (the stack with CCDC_DEBUG=1).
  const why =
    err?.code === "ERR_MODULE_NOT_FOUND" ? "it is not built" : String(err?.message ?? err);
  process.stderr.write(
    `ccdc: internal error: cannot load the CLI: ${why}; run \`pnpm build\` (please report if it persists)\n`,
  );
  if (process.env.CCDC_DEBUG === "1" && err?.stack) process.stderr.write(`${err.stack}\n`);
  process.exit(3);
}
process.exitCode = await main(process.argv.slice(2));
