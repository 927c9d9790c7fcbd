import { type MissingRule, minimalPlan, type PlanDraft } from "@ccdc/plan";
import { describe, expect, it } from "vitest";
import { fillMissing } from "./fill.js";
import type { PanelData } from "./panel.js";
import { indexPlan } from "./plan-index.js";

const N = Number.NaN;

/**
 * minimalPlan (regions r1, r2; variables a and b, both read by indicators) with the given
 * years, rules, and an extra variable c that only serves as a proxy.
 */
function plan(
  years: number[],
  rules: { a?: MissingRule; b?: MissingRule; c?: MissingRule },
): PlanDraft {
  const p = minimalPlan();
  p.study.years = years;
  p.study.period = { from: years[0]!, to: years[years.length - 1]! };
  const vars = p.sources[0]!.variables;
  vars.push({ ...vars[0]!, id: "c", key: "c" });
  if (rules.a) vars[0]!.missing = rules.a;
  if (rules.b) vars[1]!.missing = rules.b;
  if (rules.c) vars[2]!.missing = rules.c;
  return p;
}

/** A panel from per-region rows: { a: [[r1 years…], [r2 years…]] }. */
function panel(cols: Record<string, number[][]>): PanelData {
  const out: PanelData = {};
  for (const [id, rows] of Object.entries(cols)) out[id] = Float64Array.from(rows.flat());
  return out;
}

const full = (n: number): number[][] => [new Array(n).fill(1), new Array(n).fill(1)];

describe("missing rule: error", () => {
  it("collects every missing cell of every variable into one issue", () => {
    const p = plan([2013, 2014, 2015], {});
    const data = panel({
      a: [
        [N, N, 3],
        [1, 2, 3],
      ],
      b: [
        [1, 2, 3],
        [N, 2, N],
      ],
      c: [
        [N, N, N],
        [N, N, N],
      ],
    });
    const r = fillMissing(indexPlan(p), data);
    expect(r.errors).toHaveLength(1);
    const e = r.errors[0]!;
    expect(e.code).toBe("D0201");
    expect(e.pointer).toBe("/sources/0/variables/0/missing");
    expect(e.cells).toEqual([
      { variable: "a", region: "r1", year: 2013 },
      { variable: "a", region: "r1", year: 2014 },
      { variable: "b", region: "r2", year: 2013 },
      { variable: "b", region: "r2", year: 2015 },
    ]);
    // c is not used by the study: its gaps do not matter.
    expect(e.message).toBe(
      "missing data: 4 cells of 2 variables have no value, and the rule is error:\n" +
        '  a: 2013–2014 for r1 (key "R1")  (key "a" in data.csv)\n' +
        '  b: 2013, 2015 for r2 (key "R2")  (key "b" in data.csv)',
    );
  });
});

describe("missing rule: interpolate", () => {
  it("is linear in the year between observed years (uneven spacing)", () => {
    // r1: x(2010) = 1, x(2015) = 11 → x(2011) = 1 + 10·(1/5) = 3.
    // r2: 2, ·, 8, 10 over 2010, 2011, 2015, 2016 → x(2011) = 2 + 6·(1/5) = 3.2.
    const p = plan([2010, 2011, 2015, 2016], { a: { kind: "interpolate" } });
    const data = panel({
      a: [
        [1, N, 11, 12],
        [2, N, 8, 10],
      ],
      b: full(4),
    });
    const r = fillMissing(indexPlan(p), data);
    expect(r.errors).toEqual([]);
    expect(Array.from(data.a!)).toEqual([1, 3, 11, 12, 2, 3.2, 8, 10]);
    expect(r.filled).toEqual([
      { variable: "a", region: "r1", year: 2011, rule: "interpolate", value: 3 },
      { variable: "a", region: "r2", year: 2011, rule: "interpolate", value: 3.2 },
    ]);
  });

  it("fills interior gaps of several years; leading and trailing gaps are errors naming the cells", () => {
    // r1: 2, ·, ·, 8 → 4, 6. r2: ·, 5, ·, ·: 2013 has no year before, 2015–2016 none after.
    const p = plan([2013, 2014, 2015, 2016], { a: { kind: "interpolate" } });
    const data = panel({
      a: [
        [2, N, N, 8],
        [N, 5, N, N],
      ],
      b: full(4),
    });
    const r = fillMissing(indexPlan(p), data);
    expect(Array.from(data.a!.subarray(0, 4))).toEqual([2, 4, 6, 8]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.code).toBe("D0202");
    expect(r.errors[0]!.cells).toEqual([
      { variable: "a", region: "r2", year: 2013 },
      { variable: "a", region: "r2", year: 2015 },
      { variable: "a", region: "r2", year: 2016 },
    ]);
    expect(r.errors[0]!.message).toBe(
      'variable "a" (rule interpolate): 3 missing cells cannot be filled:\n' +
        '  a: 2013 for r2 (key "R2"): no observed year before it\n' +
        '  a: 2015–2016 for r2 (key "R2"): no observed year after it',
    );
  });
});

