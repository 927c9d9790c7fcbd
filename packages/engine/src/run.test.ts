import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { minimalPlan, type PlanDraft, stableStringify } from "@ccdc/plan";
import { describe, expect, it } from "vitest";
import { checkResult } from "./check-result.js";
import type { PanelData } from "./panel.js";
import type { Result } from "./result-schema.js";
import { type RunOutcome, runPlan, runPlanOnPanel } from "./run.js";

/*
 * The hand-sized study: minimalPlan (units r1, r2) over 2019–2021, indicators
 * x = a / b (benefit) and y = a (cost), shift s = 0.0001, pooled, entropy, flat root.
 *
 *   a  r1: 10 20 30   r2: 40 20 10
 *   b  r1:  2  4  5   r2:  8  2  5
 *   x  r1:  5  5  6   r2:  5 10  2      min 2, max 10
 *   y  r1: 10 20 30   r2: 40 20 10      min 10, max 40 (cost)
 *
 * Derived independently with a short python3 script (plain floats, math.log, no engine code):
 *   x'' = (x − 2)/8 + s:    r1 0.3751 0.3751 0.5001        r2 0.3751 1.0001 0.0001
 *   y'' = (40 − y)/30 + s:  r1 1.0001 0.66677 0.33343      r2 0.0001 0.66677 1.0001
 *   entropy (m = 6): e_x = 0.8471368343763819, e_y = 0.8633350290892468
 *   w_x = 0.5279734379303441, w_y = 0.4720265620696559
 *   S  r1: 0.6701166012935349 0.512774413936983 0.42142890632172403
 *      r2: 0.19809003922387905 0.8427578126434481 0.47212656206965586
 *   between r1, r2, standard C = √(S1 S2)/mean, T = mean, D = √(C T):
 *      C 0.8392926116482017 0.9699173223946336 0.998389159065988
 *      T 0.43410332025870696 0.6777661132902155 0.44677773419568995
 *      D 0.6036055909160267 0.8107879462672491 0.6678757716320023   → levels 2 2 2 ("high")
 *   product_over_mean C = √(S1 S2 / mean):
 *      C 0.5529806743611891 0.7984994869340598 0.667337634015244
 *      D 0.48994973903359823 0.7356601754366815 0.5460325961596463  → levels 1 2 2
 *   growth (S2021/S2019)^(1/2) − 1: r1 −0.20697482953871804, r2 0.5438243919766883
 */
const A = [
  [10, 20, 30],
  [40, 20, 10],
];
const B = [
  [2, 4, 5],
  [8, 2, 5],
];
const S = 0.0001;

function handPlan(): PlanDraft {
  const p = minimalPlan();
  p.study.period = { from: 2019, to: 2021 };
  p.study.years = [2019, 2020, 2021];
  p.analyses[0]!.forms = ["standard", "product_over_mean"];
  return p;
}

function handPanel(): PanelData {
  return { a: Float64Array.from(A.flat()), b: Float64Array.from(B.flat()) };
}

function handCsv(): string {
  const rows = ["region,year,variable,value"];
  ["R1", "R2"].forEach((key, r) => {
    [2019, 2020, 2021].forEach((year, y) => {
      rows.push(`${key},${year},a,${A[r]![y]}`, `${key},${year},b,${B[r]![y]}.00`);
    });
  });
  return `\uFEFF${rows.join("\r\n")}\r\n`;
}

function ok(outcome: RunOutcome): Result {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors, null, 2));
  return outcome.result;
}

const close = (actual: readonly number[], expected: readonly number[], digits = 12): void => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    expect(a).toBeCloseTo(expected[i]!, digits);
  });
};

