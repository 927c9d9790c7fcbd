// `ccdc ARGS…` through the built CLI, loaded as bin/ccdc.js loads it (the bundle and its code
// cache), for the start-up figures: prints the CPU time of the whole process (Node's own start
// included) on stderr's last line.
const { loadCli } = await import("../../cli/bin/load-cli.js");
process.exitCode = await loadCli().main(process.argv.slice(2));
const c = process.cpuUsage();
process.stderr.write(`\n${JSON.stringify({ cpuMs: (c.user + c.system) / 1000 })}\n`);
