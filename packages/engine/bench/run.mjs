// `pnpm bench`: the whole pipeline on synthetic panels; prints wall time, CPU time and peak memory.
// Targets (issue #3): 30,000 × 20 × 40 (24 M values) in under 1.2 s and 0.6 GB peak.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
// typed: in-memory panel → the typed columnar result (runPlanOnPanelColumnar);
// JSON:  in-memory panel → the JSON-shaped Result (runPlanOnPanel = the typed result + toResult);
// CSV:   CSV file → the JSON-shaped Result (runPlan).
const cases = [
  { name: "in-memory → typed   3,000 × 20 × 40 (2.4 M)", args: ["typed", 3000, 20, 40, 4] },
  { name: "in-memory → typed  30,000 × 20 × 40 (24 M)", args: ["typed", 30000, 20, 40, 4] },
  { name: "in-memory → JSON    3,000 × 20 × 40 (2.4 M)", args: ["memory", 3000, 20, 40, 4] },
  { name: "in-memory → JSON   30,000 × 20 × 40 (24 M)", args: ["memory", 30000, 20, 40, 4] },
  { name: "CSV file  → JSON    3,000 × 20 × 40 (2.4 M)", args: ["csv", 3000, 20, 40, 4] },
];
console.log(
  "case                                          wall (s)   cpu (s)   peak RSS (MB)   ok",
);
for (const c of cases) {
  const runs = c.args[0] === "csv" ? 1 : 3;
  let best;
  for (let r = 0; r < runs; r++) {
    const out = execFileSync(
      process.execPath,
      ["--max-old-space-size=4096", `${here}case.mjs`, ...c.args.map(String)],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    const m = JSON.parse(out.trim().split("\n").at(-1));
    if (!best || m.wallMs < best.wallMs) best = m;
  }
  console.log(
    `${c.name.padEnd(45)} ${(best.wallMs / 1000).toFixed(3).padStart(8)}  ${(best.cpuMs / 1000).toFixed(3).padStart(8)}   ${best.maxRssMB.toFixed(0).padStart(13)}   ${best.ok}`,
  );
}
console.log(
  "(best of 3 by wall time for in-memory cases; cpu = user + system time of all the process's threads, GC helpers included, during the run; peak RSS includes Node itself and the generated input panel)",
);
// Exact summation must stay within a small factor of a plain loop.
execFileSync(process.execPath, [`${here}summation.mjs`], { stdio: "inherit" });
// Paper outputs of the flagship (issue 9): figures must add under 1 s to `ccdc run --out`.
execFileSync(process.execPath, [`${here}figures.mjs`], { stdio: "inherit" });
