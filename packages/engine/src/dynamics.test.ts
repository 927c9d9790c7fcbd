import { minimalPlan, type PlanDraft } from "@ccdc/plan";
import { describe, expect, it } from "vitest";
import { checkResult } from "./check-result.js";
import { kernelDensity } from "./kernels/index.js";
import type { PanelData } from "./panel.js";
import { runPlanOnPanel } from "./run.js";

/*
 * run.test.ts's hand-sized study (units r1, r2, 2019–2021), whose root index is derived there
 * independently:
 *   S  r1: 0.6701166012935349 0.512774413936983 0.42142890632172403
 *      r2: 0.19809003922387905 0.8427578126434481 0.47212656206965586
 * Here its dynamics: each region its own group.
 */
const S1 = [0.6701166012935349, 0.512774413936983, 0.42142890632172403];
const S2 = [0.19809003922387905, 0.8427578126434481, 0.47212656206965586];

type DynamicsDraft = NonNullable<PlanDraft["dynamics"]>[number];

function plan(dynamics: Partial<DynamicsDraft> = {}): PlanDraft {
  const p = minimalPlan();
  p.study.period = { from: 2019, to: 2021 };
  p.study.years = [2019, 2020, 2021];
  p.dynamics = [
    {
      id: "dyn",
      labels: { en: "Dynamics" },
      subject: { kind: "node", node: "root" },
      subjectOrigin: "spec",
      groups: [
        { id: "g1", labels: { en: "G1" }, units: ["r1"] },
        { id: "g2", labels: { en: "G2" }, units: ["r2"] },
      ],
      groupsOrigin: "spec",
      gini: true,
      theil: true,
      density: {
        kernel: "gaussian",
        kernelOrigin: "default",
        bandwidth: { rule: "fixed", h: 0.1 },
        bandwidthOrigin: "spec",
        grid: { from: 0, to: 1, points: 3 },
        gridOrigin: "spec",
      },
      markov: {
        states: { kind: "quantiles", k: 2, scope: "pooled" },
        statesOrigin: "spec",
        step: 1,
        stepOrigin: "default",
      },
      convergence: { step: 1, stepOrigin: "default" },
      forecast: { horizon: 2, mode: "direct", modeOrigin: "spec" },
      ...dynamics,
    },
  ];
  return p;
}

const panel = (): PanelData => ({
  a: Float64Array.from([10, 20, 30, 40, 20, 10]),
  b: Float64Array.from([2, 4, 5, 8, 2, 5]),
});

describe("dynamics in a run", () => {
  it("computes every statistic, with declared results where one is undefined", () => {
    const out = runPlanOnPanel(plan(), panel());
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(checkResult(out.result).ok).toBe(true);
    const d = out.result.dynamics![0]!;
    // Two groups of one unit: G_jj = 0, D_12 = 1 (no overlap), so G = G_nb = |Δ|/(2(S1 + S2)).
    d.dagum!.forEach((y, t) => {
      const g = Math.abs(S1[t]! - S2[t]!) / (2 * (S1[t]! + S2[t]!));
      expect(y.G).toBeCloseTo(g, 14);
      expect(y.netBetween).toBeCloseTo(g, 14);
      expect(y.within).toBe(0);
      expect(y.shares!.netBetween).toBeCloseTo(1, 14);
      expect(y.order).toEqual(S1[t]! >= S2[t]! ? ["g1", "g2"] : ["g2", "g1"]);
    });
    // Theil with one unit per group: all between.
    for (const y of d.theil!) expect(y.between).toBeCloseTo(y.T, 14);
    // The density on the declared grid, per year.
    expect(d.density!.grid).toEqual([0, 0.5, 1]);
    d.density!.curves.forEach((c, t) => {
      const f = kernelDensity(
        "gaussian",
        Float64Array.of(S1[t]!, S2[t]!),
        0.1,
        Float64Array.of(0, 0.5, 1),
      );
      c.density.forEach((v, i) => {
        expect(v).toBeCloseTo(f[i]!, 12);
      });
    });
    // Two pooled quantile classes: sorted values 0.198 0.421 0.472 0.513 0.670 0.843, cut =
    // type-7 median (0.472 + 0.513)/2 ≈ 0.4925: r1 1 1 0, r2 0 1 0. Transitions 1→1, 1→0, 0→1,
    // 1→0: rows (0, 1) and (2/3, 1/3); π₀ = ⅔π₁ → π = (2/5, 3/5).
    expect(d.markov!.counts).toEqual([
      [0, 1],
      [2, 1],
    ]);
    expect(d.markov!.steadyState![0]).toBeCloseTo(0.4, 14);
    expect(d.markov!.steadyState![1]).toBeCloseTo(0.6, 14);
    // σ by year: sample sd of two values = |Δ|/√2.
    d.convergence!.sigma.forEach((s, t) => {
      expect(s.sd).toBeCloseTo(Math.abs(S1[t]! - S2[t]!) / Math.SQRT2, 14);
    });
    // β over 4 observations is estimated; GM(1,1) on 3 years is not (W1101).
    expect(d.convergence!.beta).not.toBeNull();
    expect(d.forecast!.units.map((u) => u.ok)).toEqual([false, false]);
    expect(out.result.warnings.map((w) => w.code)).toContain("W1101");
  });

  it("P0013 for a between analysis as subject, and for steps over gapped years", () => {
    const between = runPlanOnPanel(
      plan({ subject: { kind: "analysis", analysis: "between_root", form: "standard" } }),
      panel(),
    );
    expect(between.ok ? [] : between.errors.map((e) => e.code)).toEqual(["P0013"]);
    const p = plan();
    p.study.years = [2019, 2020, 2022];
    const gapped = runPlanOnPanel(p, panel());
    expect(gapped.ok ? [] : gapped.errors.map((e) => e.code)).toContain("P0013");
  });
});
