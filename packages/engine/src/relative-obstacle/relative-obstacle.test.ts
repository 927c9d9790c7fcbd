/**
 * Relative development and obstacle degree through the engine, on a study small enough to
 * derive by hand: 3 units (r1, r2, r3) × 4 indicators, one year, shift s = 0.1.
 *
 *   root (staged, fixed: A 0.6, B 0.4)
 *     A (flat, fixed: i1 0.5, i2 0.5)    B (flat, fixed: i3 0.25, i4 0.75)
 *
 *   raw      i1   i2   i3   i4 (cost)
 *   r1        0    2   10    1
 *   r2        5    4    0    3
 *   r3       10   10    5    1
 *
 * Min-max before the shift, x' (benefit (x − min)/(max − min), cost (max − x)/(max − min)):
 *   r1        0    0    1    1
 *   r2      0.5 0.25    0    0
 *   r3        1    1  0.5    1
 * y' = x' + 0.1. System indices U = Σ w y':
 *   U_A: r1 0.5·0.1 + 0.5·0.1 = 0.1;  r2 0.5·0.6 + 0.5·0.35 = 0.475;  r3 1.1
 *   U_B: r1 0.25·1.1 + 0.75·1.1 = 1.1;  r2 0.1;  r3 0.25·0.6 + 0.75·1.1 = 0.975
 *
 * Relative development, rule ratio, E = U_A/U_B, bands [0, 0.8) | [0.8, 1.2] | (1.2, +∞):
 *   r1 0.1/1.1 = 1/11 → band 1, A lags;  r2 0.475/0.1 = 4.75 → band 3, B lags;
 *   r3 1.1/0.975 = 1.128205… → band 2, synchronous.
 * Rule mean_of_others (two systems: E_k = U_k / U_other), graded by the lagging system's E:
 *   r2: B lags, E = 0.1/0.475 = 0.210526… → band 1.
 * D (standard, n = 2, β equal) = √(C·T) with C = 2√(U_A U_B)/(U_A + U_B), T = (U_A + U_B)/2,
 * so D = (U_A U_B)^(1/4): r1 0.11^¼ = 0.575903…, r2 0.0475^¼ = 0.466849…, r3 1.0725^¼ =
 * 1.017651… (above 1 by the shift: graded at the top level, W0401). Scale "halves":
 * [0, 0.5) low, [0.5, 1] high.
 *
 * Obstacle degree over the root: F = i1 0.6·0.5 = 0.3, i2 0.3, i3 0.4·0.25 = 0.1, i4 0.4·0.75
 * = 0.3; I = 1 − x':
 *   r1 I = 1, 1, 0, 0        F·I = 0.3, 0.3, 0, 0        Σ 0.6    O = 1/2, 1/2, 0, 0
 *   r2 I = 0.5, 0.75, 1, 1   F·I = 0.15, 0.225, 0.1, 0.3 Σ 0.775  O = 6/31, 9/31, 4/31, 12/31
 *   r3 I = 0, 0, 0.5, 0      F·I = 0, 0, 0.05, 0         Σ 0.05   O = 0, 0, 1, 0
 * Shares (A = i1 + i2, B = i3 + i4): r1 1, 0; r2 15/31, 16/31; r3 0, 1.
 * Top 2: r1 i1, i2 (a tie: plan order); r2 i4, i2; r3 i3 (only one O > 0).
 */
import { minimalPlan, type PlanDraft } from "@ccdc/plan";
import { describe, expect, it } from "vitest";
import { checkResult } from "../check-result.js";
import type { PanelData } from "../panel.js";
import type { Result } from "../result-schema.js";
import { runPlanOnPanel } from "../run.js";
import { applyOverrides } from "../variants/apply.js";

const RAW = {
  v1: [0, 5, 10],
  v2: [2, 4, 10],
  v3: [10, 0, 5],
  v4: [1, 3, 1],
};

