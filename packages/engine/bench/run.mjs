// `pnpm bench` (issue #13): each target's figure next to its target and a baseline measured in
// the same run where one can be (Node's own start; the fastest comparison CSV reader; NumPy if
// python3 has it), else the figure before this work, measured on the same machine.
// Times are CPU seconds (user + system, all threads) unless marked wall: on a shared machine
// wall time mostly measures the neighbours. `pnpm bench -- --quick` skips the 30,000-unit cases;
// `node packages/engine/bench/run.mjs --start` measures the start only.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "..", "..", "..");
const quick = process.argv.includes("--quick");
const startOnly = process.argv.includes("--start");
const node = (args, opts = {}) =>
  execFileSync(process.execPath, ["--max-old-space-size=4096", ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    ...opts,
  });
const lastJson = (out) => JSON.parse(out.trim().split("\n").at(-1));
const caseRun = (...args) => lastJson(node([join(here, "case.mjs"), ...args.map(String)]));
const best = (n, f) => {
  let b;
  for (let i = 0; i < n; i++) {
    const m = f();
    if (!b || m.cpuMs < b.cpuMs) b = m;
  }
  return b;
};
const s = (ms) => `${(ms / 1000).toFixed(3)} s`;
const mb = (x) => `${x.toFixed(0)} MB`;
const row = (name, ...cells) => console.log(`  ${name.padEnd(44)} ${cells.join("  ")}`);

console.log(
  `ccdc bench — ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")} at the start`,
);

// 1. Start: a short study, as a user runs it.
console.log(
  "\nStart (7 runs each, the least wall and the least CPU; wall = spawn to exit; target: under 0.4 s wall each)",
);
// The least of each, separately: on a shared machine a run's wall time is its own CPU time plus
// the neighbours', so the least wall is the nearest to an idle machine's.
const start = (args) => {
  const runs = Array.from({ length: 7 }, () => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
    const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const tail = r.stderr.trim().split("\n").at(-1) ?? "";
    const cpuMs = tail.startsWith("{") ? JSON.parse(tail).cpuMs : Number.NaN;
    return { wallMs, cpuMs: args[0] === "-e" ? wallMs : cpuMs, ok: r.status === 0 };
  });
  return {
    wallMs: Math.min(...runs.map((r) => r.wallMs)),
    cpuMs: Math.min(...runs.map((r) => r.cpuMs)),
    ok: runs.every((r) => r.ok),
  };
};
const floor = start(["-e", "0"]);
row("node -e 0 (baseline: Node's own start)", `wall ${s(floor.wallMs)}`);
for (const cmd of ["check", "run"]) {
  const m = start([join(here, "start-case.mjs"), cmd, "specs/northern.ccd"]);
  row(
    `ccdc ${cmd} specs/northern.ccd`,
    `wall ${s(m.wallMs)}`,
    `cpu ${s(m.cpuMs)}`,
    `${(m.wallMs / floor.wallMs).toFixed(1)}× node -e 0`,
    m.wallMs < 400 ? "target met" : "over target",
    m.ok ? "" : "FAILED",
  );
}
console.log(
  "  (before the grammar table and the sensitivity reuse, idle, 1 Dec 2026 23:25 UTC: check 0.26 s cpu, 0.22 s wall; run 0.42 s cpu, 0.33 s wall; before #13: check 1.1-1.4 s cpu, run 1.2-1.5 s cpu)",
);
if (startOnly) process.exit(0);

