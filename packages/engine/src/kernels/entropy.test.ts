import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entropyWeights, equalWeights } from "./entropy.js";

const f64 = (xs: number[]) => new Float64Array(xs);
const list = (a: Float64Array) => Array.from(a);

/**
 * An independent formulation for the property tests: with S = Σ y,
 * −Σ p ln p = −Σ (y/S)(ln y − ln S) = ln S − (1/S) Σ y ln y. Plain sums, no compensation.
 */
function entropyOracle(y: Float64Array): number {
  const m = y.length;
  let s = 0;
  for (const v of y) s += v;
  if (m <= 1 || s === 0) return 1;
  let ylny = 0;
  for (const v of y) if (v > 0) ylny += v * Math.log(v);
  return Math.min(1, Math.max(0, (Math.log(s) - ylny / s) / Math.log(m)));
}

describe("entropyWeights", () => {
  it("gives all the weight to the only informative column (m = 2)", () => {
    // (1, 1): p = (½, ½), e = −(½ ln ½ + ½ ln ½)/ln 2 = ln 2 / ln 2 = 1, d = 0.
    // (1, 0): p = (1, 0), e = −(1·ln 1 + 0)/ln 2 = 0, d = 1.  w = (0/1, 1/1).
    const r = entropyWeights([f64([1, 1]), f64([1, 0])]);
    expect(list(r.entropy)).toEqual([1, 0]);
    expect(list(r.weights)).toEqual([0, 1]);
    expect(r.degenerate).toBe(false);
  });

  it("weights three columns over m = 4", () => {
    // (1,1,0,0): p = (½,½,0,0), e = −(2·½ ln ½)/ln 4 = ln 2 / (2 ln 2) = 0.5, d = 0.5.
    // (1,0,0,0): e = 0, d = 1.   (1,1,1,1): constant, e = 1, d = 0.
    // Σd = 1.5; w = (0.5/1.5, 1/1.5, 0) = (1/3, 2/3, 0).
    const r = entropyWeights([f64([1, 1, 0, 0]), f64([1, 0, 0, 0]), f64([1, 1, 1, 1])]);
    expect(r.entropy[0]).toBeCloseTo(0.5, 15);
    expect(r.entropy[1]).toBe(0);
    expect(r.entropy[2]).toBe(1);
    expect(r.weights[0]).toBeCloseTo(1 / 3, 15);
    expect(r.weights[1]).toBeCloseTo(2 / 3, 15);
    expect(r.weights[2]).toBe(0);
  });

  it("computes a non-trivial entropy (1, 2, 3)", () => {
    // p = (1/6, 1/3, 1/2); −Σ p ln p = ln 6 / 6 + ln 3 / 3 + ln 2 / 2
    //   = 1.791759/6 + 1.098612/3 + 0.693147/2 = 0.298627 + 0.366204 + 0.346574 = 1.011405;
    // e = 1.011405 / ln 3 = 1.011405 / 1.098612 = 0.920620 (bc -l: 0.92061983571430495805),
    // d = 0.07938016428569504195.
    // With (1, 0, 0) (e = 0, d = 1): w = (d/(1+d), 1/(1+d)) = (0.07354235969143153,
    // 0.9264576403085685) by bc -l.
    // (2, 4, 6) is (1, 2, 3) scaled by 2: the same p, the same e.
    const r = entropyWeights([f64([1, 2, 3]), f64([1, 0, 0]), f64([2, 4, 6])]);
    expect(r.entropy[0]).toBeCloseTo(0.920619835714305, 14);
    expect(r.entropy[2]).toBeCloseTo(0.920619835714305, 14);
    const d = 0.079380164285695;
    // w = d/(2d + 1) for the two scaled copies, 1/(2d + 1) for (1, 0, 0).
    expect(r.weights[0]).toBeCloseTo(d / (2 * d + 1), 14);
    expect(r.weights[1]).toBeCloseTo(1 / (2 * d + 1), 14);
    const two = entropyWeights([f64([1, 2, 3]), f64([1, 0, 0])]);
    expect(two.weights[0]).toBeCloseTo(0.0735423596914315, 14);
    expect(two.weights[1]).toBeCloseTo(0.9264576403085685, 14);
  });

  it("computes the entropy of a shifted min-max column (paper's s = 0.0001)", () => {
    // x' = (0, 0.5, 1), y' = x' + 0.0001 = (0.0001, 0.5001, 1.0001), Σ = 1.5003.
    // p = (0.0000666533, 0.3333333333, 0.6666000133)
    // p ln p = (−0.0006409388, −0.3662040962, −0.2703496965), Σ = −0.6371947315
    // e = 0.6371947315 / 1.0986122887 = 0.5799996396 (bc -l: 0.57999963964722607234).
    const r = entropyWeights([f64([0.0001, 0.5001, 1.0001])]);
    expect(r.entropy[0]).toBeCloseTo(0.579999639647226, 14);
    expect(list(r.weights)).toEqual([1]);
  });

  describe("degenerate rules", () => {
    it("rule 1: m = 1 gives e = 1 everywhere and equal weights", () => {
      const r = entropyWeights([f64([0.5]), f64([0.7]), f64([0])]);
      expect(list(r.entropy)).toEqual([1, 1, 1]);
      expect(list(r.weights)).toEqual([1 / 3, 1 / 3, 1 / 3]);
      expect(r.degenerate).toBe(true);
    });

    it("rule 1: m = 0 (no observations) is the same", () => {
      const r = entropyWeights([f64([]), f64([])]);
      expect(list(r.entropy)).toEqual([1, 1]);
      expect(list(r.weights)).toEqual([0.5, 0.5]);
      expect(r.degenerate).toBe(true);
    });

    it("rule 2: a zero column has e = 1 and weight 0 next to an informative one", () => {
      // (0,0,0): e = 1, d = 0; (1,2,3): d = 0.0793801642857 > 0, so w = (0, 1).
      const r = entropyWeights([f64([0, 0, 0]), f64([1, 2, 3])]);
      expect(r.entropy[0]).toBe(1);
      expect(list(r.weights)).toEqual([0, 1]);
      expect(r.degenerate).toBe(false);
    });

    it("rule 3: a constant column has e = 1 exactly, though the formula rounds off 1", () => {
      // Ten values of 0.0001 (a constant indicator after min-max with s = 0.0001).
      const y = f64(new Array<number>(10).fill(0.0001));
      // The formula evaluated naively here: p = 0.0001/0.0009999999999999998 rounds to
      // 0.10000000000000002, and e comes out 0.9999999999999998, i.e. a spurious d = 2e-16.
      let s = 0;
      for (const v of y) s += v;
      let plnp = 0;
      for (const v of y) plnp += (v / s) * Math.log(v / s);
      expect(-plnp / Math.log(10)).not.toBe(1);
      const r = entropyWeights([y, f64(new Array<number>(10).fill(3))]);
      expect(list(r.entropy)).toEqual([1, 1]);
      expect(list(r.weights)).toEqual([0.5, 0.5]);
      expect(r.degenerate).toBe(true);
    });

    it("rule 3: a constant column next to an informative one gets weight exactly 0", () => {
      const r = entropyWeights([
        f64([0.0001, 0.0001, 0.0001, 0.0001, 0.0001]),
        f64([1, 0, 0, 0, 0]),
      ]);
      expect(list(r.weights)).toEqual([0, 1]);
    });

    it("rule 4: a nearly constant column never gets e > 1 or d < 0", () => {
      // (0.3·(1 + 2⁻⁵²), 0.3) is not constant and its true e is 1 − O(1e-32), but the formula
      // (with compensated sums, as in the kernel) evaluates to 1.0000000000000002 before the
      // clamp; so does the five-row 0.1 case. Without the clamp d would be −2.2e-16.
      for (const [v, m] of [
        [0.3, 2],
        [0.3, 3],
        [0.1, 5],
        [0.5001, 7],
      ] as const) {
        const y = f64(new Array<number>(m).fill(v));
        y[0] = v * (1 + Number.EPSILON);
        const r = entropyWeights([y, f64([1, ...new Array<number>(m - 1).fill(0)])]);
        expect(r.entropy[0]).toBeLessThanOrEqual(1);
        expect(r.entropy[0]).toBeGreaterThan(1 - 1e-15);
        expect(r.weights[0]).toBeGreaterThanOrEqual(0);
        expect(r.weights[0]).toBeLessThan(1e-14);
      }
    });

    it("rule 5: no column informative gives equal weights and the flag", () => {
      const r = entropyWeights([f64([0, 0]), f64([2, 2]), f64([0.0001, 0.0001]), f64([5, 5])]);
      expect(list(r.entropy)).toEqual([1, 1, 1, 1]);
      expect(list(r.weights)).toEqual([0.25, 0.25, 0.25, 0.25]);
      expect(r.degenerate).toBe(true);
    });

    it("rule 5: no columns at all gives empty arrays, degenerate", () => {
      const r = entropyWeights([]);
      expect(r.weights.length).toBe(0);
      expect(r.entropy.length).toBe(0);
      expect(r.degenerate).toBe(true);
    });
  });

  it("rejects ragged columns and negative, NaN or infinite values", () => {
    expect(() => entropyWeights([f64([1, 2]), f64([1, 2, 3])])).toThrow(RangeError);
    expect(() => entropyWeights([f64([1, -0.5])])).toThrow(RangeError);
    expect(() => entropyWeights([f64([1, Number.NaN])])).toThrow(RangeError);
    expect(() => entropyWeights([f64([1, Number.POSITIVE_INFINITY])])).toThrow(RangeError);
    // −0 is ≥ 0.
    expect(entropyWeights([f64([-0, 1])]).weights[0]).toBe(1);
  });

  it("equalWeights", () => {
    expect(list(equalWeights(4))).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(list(equalWeights(1))).toEqual([1]);
    expect(equalWeights(0).length).toBe(0);
  });

  // Columns of non-negative values, including zeros, exact repeats and constant columns.
  // Subnormals are flushed to 0: y ln y of a subnormal loses its precision in the oracle.
  const value = fc.oneof(
    fc.double({ noNaN: true, min: 0, max: 10 }).map((v) => (v < 1e-300 ? 0 : v)),
    fc.constantFrom(0, 0.0001, 0.5, 1, 1.0001),
  );
  const panel = fc
    .record({ k: fc.integer({ min: 1, max: 6 }), m: fc.integer({ min: 0, max: 25 }) })
    .chain(({ k, m }) =>
      fc.array(
        fc.oneof(
          fc.array(value, { minLength: m, maxLength: m }),
          value.map((v) => new Array<number>(m).fill(v)),
        ),
        { minLength: k, maxLength: k },
      ),
    )
    .map((cols) => cols.map(f64));

  it("property: weights are ≥ 0 and sum to 1; entropies lie in [0, 1]", () => {
    fc.assert(
      fc.property(panel, (cols) => {
        const r = entropyWeights(cols);
        let sum = 0;
        for (const w of r.weights) {
          expect(w).toBeGreaterThanOrEqual(0);
          sum += w;
        }
        expect(Math.abs(sum - 1)).toBeLessThanOrEqual(1e-12);
        for (const e of r.entropy) {
          expect(e).toBeGreaterThanOrEqual(0);
          expect(e).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("property: agrees with the independent formulation ln S − (1/S) Σ y ln y", () => {
    fc.assert(
      fc.property(panel, (cols) => {
        const r = entropyWeights(cols);
        for (const [j, y] of cols.entries()) {
          expect(Math.abs(r.entropy[j]! - entropyOracle(y))).toBeLessThanOrEqual(1e-12);
        }
      }),
    );
  });

  it("property: the entropies do not depend on the order of the observations", () => {
    fc.assert(
      fc.property(
        panel.chain((cols) => {
          const m = cols[0]!.length;
          const idx = Array.from({ length: m }, (_, i) => i);
          return fc.tuple(
            fc.constant(cols),
            fc.shuffledSubarray(idx, { minLength: m, maxLength: m }),
          );
        }),
        ([cols, order]) => {
          const a = entropyWeights(cols);
          const b = entropyWeights(cols.map((y) => f64(order.map((i) => y[i]!))));
          expect(b.degenerate).toBe(a.degenerate);
          for (const [j, e] of a.entropy.entries()) {
            expect(Math.abs(e - b.entropy[j]!)).toBeLessThanOrEqual(1e-13);
          }
          // |Δw| ≈ |Δd| / Σd with |Δd| of a few 1e-16: within 1e-12 whenever Σd ≥ 1e-3 (see the
          // conditioning note on entropyWeights). Below that the weights are ratios of noise.
          const sumD = a.entropy.reduce((acc, e) => acc + (1 - e), 0);
          if (sumD >= 1e-3 || a.degenerate) {
            for (const [j, w] of a.weights.entries()) {
              expect(Math.abs(w - b.weights[j]!)).toBeLessThanOrEqual(1e-12);
            }
          }
        },
      ),
    );
  });

  it("property: rescaling a column by a positive factor leaves its entropy unchanged", () => {
    fc.assert(
      fc.property(panel, fc.double({ noNaN: true, min: 1e-3, max: 1e3 }), (cols, c) => {
        const scaled = cols.map((y) => y.map((v) => v * c));
        // Flush-to-zero of a subnormal would change the data; skip those draws.
        fc.pre(cols.every((y, j) => y.every((v, i) => (v === 0) === (scaled[j]![i] === 0))));
        const a = entropyWeights(cols);
        const b = entropyWeights(scaled);
        for (const [j, e] of a.entropy.entries()) {
          expect(Math.abs(e - b.entropy[j]!)).toBeLessThanOrEqual(1e-13);
        }
      }),
    );
  });
});
