// `pnpm bench` (sensitivity part): many variants of a real study, data read once.
// Targets (issue #12): 1,000 variants of the flagship in under 5 s; 10,000 variants of the NBS
// four-region study (30 provinces grouped in the four regions) in under 60 s, memory bounded.
// Run after `pnpm build`; prints wall time, CPU time and peak RSS of each case.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compileSpec } from "../../dsl/dist/index.js";
import { runPlan } from "../../engine/dist/index.js";

const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");

/** A grid over shift × scope × forms × root composition × weighting × one left-out indicator. */
function withGrid(plan, shifts, count) {
  const variants = [];
  const choice = (id, alternatives) => ({ id, alternatives });
  const shiftAlts = shifts.map((s, i) => {
    variants.push({
      id: `shift_${i}`,
      labels: { en: `shift ${s}` },
      overrides: [{ kind: "normalization", shift: s }],
    });
    return `shift_${i}`;
  });
  variants.push({
    id: "per_year",
    labels: { en: "per year" },
    overrides: [{ kind: "normalization", scope: "per_year" }],
  });
  variants.push({
    id: "standard",
    labels: { en: "standard" },
    overrides: [{ kind: "forms", analysis: null, forms: ["standard"] }],
  });
  variants.push({
    id: "pom",
    labels: { en: "pom" },
    overrides: [{ kind: "forms", analysis: null, forms: ["product_over_mean"] }],
  });
  const rootId = plan.nodes[0].id;
  variants.push({
    id: "root_flat",
    labels: { en: "flat" },
    overrides: [{ kind: "compose", node: rootId, compose: { kind: "flat" } }],
  });
  variants.push({
    id: "equal_w",
    labels: { en: "equal" },
    overrides: plan.nodes.map((n) => ({
      kind: "weighting",
      node: n.id,
      weighting: { kind: "equal" },
    })),
  });
  const drops = plan.indicators.map((ind) => {
    variants.push({
      id: `drop_${ind.id}`,
      labels: { en: `drop ${ind.id}` },
      overrides: [{ kind: "drop", indicator: ind.id }],
    });
    return `drop_${ind.id}`;
  });
  plan.variants = variants;
  plan.sensitivity = [
    {
      id: "bench",
      labels: { en: "bench" },
      choices: [
        choice("shift", shiftAlts),
        choice("scope", ["base", "per_year"]),
        choice("form", ["pom", "standard"]),
        choice("compose", ["base", "root_flat"]),
        choice("weights", ["base", "equal_w"]),
        choice("drop", ["base", ...drops]),
      ],
      watch: [
        ...plan.analyses.map((a) => ({ kind: "analysis", id: a.id })),
        { kind: "node", id: rootId },
      ],
      sample: { kind: "random", count, seed: 1 },
    },
  ];
  return plan;
}

async function bench(name, spec, shifts, count) {
  const file = resolve(root, spec);
  const compiled = compileSpec(readFileSync(file, "utf8"), file);
  if (!compiled.plan) throw new Error(`${spec} does not compile`);
  const plan = withGrid(compiled.plan, shifts, count);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const out = await runPlan(plan, { baseDir: dirname(file) });
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const rss = process.resourceUsage().maxRSS / 1024;
  if (!out.ok) throw new Error(JSON.stringify(out.errors.slice(0, 3)));
  const runs = out.result.sensitivity[0].runs;
  console.log(
    `${name.padEnd(44)} ${String(runs).padStart(6)} ${(wall / 1000).toFixed(2).padStart(8)} ${((cpu.user + cpu.system) / 1e6).toFixed(2).padStart(8)} ${rss.toFixed(0).padStart(9)}   target ${name.startsWith("flagship") ? "5" : "60"} s`,
  );
}

console.log("sensitivity case                               runs  wall (s)  cpu (s)  peak MB");
await bench(
  "flagship (northern.ccd), 1,000 variants",
  "specs/northern.ccd",
  [0.0001, 0.001, 0.01, 0.00001, 0.005],
  1000,
);
await bench(
  "NBS regions (30 provinces), 10,000 variants",
  "specs/regions-nbs4.ccd",
  Array.from({ length: 40 }, (_, i) => 0.00005 * (i + 1)),
  10000,
);
