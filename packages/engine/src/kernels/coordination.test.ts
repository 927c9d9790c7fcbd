import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coordinationIndex, couplingCoordination, equalBeta } from "./coordination.js";

describe("coordinationIndex (eq. 6)", () => {
  it("T = Σ β_k S_k", () => {
    // ½·0.508 + ½·0.104 = 0.254 + 0.052 = 0.306.
    expect(coordinationIndex([0.508, 0.104], [0.5, 0.5])).toBeCloseTo(0.306, 15);
    // 0.2·0.9 + 0.3·0.6 + 0.5·0.3 = 0.18 + 0.18 + 0.15 = 0.51.
    expect(coordinationIndex([0.9, 0.6, 0.3], [0.2, 0.3, 0.5])).toBeCloseTo(0.51, 15);
    // equal β over (0.9, 0.6, 0.3): (0.9 + 0.6 + 0.3)/3 = 0.6.
    expect(coordinationIndex([0.9, 0.6, 0.3], equalBeta(3))).toBeCloseTo(0.6, 15);
  });

  it("rejects a β of the wrong length", () => {
    expect(() => coordinationIndex([0.5, 0.5], [1])).toThrow(RangeError);
  });

  it("equalBeta", () => {
    expect(Array.from(equalBeta(2))).toEqual([0.5, 0.5]);
    expect(Array.from(equalBeta(4))).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it("property: T of all-ones with equal β is 1 (to rounding), and T ∈ [0, 1]", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), (n) => {
        // n · fl(1/n) is within 2⁻⁵³ of 1, and the compensated sum rounds it to nearest.
        expect(
          Math.abs(coordinationIndex(new Array<number>(n).fill(1), equalBeta(n)) - 1),
        ).toBeLessThanOrEqual(Number.EPSILON);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, min: 0, max: 1 }), { minLength: 1, maxLength: 10 }),
        (s) => {
          const t = coordinationIndex(s, equalBeta(s.length));
          expect(t).toBeGreaterThanOrEqual(0);
          expect(t).toBeLessThanOrEqual(1);
          // A mean lies between min and max, up to the rounding of β·S: relative 2⁻⁵³ each, or
          // an absolute half of the smallest subnormal when β·S is subnormal.
          const slack = 4 * Number.EPSILON * Math.max(...s) + s.length * Number.MIN_VALUE;
          expect(t).toBeGreaterThanOrEqual(Math.min(...s) - slack);
          expect(t).toBeLessThanOrEqual(Math.max(...s) + slack);
        },
      ),
    );
  });
});

describe("couplingCoordination (eq. 5)", () => {
  it("D = √(C·T)", () => {
    // √(0.8 · 0.5) = √0.4 = 0.6324555320336759.
    expect(couplingCoordination(0.8, 0.5)).toBeCloseTo(0.632455532033676, 15);
    // √(1·0.25) = 0.5; √(0.5·0.5) = 0.5.
    expect(couplingCoordination(1, 0.25)).toBe(0.5);
    expect(couplingCoordination(0.5, 0.5)).toBe(0.5);
  });

  it("degenerate: a zero factor gives 0; a tiny negative rounding product gives 0", () => {
    expect(couplingCoordination(0, 0.7)).toBe(0);
    expect(couplingCoordination(0.7, 0)).toBe(0);
    expect(couplingCoordination(-1e-17, 0.5)).toBe(0);
    expect(couplingCoordination(0.5, -2e-16)).toBe(0);
  });

  it("rejects a clearly negative product or NaN", () => {
    expect(() => couplingCoordination(-0.1, 0.5)).toThrow(RangeError);
    expect(() => couplingCoordination(Number.NaN, 0.5)).toThrow(RangeError);
  });
});
