// `pnpm bench [-- --quick | --start]`: the three benchmark scripts in turn, each given the
// arguments after `--` (package.json's script chain would hand them to the last one only).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2).filter((a) => a !== "--");
const benches = [
  "../packages/engine/bench/run.mjs",
  "../packages/cli/bench/sensitivity.mjs",
  "../packages/dsl/bench/garbage.mjs",
];
for (const b of benches) {
  execFileSync(process.execPath, [fileURLToPath(new URL(b, import.meta.url)), ...args], {
    stdio: "inherit",
  });
  // --start measures the start only (run.mjs's first rows).
  if (args.includes("--start")) break;
}
