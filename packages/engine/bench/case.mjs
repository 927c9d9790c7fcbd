// One benchmark case, run in its own process so that its CPU time and peak memory are its own.
// Usage: node case.mjs MODE ARGS…
//   typed  U Y K S        in-memory panel → the typed columnar result (runPlanOnPanelColumnar)
//   parallel U Y K S [T]  the same on T threads (runPlanOnPanelParallel; the panel built in
//                         shared memory, as a reader for a parallel run would build it)
//   memory U Y K S        in-memory panel → the JSON-shaped Result (runPlanOnPanel)
//   gen    U Y K S FILE long|wide   writes the synthetic panel as a CSV file (not timed)
//   ingest U Y K S FILE   the CSV file → the panel (readSources only)
//   csv    U Y K S FILE   the CSV file → the JSON-shaped Result (runPlan)
//   out    U Y K S FILE long|wide DIR   `ccdc run PLAN --out DIR` in this process (the built CLI)
// Prints one JSON line: ok, wallMs, cpuMs (user + system, all threads), maxRssMB (the process's
// peak), rssBeforeMB (just before the timed work).
import { writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import {
  runPlan,
  runPlanOnPanel,
  runPlanOnPanelColumnar,
  runPlanOnPanelParallel,
} from "../dist/index.js";
import { syntheticPanel, syntheticPlan, writePanelCsv } from "./synthetic.mjs";

const [mode, u, y, k, s, file, layout = "long", outDir] = process.argv.slice(2);
const shape = { units: Number(u), years: Number(y), indicators: Number(k), systems: Number(s) };

if (mode === "gen") {
  writePanelCsv(file, shape, layout);
  process.exit(0);
}

const plan = syntheticPlan({ ...shape, path: file ? basename(file) : "panel.csv", layout });
const inMemory = mode === "typed" || mode === "memory" || mode === "parallel";
const panel = inMemory ? syntheticPanel(shape, 42, mode === "parallel") : undefined;
const rssBefore = process.memoryUsage().rss;
const c0 = process.cpuUsage();
const t0 = performance.now();
let ok;
if (mode === "typed" || mode === "memory") {
  const out = (mode === "typed" ? runPlanOnPanelColumnar : runPlanOnPanel)(plan, panel);
  ok = out.ok;
  if (!out.ok) console.error(JSON.stringify(out.errors.slice(0, 3)));
} else if (mode === "parallel") {
  const out = await runPlanOnPanelParallel(plan, panel, { threads: Number(file ?? 2) });
  ok = out.ok;
  if (!out.ok) console.error(JSON.stringify(out.errors.slice(0, 3)));
} else if (mode === "ingest") {
  // Internal modules: the ingest alone, without the pipeline after it.
  const { indexPlan } = await import("../dist/plan-index.js");
  const { readSources } = await import("../dist/io/read-sources.js");
  const read = await readSources(indexPlan(plan), dirname(file));
  ok = read.issues.every((i) => i.severity !== "error");
  if (!ok) console.error(JSON.stringify(read.issues.slice(0, 3)));
} else if (mode === "csv") {
  const out = await runPlan(plan, { baseDir: dirname(file) });
  ok = out.ok;
  if (!out.ok) console.error(JSON.stringify(out.errors.slice(0, 3)));
} else if (mode === "out") {
  const planFile = join(dirname(file), "plan.json");
  writeFileSync(planFile, JSON.stringify(plan));
  // The CLI as bin/ccdc.js loads it (the bundle and its code cache).
  const { loadCli } = await import("../../cli/bin/load-cli.js");
  const { main } = loadCli();
  const quiet = () => undefined;
  const code = await main(["run", planFile, "--out", outDir, "--format", "json"], {
    stdout: quiet,
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  });
  ok = code === 0;
} else {
  throw new Error(`unknown mode ${mode}`);
}
const wallMs = performance.now() - t0;
const c = process.cpuUsage(c0);
console.log(
  JSON.stringify({
    ok,
    wallMs,
    cpuMs: (c.user + c.system) / 1000,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    rssBeforeMB: rssBefore / 2 ** 20,
  }),
);