describe("the hand-sized pipeline", () => {
  it("reproduces the hand-derived indices, weights, coupling, grades and growth", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ccdc-run-"));
    writeFileSync(join(dir, "data.csv"), handCsv());
    const result = ok(await runPlan(handPlan(), { baseDir: dir }));

    expect(result.years).toEqual([2019, 2020, 2021]);
    expect(result.units).toEqual([
      { id: "r1", label: "Region 1", labels: { en: "Region 1" } },
      { id: "r2", label: "Region 2", labels: { en: "Region 2" } },
    ]);
    const [x, y] = result.indicators;
    expect(x!.values).toEqual({ r1: [5, 5, 6], r2: [5, 10, 2] });
    close(x!.normalized.r1!, [0.3751, 0.3751, 0.5001]);
    close(x!.normalized.r2!, [0.3751, 1.0001, 0.0001]);
    close(y!.normalized.r1!, [1.0001, 20 / 30 + S, 10 / 30 + S]);
    close(y!.normalized.r2!, [0.0001, 20 / 30 + S, 1.0001]);

    const root = result.nodes[0]!;
    expect(root.compose).toBe("flat");
    expect(root.weights.x).toBeCloseTo(0.5279734379303441, 12);
    expect(root.weights.y).toBeCloseTo(0.4720265620696559, 12);
    expect(root.weightsByYear).toBeUndefined();
    close(root.index.r1!, [0.6701166012935349, 0.512774413936983, 0.42142890632172403]);
    close(root.index.r2!, [0.19809003922387905, 0.8427578126434481, 0.47212656206965586]);

    expect(result.coupling.map((r) => [r.analysis, r.form, r.units, r.systems, r.scale])).toEqual([
      ["between_root", "standard", ["r1", "r2"], ["root"], "halves"],
      ["between_root", "product_over_mean", ["r1", "r2"], ["root"], "halves"],
    ]);
    const [std, pom] = result.coupling;
    close(std!.C, [0.8392926116482017, 0.9699173223946336, 0.998389159065988]);
    close(std!.T, [0.43410332025870696, 0.6777661132902155, 0.44677773419568995]);
    close(std!.D, [0.6036055909160267, 0.8107879462672491, 0.6678757716320023]);
    expect(std!.level).toEqual([2, 2, 2]);
    close(pom!.C, [0.5529806743611891, 0.7984994869340598, 0.667337634015244]);
    close(pom!.D, [0.48994973903359823, 0.7356601754366815, 0.5460325961596463]);
    expect(pom!.level).toEqual([1, 2, 2]);
    expect(pom!.label).toEqual(["low", "high", "high"]);
    expect(pom!.labels).toEqual({ en: ["low", "high", "high"] });
    expect(pom!.years).toEqual([2019, 2020, 2021]);

    expect(result.growth.root!.r1).toBeCloseTo(-0.20697482953871804, 12);
    expect(result.growth.root!.r2).toBeCloseTo(0.5438243919766883, 12);
    expect(result.filled).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.method.normalization).toEqual({
      kind: "minmax",
      shift: S,
      scope: "pooled",
      origin: { shift: "default", scope: "default" },
    });
    expect(result.method.variables).toEqual([
      { id: "a", aggregate: "sum", missing: "error", missingOrigin: "default" },
      { id: "b", aggregate: "sum", missing: "error", missingOrigin: "default" },
    ]);
    expect(result.method.conventions).toContain(
      "entropy: p = y′/Σy′, e = −(1/ln m) Σ p ln p, 0·ln 0 := 0, d = 1 − e, w = d/Σd",
    );
    expect(checkResult(result)).toEqual({ ok: true, errors: [] });
  });

  it("runs the same on the in-memory panel, deterministically, without touching the caller's arrays", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ccdc-run-"));
    writeFileSync(join(dir, "data.csv"), handCsv());
    const fromFile = stableStringify(ok(await runPlan(handPlan(), { baseDir: dir })));
    const panel = handPanel();
    const first = stableStringify(ok(runPlanOnPanel(handPlan(), panel)));
    const second = stableStringify(ok(runPlanOnPanel(handPlan(), handPanel())));
    expect(first).toBe(fromFile);
    expect(second).toBe(first);
    expect(Array.from(panel.a!)).toEqual(A.flat());
  });

  it("fills a copy of a caller's column that has gaps, and records the fill", () => {
    const p = handPlan();
    p.sources[0]!.variables[0]!.missing = { kind: "nearest" };
    const panel = handPanel();
    panel.a![1] = Number.NaN; // r1 2020 → nearest: 2019 and 2021 tie → 2019's 10
    const result = ok(runPlanOnPanel(p, panel));
    expect(Number.isNaN(panel.a![1]!)).toBe(true);
    expect(result.filled).toEqual([
      { variable: "a", region: "r1", year: 2020, rule: "nearest", value: 10 },
    ]);
    expect(result.indicators[1]!.values.r1).toEqual([10, 10, 30]);
  });
});

