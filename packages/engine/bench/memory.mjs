// `pnpm bench`'s in-memory section (issue #13's "in memory" target): the pipeline on a panel
// already in memory (runPlanOnPanelColumnar, the typed result) on one thread and on the
// machine's threads, beside the same pipeline in NumPy (numpy_pipeline.py tuned, when python3
// has numpy), in rounds so that all three meet the same neighbours. Each run is its own process
// (case.mjs). Run alone: `node packages/engine/bench/memory.mjs [--quick]` after `pnpm build`.
import { execFileSync, spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runThreads } from "../dist/index.js";
import { best } from "./best-of.mjs";
import { syntheticPlan } from "./synthetic.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const quick = process.argv.includes("--quick");
const lastJson = (out) => JSON.parse(out.trim().split("\n").at(-1));
const caseRun = (...args) =>
  lastJson(
    execFileSync(
      process.execPath,
      ["--max-old-space-size=4096", join(here, "case.mjs"), ...args.map(String)],
      { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
    ),
  );
const s = (ms) => `${(ms / 1000).toFixed(3)} s`;
const mb = (x) => `${x.toFixed(0)} MB`;
const row = (name, ...cells) => console.log(`  ${name.padEnd(44)} ${cells.join("  ")}`);

// 4. In memory: the pipeline on panels already in memory.
console.log(
  "\nIn memory: panel → typed result (the pipeline) and → JSON-shaped Result (best of 3, each in a fresh process)",
);
const shapes = quick
  ? [[3000, 20, 40, 4]]
  : [
      [3000, 20, 40, 4],
      [30000, 20, 40, 4],
    ];
// NumPy tuned, timed in a fresh process like ccdc's cases (its script prints CPU and wall).
const numpyRun = (sh, version) => {
  const py = spawnSync("python3", [join(here, "numpy_pipeline.py"), ...sh.map(String), version], {
    encoding: "utf8",
  });
  return py.status === 0 ? JSON.parse(py.stdout.trim().split("\n").at(-1)) : undefined;
};
// The parallel run on the machine's cores, at most 8 (this thread and the rest as workers).
const threads = Math.min(cpus().length, 8);
const least = (runs, key) => Math.min(...runs.map((r) => r[key]));
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
for (const sh of shapes) {
  const label = `${sh[0].toLocaleString("en")} × 20 × 40 (${((sh[0] * 800) / 1e6).toFixed(1)} M values)`;
  const withNumpy = sh[0] === 30000;
  const loadBefore = load();
  // Rounds, each: one thread, the threads, NumPy tuned — so that all three meet the same
  // neighbours; the least CPU and the least wall of each over the rounds.
  const one = [];
  const par = [];
  const np = [];
  for (let r = 0; r < 3; r++) {
    one.push(caseRun("typed", ...sh));
    par.push(caseRun("parallel", ...sh, threads));
    if (withNumpy) {
      const m = numpyRun(sh, "tuned");
      if (m) np.push(m);
    }
  }
  const json = best(3, () => caseRun("memory", ...sh));
  const cells = (runs) => [`cpu ${s(least(runs, "cpuMs"))}`, `wall ${s(least(runs, "wallMs"))}`];
  row(`typed  ${label}, one thread`, ...cells(one), `peak ${mb(least(one, "maxRssMB"))}`);
  row(
    `typed, ${threads} threads (this one + ${threads - 1} worker${threads === 2 ? "" : "s"})`,
    ...cells(par),
    `peak ${mb(least(par, "maxRssMB"))}`,
  );
  // What `ccdc run` would choose for this study now (CCDC_THREADS unset): the free cores.
  const chosen = runThreads(
    syntheticPlan({ units: sh[0], years: sh[1], indicators: sh[2], systems: sh[3] }),
  );
  console.log(
    `  (\`ccdc run\` on this study would take ${chosen} thread${chosen === 1 ? "" : "s"} at the load average of ${load()})`,
  );
  row(`JSON   ${label}`, `cpu ${s(json.cpuMs)}`, `peak ${mb(json.maxRssMB)}`);
  if (!withNumpy) continue;
  if (np.length === 0) {
    row("NumPy comparison", "python3 with numpy not found; skipped");
    continue;
  }
  row("NumPy tuned (numpy_pipeline.py tuned)", ...cells(np), "(one thread)");
  // The target compares time: ccdc's least wall (one thread or the threads) with NumPy's.
  const bestWall = Math.min(least(one, "wallMs"), least(par, "wallMs"));
  const wallRatio = bestWall / least(np, "wallMs");
  row(
    "  time: ccdc's least wall / NumPy tuned's",
    `${wallRatio.toFixed(2)}×`,
    "target ≤ 1×",
    wallRatio <= 1 ? "target met" : "over target",
  );
  const cpuRatio = least(one, "cpuMs") / least(np, "cpuMs");
  row(
    "  CPU: ccdc one thread / NumPy tuned",
    `${cpuRatio.toFixed(2)}×`,
    "target ≤ 1×",
    cpuRatio <= 1 ? "target met" : "over target",
  );
  const plain = numpyRun(sh, "straightforward");
  if (plain) {
    row(
      "NumPy straightforward (baseline)",
      `cpu ${s(plain.cpuMs)}`,
      `ccdc one thread / straightforward ${(least(one, "cpuMs") / plain.cpuMs).toFixed(2)}× cpu`,
    );
  }
  console.log(
    `  (load average ${loadBefore} before these runs, ${load()} after, on ${cpus().length} cores: wall\n` +
      "   times measure the neighbours too, so compare them only within one bench run; with the\n" +
      "   load above the cores the worker finds no free core. The parallel run's panel is in shared\n" +
      "   memory, as `ccdc run`'s readers build it for a run on threads. Before this work: one thread 1.3-1.5 s cpu)",
  );
}