function plan(rule: "ratio" | "mean_of_others" = "ratio"): PlanDraft {
  const p = minimalPlan();
  p.study.period = { from: 2020, to: 2020 };
  p.study.years = [2020];
  const variable = (id: string) => ({
    id,
    key: id,
    unit: "u",
    aggregate: { kind: "sum" as const },
    missing: { kind: "error" as const },
    missingOrigin: "default" as const,
  });
  p.sources[0]!.variables = ["v1", "v2", "v3", "v4"].map(variable);
  const regions = ["r1", "r2", "r3"];
  p.regions = regions.map((id) => ({ id, key: id.toUpperCase(), labels: { en: id } }));
  p.units.list = regions.map((id) => ({ id, labels: { en: id }, members: [id] }));
  p.method.normalization.shift = 0.1;
  const node = (id: string, parent: string | null, children: string[], leaves: string[]) => ({
    id,
    labels: { en: `System ${id}` },
    parent,
    role: parent === null ? ("root" as const) : ("system" as const),
    children,
    leaves,
    compose: { kind: parent === null ? ("staged" as const) : ("flat" as const) },
    composeOrigin: "spec" as const,
    weighting: { kind: "fixed" as const, weights: {} as Record<string, number> },
    weightingOrigin: "spec" as const,
  });
  const root = node("root", null, ["A", "B"], ["i1", "i2", "i3", "i4"]);
  root.weighting.weights = { A: 0.6, B: 0.4 };
  const a = node("A", "root", ["i1", "i2"], ["i1", "i2"]);
  a.weighting.weights = { i1: 0.5, i2: 0.5 };
  const b = node("B", "root", ["i3", "i4"], ["i3", "i4"]);
  b.weighting.weights = { i3: 0.25, i4: 0.75 };
  p.nodes = [root, a, b];
  p.indicators = ["i1", "i2", "i3", "i4"].map((id, j) => ({
    id,
    labels: { en: id },
    parent: j < 2 ? "A" : "B",
    direction: j === 3 ? ("-" as const) : ("+" as const),
    unit: "u",
    expr: { kind: "var" as const, variable: `v${j + 1}` },
    exprText: `v${j + 1}`,
  }));
  p.analyses = [
    {
      id: "inside",
      labels: { en: "Inside" },
      kind: "within",
      systems: ["A", "B"],
      units: regions,
      forms: ["standard"],
      formOrigin: "default",
      beta: "equal",
      betaOrigin: "default",
      scale: "halves",
    },
  ];
  p.relative = [
    {
      id: "lag",
      labels: { en: "Lag" },
      analysis: "inside",
      form: "standard",
      formOrigin: "default",
      rule,
      ruleOrigin: "spec",
      levels: [
        {
          level: 1,
          lower: 0,
          upper: 0.8,
          lowerClosed: true,
          upperClosed: false,
          labels: { en: "lagging" },
        },
        {
          level: 2,
          lower: 0.8,
          upper: 1.2,
          lowerClosed: true,
          upperClosed: true,
          labels: { en: "synchronous" },
        },
        {
          level: 3,
          lower: 1.2,
          upper: null,
          lowerClosed: false,
          upperClosed: false,
          labels: { en: "lagging" },
        },
      ],
      levelsOrigin: "spec",
    },
  ];
  p.obstacles = [
    {
      id: "obs",
      labels: { en: "Obstacles" },
      node: "root",
      nodeOrigin: "spec",
      top: 2,
      topOrigin: "spec",
    },
  ];
  return p;
}

const panel = (raw = RAW): PanelData =>
  Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Float64Array.from(v)]));

function run(p: PlanDraft, data = panel()): Result {
  const out = runPlanOnPanel(p, data);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  expect(checkResult(out.result).ok).toBe(true);
  return out.result;
}

const close = (actual: readonly (number | null)[], expected: number[]) => {
  expect(actual).toHaveLength(expected.length);
  for (const [i, e] of expected.entries()) expect(actual[i]).toBeCloseTo(e, 12);
};

describe("relative development through the engine (3 × 4 example)", () => {
  it("ratio: E = U_A/U_B, the lag type by band, crossed with D's grade", () => {
    const rel = run(plan()).relative![0]!;
    expect(rel.rule).toBe("ratio");
    expect(rel.levels.map((l) => l.synchronous)).toEqual([false, true, false]);
    const [r1, r2, r3] = rel.rows;
    close(r1!.E, [1 / 11]);
    close(r2!.E, [4.75]);
    close(r3!.E, [1.1 / 0.975]);
    close(r1!.ratios.A!, [1 / 11]);
    close(r1!.ratios.B!, [11]);
    close(r1!.D, [0.11 ** 0.25]);
    close(r2!.D, [0.0475 ** 0.25]);
    close(r3!.D, [1.0725 ** 0.25]);
    expect(rel.rows.map((r) => [r.lagging[0], r.level[0], r.lagType[0], r.dLevel[0]])).toEqual([
      ["A", 1, "A", 2],
      ["B", 3, "B", 1],
      ["B", 2, "synchronous", 2],
    ]);
    expect(rel.rows.map((r) => r.crossType[0])).toEqual([
      "high — System A lagging",
      "low — System B lagging",
      "high — synchronous",
    ]);
  });

  it("mean_of_others grades the lagging system's E (≤ 1)", () => {
    const rel = run(plan("mean_of_others")).relative![0]!;
    const r2 = rel.rows[1]!;
    close(r2.E, [0.1 / 0.475]);
    close(r2.ratios.A!, [4.75]);
    close(r2.ratios.B!, [0.1 / 0.475]);
    expect([r2.lagging[0], r2.level[0], r2.lagType[0]]).toEqual(["B", 1, "B"]);
  });

  it("a zero index: E is null, graded by the declared rule", () => {
    // Shift 0: r1's A is 0 (both its indicators at the minimum); r2's B is 0.
    const p = plan();
    p.method.normalization.shift = 0;
    const rows = run(p).relative![0]!.rows;
    // r1: U_A = 0, U_B = 1: E = 0 (A lags); r2: U_B = 0 < U_A: E null, graded +∞ (B lags).
    close(rows[0]!.E, [0]);
    expect(rows[1]!.E).toEqual([null]);
    expect(rows[1]!.ratios.A).toEqual([null]);
    expect([rows[1]!.level[0], rows[1]!.lagType[0]]).toEqual([3, "B"]);
  });
});

