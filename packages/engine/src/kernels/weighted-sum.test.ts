import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { weightedSum } from "./weighted-sum.js";

const f64 = (xs: number[]) => new Float64Array(xs);

describe("weightedSum (eq. 3)", () => {
  it("S_i = Σ_j w_j y'_ij", () => {
    // columns (1, 0) and (0.5, 0.5), weights (0.25, 0.75):
    // S_0 = 0.25·1 + 0.75·0.5 = 0.25 + 0.375 = 0.625; S_1 = 0.25·0 + 0.75·0.5 = 0.375.
    expect(Array.from(weightedSum([f64([1, 0]), f64([0.5, 0.5])], [0.25, 0.75]))).toEqual([
      0.625, 0.375,
    ]);
  });

  it("uses the shifted values as they are (an index can reach 1 + s)", () => {
    // Both indicators at their maximum 1.0001 with weights (0.4, 0.6): 0.4·1.0001 + 0.6·1.0001
    // = 1.0001; at their minimum 0.0001: 0.0001.
    const s = weightedSum([f64([1.0001, 0.0001]), f64([1.0001, 0.0001])], f64([0.4, 0.6]));
    expect(s[0]).toBeCloseTo(1.0001, 15);
    expect(s[1]).toBeCloseTo(0.0001, 15);
  });

  it("handles no columns and rejects mismatched weights or ragged columns", () => {
    expect(weightedSum([], []).length).toBe(0);
    expect(() => weightedSum([f64([1, 2])], [0.5, 0.5])).toThrow(RangeError);
    expect(() => weightedSum([f64([1, 2]), f64([1])], [0.5, 0.5])).toThrow(RangeError);
  });

  it("property: with weights summing to 1 the index lies between the row's min and max", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((k) =>
          fc.record({
            rows: fc.array(
              fc.array(fc.double({ noNaN: true, min: 0, max: 1.01 }), {
                minLength: k,
                maxLength: k,
              }),
              {
                minLength: 1,
                maxLength: 10,
              },
            ),
            raw: fc.array(fc.double({ noNaN: true, min: 0.01, max: 1 }), {
              minLength: k,
              maxLength: k,
            }),
          }),
        ),
        ({ rows, raw }) => {
          const total = raw.reduce((a, b) => a + b, 0);
          const w = raw.map((v) => v / total);
          const cols = w.map((_, j) => f64(rows.map((r) => r[j]!)));
          const s = weightedSum(cols, w);
          for (const [i, r] of rows.entries()) {
            expect(s[i]).toBeGreaterThanOrEqual(Math.min(...r) - 1e-15);
            expect(s[i]).toBeLessThanOrEqual(Math.max(...r) + 1e-15);
          }
        },
      ),
    );
  });
});
