import { minimalPlan, type PlanDraft } from "@ccdc/plan";
import { describe, expect, it } from "vitest";
import type { PanelData } from "../panel.js";
import { runPlanOnPanelColumnar } from "../run.js";
import { applyOverrides, applyVariant } from "./apply.js";
import { decodeRun, sensitivityRuns } from "./combinations.js";
import { runSensitivity } from "./sensitivity.js";

/**
 * Three regions, one year, root = fixed-weight sum of x = a and y = b, no shift.
 * a = (1, 2, 3) → x' = (0, 0.5, 1); b = (3, 1, 2) → y' = (1, 0, 0.5).
 * Choice "weights": base (all weight on x) or "on_y"; choice "shift": base (0) or "shifted" (0.1).
 */
function study(): { plan: PlanDraft; panel: PanelData } {
  const plan = minimalPlan();
  plan.study.period = { from: 2020, to: 2020 };
  plan.study.years = [2020];
  plan.regions.push({ id: "r3", key: "R3", labels: { en: "Region 3" } });
  plan.units.list.push({ id: "r3", labels: { en: "Region 3" }, members: ["r3"] });
  const [x, y] = plan.indicators;
  x!.expr = { kind: "var", variable: "a" };
  x!.exprText = "a";
  y!.expr = { kind: "var", variable: "b" };
  y!.exprText = "b";
  y!.direction = "+";
  plan.nodes[0]!.weighting = { kind: "fixed", weights: { x: 1, y: 0 } };
  plan.method.normalization.shift = 0;
  plan.variants = [
    {
      id: "on_y",
      labels: { en: "All weight on y" },
      overrides: [
        { kind: "weighting", node: "root", weighting: { kind: "fixed", weights: { x: 0, y: 1 } } },
      ],
    },
    {
      id: "shifted",
      labels: { en: "Shift 0.1" },
      overrides: [{ kind: "normalization", shift: 0.1 }],
    },
  ];
  plan.sensitivity = [
    {
      id: "robust",
      labels: { en: "Robustness" },
      choices: [
        { id: "weights", alternatives: ["base", "on_y"] },
        { id: "shift", alternatives: ["base", "shifted"] },
      ],
      watch: [
        { kind: "node", id: "root" },
        { kind: "analysis", id: "between_root" },
      ],
      sample: { kind: "grid" },
    },
  ];
  const panel: PanelData = {
    a: Float64Array.of(1, 2, 3),
    b: Float64Array.of(3, 1, 2),
  };
  return { plan, panel };
}

const close = (got: ArrayLike<number>, want: number[]): void => {
  expect(got.length).toBe(want.length);
  want.forEach((w, i) => {
    expect(got[i]).toBeCloseTo(w, 12);
  });
};

describe("variants", () => {
  it("a variant's plan runs like the study written with that choice", () => {
    const { plan, panel } = study();
    const applied = applyVariant(plan, "on_y");
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    const written = study().plan;
    written.nodes[0]!.weighting = { kind: "fixed", weights: { x: 0, y: 1 } };
    written.nodes[0]!.weightingOrigin = "spec";
    expect(applied.plan).toEqual({ ...written });
    const run = runPlanOnPanelColumnar(applied.plan, panel);
    expect(run.ok).toBe(true);
    if (run.ok) close(run.result.nodes[0]!.index, [1, 0, 0.5]);
  });

  it("does not modify the base plan", () => {
    const { plan } = study();
    const before = structuredClone(plan);
    applyVariant(plan, "shifted");
    expect(plan).toEqual(before);
  });

  it("an unknown variant names the known ones", () => {
    const out = applyVariant(study().plan, "nope");
    expect(out.ok).toBe(false);
    if (!out.ok)
      expect(out.errors[0]).toMatchObject({
        code: "P0101",
        hint: "the study's variants: on_y, shifted",
      });
  });

  it("leaving out an indicator removes it everywhere and renumbers the source map", () => {
    const { plan } = study();
    plan.nodes[0]!.weighting = { kind: "entropy" };
    plan.sourceMap = {
      "/indicators/0": {
        file: "s.ccd",
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 2,
        offset: 0,
        endOffset: 1,
      },
      "/indicators/1": {
        file: "s.ccd",
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 2,
        offset: 2,
        endOffset: 3,
      },
    };
    const out = applyOverrides(plan, [{ kind: "drop", indicator: "x" }], "/variants/0");
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.plan.indicators.map((i) => i.id)).toEqual(["y"]);
    expect(out.plan.nodes[0]!.children).toEqual(["y"]);
    expect(out.plan.nodes[0]!.leaves).toEqual(["y"]);
    expect(out.plan.sourceMap).toEqual({ "/indicators/0": plan.sourceMap["/indicators/1"] });
  });

  it("refuses to leave out an indicator that fixed weights name", () => {
    const out = applyOverrides(study().plan, [{ kind: "drop", indicator: "x" }], "/variants/0");
    expect(out.ok).toBe(false);
    if (!out.ok)
      expect(out.errors[0]).toMatchObject({ code: "P0102", pointer: "/variants/0/overrides/0" });
  });
});