describe("missing rule: nearest", () => {
  it("copies the nearest observed year", () => {
    // r1 over 2013–2018: ·, 5, ·, ·, 9, ·. 2013 → 2014 (5); 2015: 1 year from 2014, 2 from
    // 2017 → 5; 2016: 2 from 2014, 1 from 2017 → 9; 2018 → 2017 (9).
    const p = plan([2013, 2014, 2015, 2016, 2017, 2018], { a: { kind: "nearest" } });
    const data = panel({
      a: [
        [N, 5, N, N, 9, N],
        [1, 1, 1, 1, 1, 1],
      ],
      b: full(6),
    });
    const r = fillMissing(indexPlan(p), data);
    expect(r.errors).toEqual([]);
    expect(Array.from(data.a!.subarray(0, 6))).toEqual([5, 5, 5, 9, 9, 9]);
    expect(r.filled.map((f) => [f.year, f.value, f.rule])).toEqual([
      [2013, 5, "nearest"],
      [2015, 5, "nearest"],
      [2016, 9, "nearest"],
      [2018, 9, "nearest"],
    ]);
  });

  it("breaks a tie toward the earlier year", () => {
    // 2014 is one year from 2013 (4) and one from 2015 (6): the earlier wins → 4.
    const p = plan([2013, 2014, 2015], { a: { kind: "nearest" } });
    const data = panel({
      a: [
        [4, N, 6],
        [1, 1, 1],
      ],
      b: full(3),
    });
    fillMissing(indexPlan(p), data);
    expect(data.a![1]).toBe(4);
  });

  it("is an error for a series without any observation", () => {
    const p = plan([2013, 2014], { a: { kind: "nearest" } });
    const r = fillMissing(
      indexPlan(p),
      panel({
        a: [
          [N, N],
          [1, 1],
        ],
        b: full(2),
      }),
    );
    expect(r.errors.map((e) => [e.code, e.cells?.length])).toEqual([["D0203", 2]]);
  });
});

describe("missing rule: splice", () => {
  it("follows the proxy's growth from the nearest observed year", () => {
    // r1: x = ·, ·, 10, 12; proxy 50, 80, 100, 110. t0 = 2015 for both gaps:
    //   x(2013) = 10·50/100 = 5, x(2014) = 10·80/100 = 8.
    // r2: x = 10, ·, ·, 40; proxy 1, 2, 3, 4. 2014: t0 = 2013 → 10·2/1 = 20;
    //   2015: t0 = 2016 → 40·3/4 = 30.
    const p = plan([2013, 2014, 2015, 2016], { a: { kind: "splice", proxy: "c" } });
    const data = panel({
      a: [
        [N, N, 10, 12],
        [10, N, N, 40],
      ],
      b: full(4),
      c: [
        [50, 80, 100, 110],
        [1, 2, 3, 4],
      ],
    });
    const r = fillMissing(indexPlan(p), data);
    expect(r.errors).toEqual([]);
    expect(Array.from(data.a!)).toEqual([5, 8, 10, 12, 10, 20, 30, 40]);
    expect(r.filled.map((f) => [f.region, f.year, f.value, f.rule])).toEqual([
      ["r1", 2013, 5, "splice(c)"],
      ["r1", 2014, 8, "splice(c)"],
      ["r2", 2014, 20, "splice(c)"],
      ["r2", 2015, 30, "splice(c)"],
    ]);
  });

  it("fills the proxy by its own rule first, and records both", () => {
    // proxy c for r1: 2, ·, 6 (interpolate → 4); x = ·, ·, 9 → x(2013) = 9·2/6 = 3,
    // x(2014) = 9·4/6 = 6.
    const p = plan([2013, 2014, 2015], {
      a: { kind: "splice", proxy: "c" },
      c: { kind: "interpolate" },
    });
    const data = panel({
      a: [
        [N, N, 9],
        [1, 1, 1],
      ],
      b: full(3),
      c: [
        [2, N, 6],
        [1, 1, 1],
      ],
    });
    const r = fillMissing(indexPlan(p), data);
    expect(r.errors).toEqual([]);
    expect(Array.from(data.a!.subarray(0, 3))).toEqual([3, 6, 9]);
    // Filled cells come in plan order of the variables: a, then c.
    expect(r.filled.map((f) => [f.variable, f.year, f.value, f.rule])).toEqual([
      ["a", 2013, 3, "splice(c)"],
      ["a", 2014, 6, "splice(c)"],
      ["c", 2014, 4, "interpolate"],
    ]);
  });

  it("is an error where the proxy is missing or zero, naming the cells and why", () => {
    const p = plan([2013, 2014, 2015], { a: { kind: "splice", proxy: "c" } });
    // r1 2013: proxy missing in 2013; r1 2014: fine (9·3/3); r2 2013: proxy 0 in the year spliced from (2014).
    const data = panel({
      a: [
        [N, N, 9],
        [N, 5, 5],
      ],
      b: full(3),
      c: [
        [N, 3, 3],
        [1, 0, 1],
      ],
    });
    const r = fillMissing(indexPlan(p), data);
    expect(r.errors.map((e) => e.code)).toEqual(["D0204"]);
    expect(r.errors[0]!.cells).toEqual([
      { variable: "a", region: "r1", year: 2013 },
      { variable: "a", region: "r2", year: 2013 },
    ]);
    expect(r.errors[0]!.message).toBe(
      'variable "a" (rule splice(c)): 2 missing cells cannot be filled:\n' +
        '  a: 2013 for r1 (key "R1"): c is missing in 2013\n' +
        '  a: 2013 for r2 (key "R2"): c is 0 in 2014',
    );
    expect(r.errors[0]!.pointer).toBe("/sources/0/variables/0/missing");
  });
});

describe("which cells matter", () => {
  it("ignores regions that belong to no unit", () => {
    const p = plan([2013], {});
    p.units.list = [p.units.list[0]!];
    p.analyses = [];
    const r = fillMissing(indexPlan(p), panel({ a: [[1], [N]], b: [[1], [N]] }));
    expect(r.errors).toEqual([]);
  });
});
