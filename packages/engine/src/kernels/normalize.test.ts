import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Direction, minMax } from "./normalize.js";

const f64 = (xs: number[]) => new Float64Array(xs);
const list = (a: Float64Array) => Array.from(a);
/** max|x| / (max − min): how much rounding relative to |x| is magnified by the division. */
function relativeSpread(x: Float64Array): number {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of x) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return Math.max(-lo, hi) / (hi - lo);
}

describe("minMax (eq. 1-2)", () => {
  it("normalises a benefit indicator", () => {
    // min 2, max 10, range 8: (2−2)/8 = 0, (4−2)/8 = 0.25, (6−2)/8 = 0.5, (10−2)/8 = 1.
    const r = minMax(f64([2, 4, 6, 10]), "+", 0);
    expect(list(r.values)).toEqual([0, 0.25, 0.5, 1]);
    expect(r.constant).toBe(false);
  });

  it("normalises a cost indicator", () => {
    // (10−2)/8 = 1, (10−4)/8 = 0.75, (10−6)/8 = 0.5, (10−10)/8 = 0.
    expect(list(minMax(f64([2, 4, 6, 10]), "-", 0).values)).toEqual([1, 0.75, 0.5, 0]);
  });

  it("adds the shift (the paper's 0.0001, and 1)", () => {
    // 0 + 0.0001, 0.25 + 0.0001 = 0.2501, 0.5001, 1.0001.
    const r = list(minMax(f64([2, 4, 6, 10]), "+", 0.0001).values);
    const want = [0.0001, 0.2501, 0.5001, 1.0001];
    for (const [i, v] of r.entries()) expect(v).toBeCloseTo(want[i]!, 15);
    // min 0, max 1: x' = x, then + 1.
    expect(list(minMax(f64([0, 1, 0.5]), "+", 1).values)).toEqual([1, 2, 1.5]);
  });

  it("handles negative values", () => {
    // min −1, max 1, range 2: (−1+1)/2 = 0, (0+1)/2 = 0.5, (1+1)/2 = 1.
    expect(list(minMax(f64([-1, 0, 1]), "+", 0).values)).toEqual([0, 0.5, 1]);
  });

  it("flags a constant indicator and gives every observation the shift", () => {
    const r = minMax(f64([3, 3, 3]), "+", 0.0001);
    expect(r.constant).toBe(true);
    expect(list(r.values)).toEqual([0.0001, 0.0001, 0.0001]);
    const cost = minMax(f64([3, 3]), "-", 0);
    expect(cost.constant).toBe(true);
    expect(list(cost.values)).toEqual([0, 0]);
  });

  it("treats a spread within 1e-12 of max(|max|, |min|) as constant, and not a larger one", () => {
    // 0.1 lies in [2^-4, 2^-3), so its ulp is 2^-4 · 2^-52 = 2^-56 (≈ 1.4e-17), and
    // 0.1 + 2^-56 = 0.10000000000000002, the next double: a weighted mean of 0.1s can land
    // there ((0.1 + 0.1 + 0.1)/3 does). Spread 2^-56 ≤ 1e-12 · 0.10000000000000002: constant.
    expect(0.1 + 2 ** -56).toBe(0.10000000000000002);
    expect((0.1 + 0.1 + 0.1) / 3).toBe(0.10000000000000002);
    const rate = minMax(f64([0.1, 0.1 + 2 ** -56, 0.1]), "+", 0.0001);
    expect(rate.constant).toBe(true);
    expect(list(rate.values)).toEqual([0.0001, 0.0001, 0.0001]);
    // Around 1 (ulp 2^-52), the bound 1e-12 · (1 + d) ≈ 1e-12 lies between 2^-40 ≈ 9.09e-13
    // and 2^-39 ≈ 1.82e-12; 1 + 2^-40 and 1 + 2^-39 are exact doubles, and so their spreads.
    expect(minMax(f64([1, 1 + 2 ** -40]), "-", 0).constant).toBe(true);
    expect(minMax(f64([-1, -1 - 2 ** -40]), "+", 0).constant).toBe(true);
    const just = minMax(f64([1, 1 + 2 ** -39]), "+", 0);
    expect(just.constant).toBe(false);
    expect(list(just.values)).toEqual([0, 1]); // (x − min)/(max − min): 0/2^-39, 2^-39/2^-39
    // [1, 1 + 1e-9]: spread ≈ 1e-9 > 1e-12 · (1 + 1e-9): not constant, normalised as usual.
    const varies = minMax(f64([1, 1 + 1e-9]), "+", 0.0001);
    expect(varies.constant).toBe(false);
    expect(list(varies.values)).toEqual([0.0001, 1.0001]);
    // The bound is relative: tiny values with a spread as large as themselves are not constant.
    expect(minMax(f64([0, 1e-300]), "+", 0).constant).toBe(false);
  });

  it("treats a single observation and an empty array as constant", () => {
    const one = minMax(f64([5]), "+", 0.01);
    expect(one.constant).toBe(true);
    expect(list(one.values)).toEqual([0.01]);
    const none = minMax(f64([]), "-", 0.01);
    expect(none.constant).toBe(true);
    expect(none.values.length).toBe(0);
  });

  it("does not overflow when max − min exceeds the largest double", () => {
    // max − min = 3e308 overflows; the ratios are still 0, 1/2, 1.
    const x = f64([-1.5e308, 0, 1.5e308]);
    expect(list(minMax(x, "+", 0).values)).toEqual([0, 0.5, 1]);
    expect(list(minMax(x, "-", 0).values)).toEqual([1, 0.5, 0]);
  });

  const column = fc
    .array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), {
      minLength: 1,
      maxLength: 40,
    })
    .map(f64);
  /** A column and a permutation of its indices. */
  const withPermutation = column.chain((x) =>
    fc.tuple(
      fc.constant(x),
      fc.shuffledSubarray(Array.from(x.keys()), { minLength: x.length, maxLength: x.length }),
    ),
  );
  const direction = fc.constantFrom<Direction>("+", "-");
  const shift = fc.oneof(
    fc.constantFrom(0, 0.0001, 0.001, 0.002, 0.01, 1),
    fc.double({ noNaN: true, min: 0, max: 10 }),
  );

  it("property: output lies in [shift, 1 + shift]; the extremes map to the ends", () => {
    fc.assert(
      fc.property(column, direction, shift, (x, dir, s) => {
        const r = minMax(x, dir, s);
        for (const v of r.values) {
          expect(v).toBeGreaterThanOrEqual(s);
          expect(v).toBeLessThanOrEqual(1 + s);
        }
        if (!r.constant) {
          const lo = Math.min(...r.values);
          const hi = Math.max(...r.values);
          expect(lo).toBe(s);
          expect(hi).toBe(1 + s);
        }
      }),
    );
  });

  // Rescaling a subnormal by c < 1 can underflow it to 0 (then the data really changed), so
  // the scale test flushes values below 1e-290 to 0.
  const scalable = fc
    .array(
      fc
        .double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
        .map((v) => (Math.abs(v) < 1e-290 ? 0 : v)),
      { minLength: 1, maxLength: 40 },
    )
    .map(f64);

  it("property: scale-free (a positive rescaling of the column changes nothing)", () => {
    fc.assert(
      fc.property(
        scalable,
        direction,
        shift,
        fc.double({ noNaN: true, min: 1e-3, max: 1e3 }),
        (x, dir, s, c) => {
          const a = minMax(x, dir, s);
          const b = minMax(
            x.map((v) => v * c),
            dir,
            s,
          );
          expect(b.constant).toBe(a.constant);
          // Rounding of c·x is relative to |x|, so the bound grows with max|x| / (max − min).
          const tol = a.constant ? 0 : 8 * Number.EPSILON * (1 + s + relativeSpread(x));
          for (const [i, v] of a.values.entries()) {
            expect(Math.abs(v - b.values[i]!)).toBeLessThanOrEqual(tol);
          }
        },
      ),
    );
  });

  it("property: benefit and cost mirror each other, x'⁺ + x'⁻ = 1", () => {
    fc.assert(
      fc.property(column, (x) => {
        const plus = minMax(x, "+", 0);
        const minus = minMax(x, "-", 0);
        // A constant column is 0 in both directions (no information either way).
        if (plus.constant) return;
        // x'⁺ + x'⁻ = ((x − min) + (max − x)) / (max − min) = 1; the subtractions round relative
        // to |x|, so the bound grows with max|x| / (max − min).
        const tol = 8 * Number.EPSILON * (1 + relativeSpread(x));
        for (const [i, v] of plus.values.entries()) {
          expect(Math.abs(v + minus.values[i]! - 1)).toBeLessThanOrEqual(tol);
        }
      }),
    );
  });

  it("property: permuting the observations permutes the output the same way", () => {
    fc.assert(
      fc.property(withPermutation, direction, shift, ([x, order], dir, s) => {
        const a = minMax(x, dir, s).values;
        const b = minMax(f64(order.map((i) => x[i]!)), dir, s).values;
        for (const [k, i] of order.entries()) expect(b[k]).toBe(a[i]);
      }),
    );
  });
});