// 2. CSV ingest: a 2.4 M-row long CSV.
const dir = mkdtempSync(join(tmpdir(), "ccdc-bench-"));
try {
  const shape = [3000, 20, 40, 4];
  const csv = join(dir, "long.csv");
  node([join(here, "case.mjs"), "gen", ...shape, csv, "long"]);
  const panelMB = (shape[0] * shape[1] * shape[2] * 8) / 2 ** 20;
  console.log(
    `\nCSV ingest: 3,000 × 20 × 40 long CSV, 2.4 M rows, ${mb(statSync(csv).size / 2 ** 20)}; panel ${panelMB.toFixed(1)} MB as float64`,
  );
  console.log(
    "  (best of 3 by CPU, each run its own process; mem = peak RSS above the process's RSS before the timed work)",
  );
  const ingest = best(3, () => caseRun("ingest", ...shape, csv));
  const results = best(3, () => caseRun("csv", ...shape, csv));
  const readers = ["udsv", "duckdb"].map((r) =>
    best(3, () => lastJson(node([join(here, "reader-case.mjs"), r, csv, 3000, 20, 40]))),
  );
  const memOf = (m) => m.maxRssMB - m.rssBeforeMB;
  row("ccdc: CSV → panel (ingest only)", `cpu ${s(ingest.cpuMs)}`, `mem ${mb(memOf(ingest))}`);
  row("ccdc: CSV → results (runPlan)", `cpu ${s(results.cpuMs)}`, `mem ${mb(memOf(results))}`);
  for (const r of readers) {
    if (r.missing) row(`${r.reader} (comparison)`, "not installed, skipped");
    else row(`${r.reader} read + pivot (comparison)`, `cpu ${s(r.cpuMs)}`, `mem ${mb(memOf(r))}`);
  }
  const fastest = readers.filter((r) => !r.missing).sort((a, b) => a.cpuMs - b.cpuMs)[0];
  if (fastest) {
    const ratio = results.cpuMs / fastest.cpuMs;
    row(
      `CPU: ccdc results / ${fastest.reader}`,
      `${ratio.toFixed(2)}×`,
      "target ≤ 2×",
      ratio <= 2 ? "target met" : "over target",
    );
  }
  row(
    "CPU: ccdc results, absolute",
    s(results.cpuMs),
    "target about ≤ 1.2 s",
    results.cpuMs <= 1200 ? "target met" : "over target",
  );
  const memRatio = memOf(ingest) / panelMB;
  row(
    "memory: ingest / panel float64 size",
    `${memRatio.toFixed(2)}×`,
    "target ≤ 3×",
    memRatio <= 3 ? "target met" : "over target",
  );
  console.log(
    "  (before this work: CSV → results 8.0 s cpu, csv-parse for every file; 1.8-2.1 s cpu (ingest 1.6-2.7 s)",
  );
  console.log(
    "   with cells cut as strings, before the byte path of ingest-bytes.ts, alternating runs at load 7.6-8.6)",
  );
  rmSync(csv);

  // 3. Output: a 30,000-unit study to --out.
  if (!quick) {
    const big = [30000, 20, 40, 4];
    const wide = join(dir, "wide.csv");
    node([join(here, "case.mjs"), "gen", ...big, wide, "wide"]);
    console.log(
      `\nOutput: ccdc run PLAN --out DIR --format json, 30,000 × 20 × 40 (wide CSV, ${mb(statSync(wide).size / 2 ** 20)})`,
    );
    const out = caseRun("out", ...big, wide, "wide", join(dir, "out"));
    row(
      "peak RSS of the whole run",
      mb(out.maxRssMB),
      `cpu ${s(out.cpuMs)}`,
      "target < 1024 MB",
      out.ok ? (out.maxRssMB < 1024 ? "target met" : "over target") : "FAILED",
    );
    console.log(
      "  (peak RSS is the kernel's ru_maxrss, the figure `/usr/bin/time -v` prints as Maximum resident set size;",
    );
    console.log(
      "   above 1,000 units --out leaves out the figures and paper files, so this is results.json, the reports and the CSVs;",
    );
    console.log(
      "   before the streamed --out writer: the run failed at 3.1 GB, the JSON exceeding V8's maximum string length)",
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// 4. In memory: the pipeline on panels already in memory.
console.log(
  "\nIn memory (best of 3; threads: best wall of 3): panel → typed result (the pipeline) and → JSON-shaped Result",
);
const shapes = quick
  ? [[3000, 20, 40, 4]]
  : [
      [3000, 20, 40, 4],
      [30000, 20, 40, 4],
    ];
// NumPy's two versions, each timed in a fresh process like ccdc's cases (best of 3).
const numpy = (sh, version) => {
  const run = () => {
    const py = spawnSync("python3", [join(here, "numpy_pipeline.py"), ...sh.map(String), version], {
      encoding: "utf8",
    });
    return py.status === 0
      ? JSON.parse(py.stdout.trim().split("\n").at(-1))
      : { cpuMs: Number.POSITIVE_INFINITY };
  };
  const m = best(3, run);
  return Number.isFinite(m.cpuMs) ? m : undefined;
};
// The parallel run on the machine's cores, at most 8 (this thread and the rest as workers).
const threads = Math.min(cpus().length, 8);
const bestWall = (n, f) => {
  let b;
  for (let i = 0; i < n; i++) {
    const m = f();
    if (!b || m.wallMs < b.wallMs) b = m;
  }
  return b;
};
for (const sh of shapes) {
  const label = `${sh[0].toLocaleString("en")} × 20 × 40 (${((sh[0] * 800) / 1e6).toFixed(1)} M values)`;
  const typed = best(3, () => caseRun("typed", ...sh));
  const json = best(3, () => caseRun("memory", ...sh));
  const par = bestWall(3, () => caseRun("parallel", ...sh, threads));
  row(
    `typed  ${label}`,
    `cpu ${s(typed.cpuMs)}`,
    `wall ${s(typed.wallMs)}`,
    `peak ${mb(typed.maxRssMB)}`,
  );
  row(
    `typed, ${threads} threads (this one + ${threads - 1} worker${threads === 2 ? "" : "s"})`,
    `wall ${s(par.wallMs)}`,
    `cpu ${s(par.cpuMs)}`,
    `peak ${mb(par.maxRssMB)}`,
  );
  row(`JSON   ${label}`, `cpu ${s(json.cpuMs)}`, `peak ${mb(json.maxRssMB)}`);
  if (sh[0] === 30000) {
    const tuned = numpy(sh, "tuned");
    const plain = tuned ? numpy(sh, "straightforward") : undefined;
    if (tuned && plain) {
      const ratio = typed.cpuMs / tuned.cpuMs;
      const wallRatio = par.wallMs / tuned.wallMs;
      row(
        "NumPy tuned (numpy_pipeline.py tuned)",
        `cpu ${s(tuned.cpuMs)}`,
        `wall ${s(tuned.wallMs)}`,
        "(one thread)",
      );
      row(
        `  ccdc ${threads} threads, wall / NumPy tuned wall`,
        `${wallRatio.toFixed(2)}×`,
        "target ≤ 1×",
        wallRatio <= 1 ? "target met" : "over target",
      );
      row(`  ccdc one thread, cpu / NumPy tuned cpu`, `${ratio.toFixed(2)}×`);
      row(
        "NumPy straightforward (baseline)",
        `cpu ${s(plain.cpuMs)}`,
        `ccdc typed / straightforward ${(typed.cpuMs / plain.cpuMs).toFixed(2)}×`,
      );
    } else row("NumPy comparison", "python3 with numpy not found; skipped");
    console.log(
      "  (wall times measure the neighbours too on a shared machine: compare them only within one\n" +
        "   bench run. The parallel run's arrays are in shared memory: the bench builds the panel there,\n" +
        "   as a reader for a large study would. Before this work: typed 1.3-1.5 s cpu; before the\n" +
        "   worker threads: 1.01-1.13 s cpu, about 1.25× NumPy tuned)",
    );
  }
}

// Exact summation must stay within a small factor of a plain loop.
console.log("");
execFileSync(process.execPath, [join(here, "summation.mjs")], { stdio: "inherit" });
// Paper outputs of the flagship (issue 9): figures must add under 1 s to `ccdc run --out`.
execFileSync(process.execPath, [join(here, "figures.mjs")], { stdio: "inherit" });
