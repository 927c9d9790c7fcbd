#!/usr/bin/env node
// The `ccdc` command: a thin shim over the built CLI (packages/cli/dist). Build with `pnpm build`.
let main;
try {
  ({ main } = await import("../dist/main.js"));
} catch (err) {
  if (err?.code === "ERR_MODULE_NOT_FOUND" && String(err.message).includes("dist")) {
    process.stderr.write("ccdc: not built yet: run `pnpm build` in the repository first\n");
    process.exit(3);
  }
  throw err;
}
process.exitCode = await main(process.argv.slice(2));
