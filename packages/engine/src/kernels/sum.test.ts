import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neumaierSum } from "./sum.js";

/**
 * Independent oracle: a double is m·2^(e−1075) (normal) or m·2⁻¹⁰⁷⁴ (subnormal), so x·2¹⁰⁷⁴ is an
 * integer; summing those as BigInt gives the exact sum, with no floating point involved.
 */
function scaled(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const exponent = (bits >> 52n) & 0x7ffn;
  const mantissa = bits & ((1n << 52n) - 1n);
  const magnitude = exponent === 0n ? mantissa : ((1n << 52n) | mantissa) << (exponent - 1n);
  return negative ? -magnitude : magnitude;
}
const abs = (b: bigint): bigint => (b < 0n ? -b : b);

describe("neumaierSum", () => {
  it("sums a small range exactly", () => {
    // 1 + 2 + 3 + 4 = 10; the range [1, 3) is 2 + 3 = 5.
    expect(neumaierSum([1, 2, 3, 4])).toBe(10);
    expect(neumaierSum([1, 2, 3, 4], 1, 3)).toBe(5);
    expect(neumaierSum(new Float64Array([1, 2, 3, 4]), 2)).toBe(7);
  });

  it("returns 0 for an empty range and clamps out-of-range bounds", () => {
    expect(neumaierSum([])).toBe(0);
    expect(neumaierSum([1, 2], 1, 1)).toBe(0);
    // start −5 → 0, end 99 → 2: 1 + 2 = 3.
    expect(neumaierSum([1, 2], -5, 99)).toBe(3);
  });

  it("recovers what a plain loop loses to cancellation", () => {
    // Exactly 1 + 1 + 1e100 − 1e100 = 2. A plain loop: 1 + 1e100 = 1e100 (the 1 is lost),
    // + 1 = 1e100, − 1e100 = 0. Kahan's original also gives 0 here; Neumaier's gives 2.
    const x = [1, 1e100, 1, -1e100];
    let plain = 0;
    for (const v of x) plain += v;
    expect(plain).toBe(0);
    expect(neumaierSum(x)).toBe(2);
  });

  it("sums ten copies of 0.1 to the correctly rounded 1", () => {
    // fl(0.1) = 0.1000000000000000055511151231257827…; ten of them are exactly
    // 1.000000000000000055511151231257827…, whose nearest double is 1 (the next double up is
    // 1 + 2.2e-16). A plain loop gives 0.9999999999999999.
    expect(neumaierSum(new Array<number>(10).fill(0.1))).toBe(1);
  });

  it("propagates infinities and NaN instead of inventing NaN from ∞ − ∞ compensation", () => {
    expect(neumaierSum([1, Number.POSITIVE_INFINITY, 2])).toBe(Number.POSITIVE_INFINITY);
    expect(neumaierSum([1, Number.NaN])).toBeNaN();
    expect(neumaierSum([Number.MAX_VALUE, Number.MAX_VALUE])).toBe(Number.POSITIVE_INFINITY);
  });

  const finiteArrays = fc.array(
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e200, max: 1e200 }),
    { maxLength: 60 },
  );

  // Cancellation-heavy data: terms of mixed magnitude, then the negations of some of them, so
  // the exact sum is far smaller than Σ|x| (where a plain loop's (n−1)·u·Σ|x| error shows).
  const cancelling = fc
    .array(
      fc.tuple(
        fc.double({ noNaN: true, min: -1, max: 1 }),
        fc.integer({ min: -40, max: 40 }),
        fc.boolean(),
      ),
      { maxLength: 40 },
    )
    .map((parts) => {
      const x: number[] = [];
      for (const [v, k] of parts) x.push(v * 2 ** k);
      for (const [v, k, negate] of parts) if (negate) x.push(-(v * 2 ** k) * (1 + 2 ** -20));
      return x;
    });

  it("stays within Neumaier's error bound of the exact (BigInt) sum", () => {
    fc.assert(
      fc.property(fc.oneof(finiteArrays, cancelling), (x) => {
        const exact = x.reduce((acc, v) => acc + scaled(v), 0n);
        const sumAbs = x.reduce((acc, v) => acc + abs(scaled(v)), 0n);
        const got = neumaierSum(x);
        const err = abs(scaled(got) - exact);
        // |err| ≤ 2u|S| + 2n²u²Σ|x| with u = 2⁻⁵³, plus one unit of the scaled grid.
        const n = BigInt(x.length);
        const bound = (2n * abs(exact)) / (1n << 53n) + (2n * n * n * sumAbs) / (1n << 106n) + 1n;
        expect(err <= bound).toBe(true);
      }),
    );
  });

  it("barely depends on the order of the terms", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), {
          minLength: 1,
          maxLength: 60,
        }),
        fc.infiniteStream(fc.nat()),
        (x, stream) => {
          // Fisher–Yates with the generated stream.
          const y = x.slice();
          const it = stream[Symbol.iterator]();
          for (let i = y.length - 1; i > 0; i--) {
            const j = (it.next().value as number) % (i + 1);
            [y[i], y[j]] = [y[j]!, y[i]!];
          }
          const a = neumaierSum(x);
          const b = neumaierSum(y);
          const sumAbs = x.reduce((acc, v) => acc + Math.abs(v), 0);
          // Both are within u|S| + O(n²u²)Σ|x| of the same exact sum.
          expect(Math.abs(a - b)).toBeLessThanOrEqual(
            4 * Number.EPSILON * Math.abs(a) + 1e-28 * sumAbs + Number.MIN_VALUE,
          );
        },
      ),
    );
  });
});