describe("obstacle degree through the engine (3 × 4 example)", () => {
  it("F, I, O, shares and the top N as derived in the header", () => {
    const o = run(plan()).obstacles![0]!;
    expect(o.shift).toBe(0.1);
    expect(o.parts).toEqual([
      { id: "A", indicators: ["i1", "i2"] },
      { id: "B", indicators: ["i3", "i4"] },
    ]);
    for (const [id, f] of [
      ["i1", 0.3],
      ["i2", 0.3],
      ["i3", 0.1],
      ["i4", 0.3],
    ] as const)
      close(o.weights[id]!, [f]);
    const O = (u: number) => o.indicators.map((id) => o.units[u]!.obstacle[id]![0]!);
    close(O(0), [1 / 2, 1 / 2, 0, 0]);
    close(O(1), [6 / 31, 9 / 31, 4 / 31, 12 / 31]);
    close(O(2), [0, 0, 1, 0]);
    close(
      o.indicators.map((id) => o.units[1]!.deviation[id]![0]!),
      [0.5, 0.75, 1, 1],
    );
    close([o.units[1]!.shares.A![0]!, o.units[1]!.shares.B![0]!], [15 / 31, 16 / 31]);
    close([o.units[0]!.shares.A![0]!, o.units[0]!.shares.B![0]!], [1, 0]);
    expect(o.units.map((u) => u.top[0])).toEqual([["i1", "i2"], ["i4", "i2"], ["i3"]]);
    expect(o.units.map((u) => u.atIdeal[0])).toEqual([false, false, false]);
  });

  it("a unit at the ideal in every indicator: every O is 0, declared, no NaN", () => {
    // r3 best everywhere: i1 10, i2 10, i3 10 (ties r1's max), i4 1 (the cost minimum).
    const o = run(plan(), panel({ ...RAW, v3: [10, 0, 10] })).obstacles![0]!;
    const r3 = o.units[2]!;
    expect(r3.atIdeal).toEqual([true]);
    expect(o.indicators.map((id) => r3.obstacle[id]![0])).toEqual([0, 0, 0, 0]);
    expect(r3.top).toEqual([[]]);
    expect([r3.shares.A, r3.shares.B]).toEqual([[0], [0]]);
  });

  it("obstacle of a system: F is its own weights", () => {
    const p = plan();
    p.obstacles![0]!.node = "B";
    const o = run(p).obstacles![0]!;
    expect(o.indicators).toEqual(["i3", "i4"]);
    close(o.weights.i3!, [0.25]);
    // r2: F·I = 0.25, 0.75: O = 0.25, 0.75; parts are the indicators themselves.
    close([o.units[1]!.obstacle.i3![0]!, o.units[1]!.obstacle.i4![0]!], [0.25, 0.75]);
    expect(o.parts.map((x) => x.id)).toEqual(["i3", "i4"]);
  });
});

describe("plan checks (P0021)", () => {
  it("reports a relative over a between analysis, ratio over three, bad bands, a bad node", () => {
    const p = plan();
    p.relative![0]!.levels[2]!.upper = 5;
    p.obstacles![0]!.node = "nope";
    const out = runPlanOnPanel(p, panel());
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors.map((e) => [e.code, e.pointer])).toEqual([
      ["P0021", "/relative/0/levels"],
      ["P0021", "/obstacles/0/node"],
    ]);
  });
});

describe("variants", () => {
  it("a variant's coupling forms move a relative whose form was the default, not a written one", () => {
    const base = plan();
    base.relative![0]!.formOrigin = "default";
    const forms = [
      { kind: "forms" as const, analysis: null, forms: ["product_over_mean" as const] },
    ];
    const applied = applyOverrides(base, forms, "/variants/0");
    expect(applied.ok).toBe(true);
    expect(applied.ok && applied.plan.relative![0]!.form).toBe("product_over_mean");
    const written = plan();
    written.relative![0]!.formOrigin = "spec";
    // A written form the variant no longer computes stops the run at the variant (P0105).
    const kept = applyOverrides(written, forms, "/variants/0");
    expect(kept.ok ? [] : kept.errors.map((e) => [e.code, e.pointer])).toEqual([
      ["P0105", "/variants/0/overrides/0"],
    ]);
  });
});