/** Two systems, sys1 = {x}, sys2 = {y}, under a staged root. */
function systemsPlan(): PlanDraft {
  const p = handPlan();
  const node = (id: string, leaf: string): PlanDraft["nodes"][number] => ({
    id,
    labels: { en: id, zh: `系统${id}` },
    parent: "root",
    role: "system",
    children: [leaf],
    leaves: [leaf],
    compose: { kind: "flat" },
    composeOrigin: "default",
    weighting: { kind: "entropy" },
    weightingOrigin: "default",
  });
  p.nodes[0] = {
    ...p.nodes[0]!,
    children: ["sys1", "sys2"],
    compose: { kind: "staged" },
    composeOrigin: "spec",
    weighting: { kind: "equal" },
    weightingOrigin: "spec",
  };
  p.nodes.push(node("sys1", "x"), node("sys2", "y"));
  p.indicators[0]!.parent = "sys1";
  p.indicators[1]!.parent = "sys2";
  p.scales[0]!.levels[0]!.labels.zh = "低";
  p.scales[0]!.levels[1]!.labels.zh = "高";
  p.analyses = [
    {
      id: "inside",
      labels: { en: "Inside" },
      kind: "within",
      systems: ["sys1", "sys2"],
      units: ["r1", "r2"],
      forms: ["standard"],
      formOrigin: "default",
      beta: [0.25, 0.75],
      betaOrigin: "spec",
      scale: "halves",
    },
  ];
  return p;
}

describe("staged composition and within-unit coupling", () => {
  it("weights the re-normalised system indices and couples the systems in each unit", () => {
    // A single-leaf flat node has entropy weight 1: sys1 = x'', sys2 = y''. Re-normalising
    // x'' (which spans [s, 1 + s]) gives x'' again, so root = 0.5·x'' + 0.5·y'' (equal):
    //   r1 0.6876 0.52093333 0.41676667    r2 0.1876 0.83343333 0.5001
    // within (standard, β = 0.25, 0.75), e.g. r1 2019: C = √(0.3751·1.0001)/0.6876 = 0.8907572743597566,
    //   T = 0.25·0.3751 + 0.75·1.0001 = 0.84385, D = √(C·T) = 0.86698646239055.
    const result = ok(runPlanOnPanel(systemsPlan(), handPanel()));
    const root = result.nodes[0]!;
    expect(root.compose).toBe("staged");
    expect(root.weights).toEqual({ sys1: 0.5, sys2: 0.5 });
    close(root.index.r1!, [0.6876, 0.5209333333333332, 0.4167666666666666]);
    close(root.index.r2!, [0.1876, 0.8334333333333332, 0.5001]);
    expect(result.nodes[1]!.weights).toEqual({ x: 1 });
    const [r1, r2] = result.coupling;
    expect(r1!.units).toEqual(["r1"]);
    expect(r1!.systems).toEqual(["sys1", "sys2"]);
    close(r1!.C, [0.8907572743597566, 0.9600156753573383, 0.9798056914971516]);
    close(r1!.T, [0.84385, 0.59385, 0.3751]);
    close(r1!.D, [0.86698646239055, 0.7550531827698995, 0.6062384966995923]);
    close(r2!.D, [0.05535253146744766, 0.8572914186428375, 0.12247346704989695]);
    expect(r2!.labels).toEqual({ en: ["low", "high", "low"], zh: ["低", "高", "低"] });
    expect(result.growth.sys1!.r2).toBeCloseTo((0.0001 / 0.3751) ** 0.5 - 1, 12);
    expect(checkResult(result).ok).toBe(true);
  });

  it("applies fixed weights by id", () => {
    // root flat, fixed x 0.25, y 0.75: r1 0.84385 0.59385 0.3751; r2 0.09385 0.7501 0.7501.
    const p = handPlan();
    p.nodes[0]!.weighting = { kind: "fixed", weights: { y: 0.75, x: 0.25 } };
    const result = ok(runPlanOnPanel(p, handPanel()));
    expect(result.nodes[0]!.weights).toEqual({ x: 0.25, y: 0.75 });
    close(result.nodes[0]!.index.r1!, [0.84385, 0.59385, 0.3751]);
    close(result.nodes[0]!.index.r2!, [0.09385, 0.7501, 0.7501]);
  });
});

