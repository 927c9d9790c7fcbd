import { minimalPlan } from "@ccdc/plan";
import { describe, expect, it } from "vitest";
import { computeGrowth } from "./growth.js";
import { indexPlan } from "./plan-index.js";

describe("computeGrowth", () => {
  it("is annual when the study years have gaps (2013, 2017: 4 intervals, not 1)", () => {
    const plan = minimalPlan();
    plan.study.period = { from: 2013, to: 2017 };
    plan.study.years = [2013, 2017];
    // Node "root", units r1, r2, unit-major: r1 (0.5, 0.5·1.1⁴ = 0.73205), r2 (0.2, 0.8).
    // r1: (0.73205 / 0.5)^(1/4) − 1 = 1.4641^(1/4) − 1 = 1.1 − 1 = 0.1 (python3: 0.1000000…);
    // r2: (0.8 / 0.2)^(1/4) − 1 = 4^(1/4) − 1 = √2 − 1 = 0.41421356237309515.
    // Counting the two observations as consecutive years would give 0.4641 and 3.
    const out = computeGrowth(indexPlan(plan), [Float64Array.from([0.5, 0.73205, 0.2, 0.8])]);
    expect(out.growth[0]![0]).toBeCloseTo(0.1, 12);
    expect(out.growth[0]![1]).toBeCloseTo(Math.SQRT2 - 1, 12);
    expect(out.warnings).toEqual([]);
  });

  it("consecutive years: (S_last/S_first)^(1/(years − 1)) − 1; null for a zero first year", () => {
    const plan = minimalPlan(); // 2020, 2021: one interval
    // r1: 0.6/0.4 − 1 = 0.5; r2: first 0 → null (NaN here) with W0501.
    const out = computeGrowth(indexPlan(plan), [Float64Array.from([0.4, 0.6, 0, 0.5])]);
    expect(out.growth[0]![0]).toBeCloseTo(0.5, 14);
    expect(out.growth[0]![1]).toBeNaN();
    expect(out.warnings.map((w) => w.code)).toEqual(["W0501"]);
  });

  it("a rate that overflows is null with W0501, not an infinity in the result", () => {
    const plan = minimalPlan(); // 2020, 2021: one interval
    // r1: 1e-320 → 0.5, rate 0.5/1e-320 − 1 ≈ 5e319 > the largest double → null;
    // r2: 0.25 → 0.5, rate 1.
    const out = computeGrowth(indexPlan(plan), [Float64Array.from([1e-320, 0.5, 0.25, 0.5])]);
    expect(out.growth[0]![0]).toBeNaN();
    expect(out.growth[0]![1]).toBeCloseTo(1, 14);
    expect(out.warnings.map((w) => w.code)).toEqual(["W0501"]);
    expect(out.warnings[0]!.message).toContain("so small that the rate overflows");
  });

  it("a rate from a first-year index equal to the shift is reported with W0502", () => {
    const plan = minimalPlan(); // 2020, 2021: one interval; shift 0.0001
    // r1: first 0.0001 (the shift, as a weighted sum of shifts with weights 0.3 + 0.7 rounds
    // it: 0.3·0.0001 + 0.7·0.0001), last 0.6: 0.6/0.0001 − 1 = 5999, with W0502;
    // r2: first 0.0002 (off the floor), last 0.6: 2999, no warning.
    const first = 0.3 * 0.0001 + 0.7 * 0.0001;
    const out = computeGrowth(indexPlan(plan), [Float64Array.from([first, 0.6, 0.0002, 0.6])]);
    expect(out.growth[0]![0]).toBeCloseTo(5999, 8);
    expect(out.growth[0]![1]).toBeCloseTo(2999, 8);
    expect(out.warnings).toEqual([
      {
        severity: "warning",
        code: "W0502",
        message:
          'node "root": the average annual growth of r1 (599900.00 %) starts from a 2020 index equal to the shift 0.0001, so the rate is set by the shift, not by the data',
        pointer: "/nodes/0",
        // The structured fields a report words the warning from in another language.
        args: {
          node: "root",
          firstYear: 2020,
          shift: 0.0001,
          units: ["r1"],
          rates: [expect.closeTo(5999, 8)],
        },
        hint: "a unit lowest on every indicator of the node in 2020 has the shift as its index there (min-max maps it to 0, then adds the shift), and its rate grows without bound as the shift shrinks: compare the indices instead, or read growth from a later year",
      },
    ]);
    // A shift of 0: a first index of 0 is undefined (W0501), not W0502.
    plan.method.normalization.shift = 0;
    const zero = computeGrowth(indexPlan(plan), [Float64Array.from([0, 0.6, 0.2, 0.6])]);
    expect(zero.warnings.map((w) => w.code)).toEqual(["W0501"]);
  });
});
