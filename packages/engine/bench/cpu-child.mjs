// `pnpm bench` helper (figures.mjs): runs the CLI's unbundled entry, `main` of
// packages/cli/dist/main.js, on the arguments given, in this process, then writes the
// process's CPU time (user + system, every thread, start-up included) as JSON to fd 3.
// Started with `--import ./no-figures.mjs` when the figures are to be left out.
import { writeSync } from "node:fs";

const [mainPath, ...args] = process.argv.slice(2);
const { main } = await import(mainPath);
process.exitCode = await main(args);
writeSync(3, JSON.stringify(process.cpuUsage()));