describe("per-year scope", () => {
  it("normalises and weights within each year, reporting mean weights and each year's", () => {
    // Per year, with two units, a column is {s, 1 + s} or constant (all s):
    //   x: 2019 5, 5 constant; 2020 r1 s, r2 1+s; 2021 r1 1+s, r2 s.
    //   y (cost): 2019 r1 1+s, r2 s; 2020 20, 20 constant; 2021 r1 s, r2 1+s.
    // Entropy per year: a constant column has d = 0; two columns {s, 1+s} have equal d.
    //   weights (x, y): 2019 (0, 1), 2020 (1, 0), 2021 (0.5, 0.5); mean (0.5, 0.5).
    //   S r1: 1+s, s, 0.5+s; r2: s, 1+s, 0.5+s.
    const p = handPlan();
    p.method.normalization.scope = "per_year";
    const result = ok(runPlanOnPanel(p, handPanel()));
    const root = result.nodes[0]!;
    expect(root.weightsByYear).toEqual({ x: [0, 1, 0.5], y: [1, 0, 0.5] });
    expect(root.weights).toEqual({ x: 0.5, y: 0.5 });
    close(root.index.r1!, [1 + S, S, 0.5 + S]);
    close(root.index.r2!, [S, 1 + S, 0.5 + S]);
    expect(result.warnings.map((w) => [w.code, w.pointer, w.message])).toEqual([
      [
        "W0301",
        "/indicators/0",
        'indicator "x" is constant (max − min ≤ 1e-12 × max(|max|, |min|)) in 2019; its normalised value there is the shift 0.0001',
      ],
      [
        "W0301",
        "/indicators/1",
        'indicator "y" is constant (max − min ≤ 1e-12 × max(|max|, |min|)) in 2020; its normalised value there is the shift 0.0001',
      ],
      [
        // r2 starts at the shift: (0.5001 / 0.0001)^(1/2) − 1 = √5001 − 1 = 69.71773 (python3).
        "W0502",
        "/nodes/0",
        'node "root": the average annual growth of r2 (6971.77 %) starts from a 2019 index equal to the shift 0.0001, so the rate is set by the shift, not by the data',
      ],
      [
        "W0303",
        "/method/normalization/scope",
        "scope per_year: the entropy weights of \"root\" differ by year; each node's weights are their mean across years, and weightsByYear holds each year's",
      ],
    ]);
    expect(checkResult(result).ok).toBe(true);
  });

  it("stops on a constant indicator when the rule is error (D0305)", () => {
    const p = handPlan();
    p.method.normalization.scope = "per_year";
    p.method.constantIndicator.rule = "error";
    const r = runPlanOnPanel(p, handPanel());
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => [e.code, e.pointer])).toEqual([
        ["D0305", "/indicators/0"],
        ["D0305", "/indicators/1"],
      ]);
  });
});

