// One benchmark case, run in its own process so that its peak memory is its own.
// Usage: node case.mjs typed|memory|csv UNITS YEARS INDICATORS SYSTEMS
//   typed:  in-memory panel → the typed columnar result (runPlanOnPanelColumnar)
//   memory: in-memory panel → the JSON-shaped Result (runPlanOnPanel)
//   csv:    CSV file → the JSON-shaped Result (runPlan)
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { runPlan, runPlanOnPanel, runPlanOnPanelColumnar } from "../dist/index.js";
import { syntheticPanel, syntheticPlan } from "./synthetic.mjs";

const [mode, u, y, k, s] = process.argv.slice(2);
const shape = { units: Number(u), years: Number(y), indicators: Number(k), systems: Number(s) };
const plan = syntheticPlan(shape);
const panel = syntheticPanel(shape);

let wallMs;
let cpuMs;
let ok;
/** CPU time (user + system, all threads of the process) since `c0`, in ms. */
const cpuSince = (c0) => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
if (mode === "memory" || mode === "typed") {
  const run = mode === "typed" ? runPlanOnPanelColumnar : runPlanOnPanel;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = run(plan, panel);
  wallMs = performance.now() - t0;
  cpuMs = cpuSince(c0);
  ok = out.ok;
  if (!out.ok) console.error(JSON.stringify(out.errors.slice(0, 3)));
} else {
  // Write the panel as a long CSV (in blocks, so that writing it does not set the peak
  // memory), then time file → results.
  const dir = mkdtempSync(join(tmpdir(), "ccdc-bench-"));
  const fd = openSync(join(dir, "panel.csv"), "w");
  writeSync(fd, "region,year,variable,value\n");
  for (const [v, col] of Object.entries(panel)) {
    let block = [];
    for (let i = 0; i < col.length; i++) {
      block.push(`U${Math.floor(i / shape.years)},${2000 + (i % shape.years)},${v},${col[i]}\n`);
      if (block.length === 10000) {
        writeSync(fd, block.join(""));
        block = [];
      }
    }
    writeSync(fd, block.join(""));
  }
  closeSync(fd);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = await runPlan(plan, { baseDir: dir });
  wallMs = performance.now() - t0;
  cpuMs = cpuSince(c0);
  ok = out.ok;
  if (!out.ok) console.error(JSON.stringify(out.errors.slice(0, 3)));
  rmSync(dir, { recursive: true, force: true });
}
const maxRssMB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ok, wallMs, cpuMs, maxRssMB }));
