// `pnpm bench` helper (figures.mjs): runs `main` of a bundle of the CLI (the first argument) on
// the other arguments, in this process, then writes the process's CPU time (user + system,
// every thread, start-up included) as JSON to fd 3.
import { writeSync } from "node:fs";

const [mainPath, ...args] = process.argv.slice(2);
const { main } = await import(mainPath);
process.exitCode = await main(args);
writeSync(3, JSON.stringify(process.cpuUsage()));
