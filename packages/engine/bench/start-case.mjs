// `ccdc ARGS…` through the built CLI (bin/ccdc.js's bundle), for the start-up figures: prints
// the CPU time of the whole process (Node's own start included) on stderr's last line.
const { main } = await import("../../cli/dist/ccdc.bundle.js");
process.exitCode = await main(process.argv.slice(2));
const c = process.cpuUsage();
process.stderr.write(`\n${JSON.stringify({ cpuMs: (c.user + c.system) / 1000 })}\n`);