describe("edge cases", () => {
  it("grades a D above 1 (indices reach 1 + shift) at the top level, with a warning", () => {
    // Both regions at the maximum of x in 2021: x'' = 1 + s for both; standard C = 1,
    // T = 1 + s, D = √(1 + s) > 1.
    const p = handPlan();
    p.nodes[0]!.children = ["x"];
    p.nodes[0]!.leaves = ["x"];
    p.indicators = [{ ...p.indicators[0]!, expr: { kind: "var", variable: "a" } }];
    const panel: PanelData = {
      a: Float64Array.from([1, 2, 3, 1, 2, 3]),
      b: Float64Array.from([1, 1, 1, 1, 1, 1]),
    };
    const result = ok(runPlanOnPanel(p, panel));
    const std = result.coupling[0]!;
    expect(std.D[2]).toBeCloseTo(Math.sqrt(1 + S), 12);
    expect(std.level[2]).toBe(2);
    // Both regions are at the minimum of x in 2019 (index = the shift): W0502 for their growth.
    expect(result.warnings.map((w) => w.code)).toEqual(["W0401", "W0502"]);
  });

  it("reads given indices, refuses values outside [0, 1], and warns of undefined growth", () => {
    const p = handPlan();
    p.nodes[0] = {
      ...p.nodes[0]!,
      children: [],
      leaves: [],
      compose: { kind: "given", variable: "a" },
    };
    p.indicators = [];
    p.analyses[0]!.forms = ["standard"];
    const given: PanelData = { a: Float64Array.from([0, 0.5, 1, 0.2, 0.4, 0.8]) };
    const result = ok(runPlanOnPanel(p, given));
    expect(result.nodes[0]!.index).toEqual({ r1: [0, 0.5, 1], r2: [0.2, 0.4, 0.8] });
    expect(result.nodes[0]!.weights).toEqual({});
    expect(result.growth.root).toEqual({ r1: null, r2: 1 }); // (0.8/0.2)^(1/2) − 1 = 1
    expect(result.warnings.map((w) => [w.code, w.message])).toEqual([
      [
        "W0501",
        'node "root": the average annual growth is undefined (the first-year index is not positive) for r1 (2019: 0); reported as null',
      ],
    ]);
    expect(result.coupling[0]!.D[0]).toBe(0); // S = 0 → C = 0 → D = 0
    const bad = runPlanOnPanel(p, { a: Float64Array.from([0, 0.5, 1.5, 0.2, -0.1, 0.8]) });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.map((e) => [e.code, e.pointer, e.message])).toEqual([
        [
          "D0304",
          "/nodes/0/compose",
          'node "root" reads its index from "a", which must lie in [0, 1]; it does not at r1 2021 = 1.5, r2 2020 = -0.1',
        ],
      ]);
    }
  });

  it("stops before any output on missing data, and on plan errors", async () => {
    const panel = handPanel();
    panel.a![4] = Number.NaN;
    const r = runPlanOnPanel(handPlan(), panel);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.code)).toEqual(["D0201"]);
      expect(r.errors[0]!.cells).toEqual([{ variable: "a", region: "r2", year: 2020 }]);
    }
    const p = handPlan();
    p.analyses[0]!.scale = "nope";
    const r2 = await runPlan(p, { baseDir: "/nonexistent" });
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.errors.map((e) => e.code)).toEqual(["P0003"]);
  });

  it("reports a zero denominator with the indicator's pointer", () => {
    const panel = handPanel();
    panel.b![5] = 0;
    const r = runPlanOnPanel(handPlan(), panel);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => [e.code, e.pointer, e.message])).toEqual([
        ["D0303", "/indicators/0", 'indicator "x" (a / b) has a zero denominator at 2021 for r2'],
      ]);
  });
});
