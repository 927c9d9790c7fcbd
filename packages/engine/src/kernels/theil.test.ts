import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inputs, python } from "./fixtures/reference.js";
import { theilT } from "./theil.js";

const f64 = (xs: number[]) => new Float64Array(xs);
const i32 = (xs: number[]) => new Int32Array(xs);

describe("theilT", () => {
  it("matches a hand-derived case", () => {
    // y = (1, 3) in one group, (2, 2) in another; μ = 2. T = ¼[½ ln ½ + 1.5 ln 1.5 + 0 + 0].
    // Group 0: μ₀ = 2, T₀ = ½[½ ln ½ + 1.5 ln 1.5] = 2T; group 1: T₁ = 0.
    // s₀ = s₁ = ½, both ln(μ_j/μ) = 0: within = ½·T₀ = T, between = 0.
    const t = 0.25 * (0.5 * Math.log(0.5) + 1.5 * Math.log(1.5));
    const res = theilT(f64([1, 3, 2, 2]), i32([0, 0, 1, 1]), 2);
    expect(res.total).toBeCloseTo(t, 15);
    expect(res.groups[0]).toBeCloseTo(2 * t, 15);
    expect(res.within).toBeCloseTo(t, 15);
    expect(res.between).toBeCloseTo(0, 15);
  });

  it("matches the definition in plain Python (make-reference.py)", () => {
    const { values, groups, k } = inputs.dagum;
    const res = theilT(f64(values), i32(groups), k);
    expect(res.total).toBeCloseTo(python.theil.total, 14);
    python.theil.groups.forEach((v: number, j: number) => {
      expect(res.groups[j]).toBeCloseTo(v, 14);
    });
    expect(res.within).toBeCloseTo(python.theil.within, 14);
    expect(res.between).toBeCloseTo(python.theil.between, 14);
  });

  it("zeros contribute 0 ln 0 = 0; all equal or all zero gives T = 0 and null shares", () => {
    // y = (0, 2): μ = 1, T = ½[0 + 2 ln 2] = ln 2 (the maximum ln n for n = 2).
    expect(theilT(f64([0, 2]), i32([0, 0]), 1).total).toBeCloseTo(Math.LN2, 15);
    const zero = theilT(f64([0, 0, 0]), i32([0, 1, 1]), 2);
    expect([zero.total, zero.within, zero.between, zero.shares]).toEqual([0, 0, 0, null]);
    expect(theilT(f64([0.3, 0.3]), i32([0, 1]), 2).shares).toBeNull();
  });

  it("property: T = within + between, T ∈ [0, ln n]", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 30 }),
        (values) => {
          const groups = values.map((_, i) => i % 3);
          const res = theilT(f64(values), i32(groups), 3);
          expect(res.within + res.between).toBeCloseTo(res.total, 12);
          expect(res.total).toBeGreaterThanOrEqual(0);
          expect(res.total).toBeLessThanOrEqual(Math.log(values.length) + 1e-12);
        },
      ),
    );
  });
});