describe("combinations", () => {
  it("the grid is lexicographic, the first choice slowest", () => {
    expect(sensitivityRuns([2, 3], { kind: "grid" })).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
    expect(decodeRun(5, [2, 3])).toEqual([1, 2]);
  });
  it("a random sample is distinct, sorted, reproducible, and the grid when it asks for more", () => {
    const a = sensitivityRuns([4, 5, 6], { kind: "random", count: 20, seed: 7 });
    expect(new Set(a.map((r) => r.join())).size).toBe(20);
    expect(sensitivityRuns([4, 5, 6], { kind: "random", count: 20, seed: 7 })).toEqual(a);
    expect([...a].sort((p, q) => p[0]! - q[0]! || p[1]! - q[1]! || p[2]! - q[2]!)).toEqual(a);
    expect(sensitivityRuns([2, 2], { kind: "random", count: 9, seed: 1 })).toHaveLength(4);
  });
});

describe("runSensitivity (values derived by hand, see the comments)", () => {
  const { plan, panel } = study();
  const out = runSensitivity(plan, panel, 0);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  const [root, between] = out.result.outputs;

  it("runs the 2 × 2 grid", () => {
    expect(out.result.runs).toBe(4);
  });

  it("median and 5–95 % interval per unit", () => {
    // Runs (weights, shift): (x,0) (x,0.1) (y,0) (y,0.1).
    // r1: 0, 0.1, 1, 1.1 → median 0.55; q05 h = 0.15 → 0.015; q95 h = 2.85 → 1.085.
    // r2: 0.5, 0.6, 0, 0.1 → sorted 0, 0.1, 0.5, 0.6: median 0.3, q05 0.015, q95 0.585.
    // r3: 1, 1.1, 0.5, 0.6 → sorted 0.5, 0.6, 1, 1.1: median 0.8, q05 0.515, q95 1.085.
    close(root!.nominal, [0, 0.5, 1]);
    close(root!.median, [0.55, 0.3, 0.8]);
    close(root!.low, [0.015, 0.015, 0.515]);
    close(root!.high, [1.085, 0.585, 1.085]);
  });

  it("first-order shares pooled over cells", () => {
    // Between-variances (weights; shift) and total per cell:
    // r1: 0.25; 0.0025 | 0.2525.  r2: 0.0625; 0.0025 | 0.065.  r3: 0.0625; 0.0025 | 0.065.
    // weights: 0.375 / 0.3825 = 0.980392…; shift: 0.0075 / 0.3825 = 0.019607…; sum 1 (additive).
    expect(root!.firstOrder[0]!.choice).toBe("weights");
    expect(root!.firstOrder[0]!.share).toBeCloseTo(0.375 / 0.3825, 12);
    expect(root!.firstOrder[1]!.share).toBeCloseTo(0.0075 / 0.3825, 12);
  });

  it("ranks, Kendall's τ-b and the mean absolute rank shift", () => {
    // Nominal (0, 0.5, 1) → ranks (3, 2, 1); y-runs (1, 0, 0.5) → (1, 3, 2).
    // τ(nominal, y-run): (r1,r2) discordant, (r1,r3) discordant, (r2,r3) concordant → −1/3.
    // Over runs [1, 1, −1/3, −1/3]: median 1/3, min −1/3. Shift: y-runs 4/3, mean 2/3.
    close(root!.rankNominal, [3, 2, 1]);
    close(root!.rankLow, [1, 2, 1]);
    close(root!.rankHigh, [3, 3, 2]);
    expect(root!.groups).toHaveLength(1);
    expect(root!.groups[0]!.tauMedian[0]).toBeCloseTo(1 / 3, 12);
    expect(root!.groups[0]!.tauMin[0]).toBeCloseTo(-1 / 3, 12);
    expect(root!.groups[0]!.meanAbsRankShift[0]).toBeCloseTo(2 / 3, 12);
  });

  it("the share of runs keeping the nominal grade", () => {
    // D of (r1, r2), standard form, scale halves [0, 0.5) / [0.5, 1]:
    // (x,0): U = (0, 0.5) → C = 0, D = 0 (level 1). (x,0.1): U = (0.1, 0.6) → C = √0.06/0.35,
    // T = 0.35, D = √(√0.06) = 0.494923 (level 1). (y,0): U = (1, 0) → D = 0 (level 1).
    // (y,0.1): U = (1.1, 0.1) → C = √0.11/0.6, T = 0.6, D = √(√0.11) = 0.575900 (level 2).
    close(between!.nominal, [0]);
    expect(between!.gradeShare![0]).toBeCloseTo(0.75, 15);
    close(between!.high, [0.06 ** 0.25 + 0.85 * (0.11 ** 0.25 - 0.06 ** 0.25)]);
  });
});
