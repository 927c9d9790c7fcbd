import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coordinationIndex, couplingCoordination, equalBeta } from "./coordination.js";
import { type CouplingForm, couplingDegree, couplingScratch, couplingSeries } from "./coupling.js";

const FORMS: readonly CouplingForm[] = ["standard", "product_over_mean", "wang2021_modified"];

describe("couplingDegree: docs/method.md §5 check values (derived by hand, confirmed with bc -l)", () => {
  it("U = (0.4, 0.2)", () => {
    // standard: √(0.4·0.2) / ((0.4+0.2)/2) = √0.08 / 0.3 = 0.2828427 / 0.3 = 0.9428090.
    expect(couplingDegree("standard", [0.4, 0.2])).toBeCloseTo(0.943, 3);
    expect(couplingDegree("standard", [0.4, 0.2])).toBeCloseTo(0.942809041582063, 13);
    // modified, n = 2: Σ_{m=1}^{1} m = 1; 1 − |0.4 − 0.2| / 1 = 0.8;
    // Π U_i / max U = (0.4/0.4)(0.2/0.4) = 0.5, to the power 1/(n−1) = 1: 0.5;
    // C = √(0.8 · 0.5) = √0.4 = 0.6324555.
    expect(couplingDegree("wang2021_modified", [0.4, 0.2])).toBeCloseTo(0.632, 3);
    expect(couplingDegree("wang2021_modified", [0.4, 0.2])).toBeCloseTo(0.632455532033676, 13);
    // product over mean: √(0.08 / 0.3) = √0.26667 = 0.5163978.
    expect(couplingDegree("product_over_mean", [0.4, 0.2])).toBeCloseTo(0.516397779494322, 13);
  });

  it("U = (0.8, 0.2)", () => {
    // standard: √0.16 / 0.5 = 0.4 / 0.5 = 0.8.
    expect(couplingDegree("standard", [0.8, 0.2])).toBeCloseTo(0.8, 13);
    // modified: (1 − 0.6) · (0.2/0.8) = 0.4 · 0.25 = 0.1; √0.1 = 0.3162278.
    expect(couplingDegree("wang2021_modified", [0.8, 0.2])).toBeCloseTo(0.316, 3);
    expect(couplingDegree("wang2021_modified", [0.8, 0.2])).toBeCloseTo(0.316227766016838, 13);
    // product over mean: √(0.16 / 0.5) = √0.32 = 0.5656854.
    expect(couplingDegree("product_over_mean", [0.8, 0.2])).toBeCloseTo(0.565685424949238, 13);
  });

  it("U = (0.9, 0.6, 0.3)", () => {
    // standard: Π = 0.9·0.6·0.3 = 0.162; ∛0.162 = 0.5451362 (0.5451362³ = 0.1620000);
    // mean 0.6; C = 0.5451362 / 0.6 = 0.9085603.
    expect(couplingDegree("standard", [0.9, 0.6, 0.3])).toBeCloseTo(0.909, 3);
    expect(couplingDegree("standard", [0.9, 0.6, 0.3])).toBeCloseTo(0.90856029641607, 13);
    // modified, n = 3: Σ_{m=1}^{2} m = 3; pairs |0.9−0.6| + |0.9−0.3| + |0.6−0.3| = 0.3+0.6+0.3
    // = 1.2; 1 − 1.2/3 = 0.6. Π U_i/max = 1 · (2/3) · (1/3) = 2/9, to the power 1/2:
    // √(2/9) = 0.4714045. C = √(0.6 · 0.4714045) = √0.2828427 = 0.5318296.
    expect(couplingDegree("wang2021_modified", [0.9, 0.6, 0.3])).toBeCloseTo(0.532, 3);
    expect(couplingDegree("wang2021_modified", [0.9, 0.6, 0.3])).toBeCloseTo(0.531829589694499, 13);
    // product over mean: (0.162 / 0.6)^(1/3) = 0.27^(1/3) = 0.6463304 (0.6463304³ = 0.2700000).
    expect(couplingDegree("product_over_mean", [0.9, 0.6, 0.3])).toBeCloseTo(0.646330407009565, 13);
  });

  it("Wang & Liu Table 3 → 4 (product_over_mean): S = (0.508, 0.104) gives D ≈ 0.356", () => {
    // mean = (0.508 + 0.104)/2 = 0.306; product = 0.508 · 0.104 = 0.052832;
    // C = √(0.052832 / 0.306) = √0.1726536 = 0.4155161; T = 0.306 (β = ½, ½);
    // D = √(C·T) = √(0.4155161 · 0.306) = √0.1271479 = 0.3565781 (bc -l: 0.35657806138926876990).
    const s = [0.508, 0.104];
    const c = couplingDegree("product_over_mean", s);
    expect(c).toBeCloseTo(0.41551605837950695, 13);
    const t = coordinationIndex(s, equalBeta(2));
    expect(t).toBeCloseTo(0.306, 15);
    const d = couplingCoordination(c, t);
    expect(d).toBeCloseTo(0.3566, 4);
    expect(d).toBeCloseTo(0.356578061389269, 13);
    // The printed 0.356 is within rounding of the 3-decimal inputs; eq. (4) as printed would
    // give C = √0.052832 / 0.306 = 0.7511487 and D = √(0.7511487·0.306) = 0.4794, far off.
    expect(couplingCoordination(couplingDegree("standard", s), t)).toBeCloseTo(0.4794, 4);
  });

  it("balanced systems", () => {
    for (const form of FORMS) expect(couplingDegree(form, [1, 1])).toBe(1);
    // (a, a): GM/AM = 1; modified: balance 1, evenness 1 → 1; product over mean:
    // (a² / a)^(1/2) = √a, so (0.25, 0.25) → 0.5; n = 3: (a³/a)^(1/3) = a^(2/3) = 0.125^(2/3) = 0.25.
    expect(couplingDegree("standard", [0.3, 0.3, 0.3])).toBeCloseTo(1, 15);
    expect(couplingDegree("wang2021_modified", [0.3, 0.3, 0.3])).toBeCloseTo(1, 15);
    expect(couplingDegree("product_over_mean", [0.25, 0.25])).toBeCloseTo(0.5, 15);
    expect(couplingDegree("product_over_mean", [0.125, 0.125, 0.125])).toBeCloseTo(0.25, 15);
  });

  it("degenerate: any zero index gives C = 0, never NaN", () => {
    for (const form of FORMS) {
      expect(couplingDegree(form, [0, 0.5])).toBe(0);
      expect(couplingDegree(form, [0.3, 0.7, 0])).toBe(0);
      expect(couplingDegree(form, [0, 0])).toBe(0);
      expect(couplingDegree(form, [0, 0, 0, 0])).toBe(0);
    }
  });

  it("tiny indices do not underflow", () => {
    // Direct products would underflow: 1e-300 · 1e-300 = 0, and 0/0 = NaN for the standard form.
    // standard (a, a) = 1; modified (a, a) = 1; product over mean (a, a) = √a = 1e-150.
    expect(couplingDegree("standard", [1e-300, 1e-300])).toBeCloseTo(1, 12);
    expect(couplingDegree("wang2021_modified", [1e-300, 1e-300])).toBeCloseTo(1, 12);
    expect(couplingDegree("product_over_mean", [1e-300, 1e-300]) / 1e-150).toBeCloseTo(1, 12);
    // (1e-300, 1): standard = √1e-300 / 0.5 = 2e-150; product over mean = √(1e-300/0.5)
    // = √2 · 1e-150 = 1.4142136e-150.
    expect(couplingDegree("standard", [1e-300, 1]) / 2e-150).toBeCloseTo(1, 12);
    expect(couplingDegree("product_over_mean", [1e-300, 1]) / 1e-150).toBeCloseTo(Math.SQRT2, 12);
    // Subnormal: (5e-324, 5e-324) standard is still 1; the mean 5e-324/2 would underflow.
    expect(couplingDegree("standard", [5e-324, 5e-324])).toBeCloseTo(1, 12);
  });

  it("product_over_mean can exceed 1 when an index exceeds 1 (a shifted index can)", () => {
    // (1.0001, 1.0001): (1.0001² / 1.0001)^(1/2) = √1.0001 = 1.0000499988.
    expect(couplingDegree("product_over_mean", [1.0001, 1.0001])).toBeCloseTo(1.0000499988, 10);
    // standard stays ≤ 1 (AM–GM): (1.0001, 1.0001) → 1.
    expect(couplingDegree("standard", [1.0001, 1.0001])).toBeLessThanOrEqual(1);
  });

  it("rejects n < 2, negative, NaN or infinite indices", () => {
    for (const form of FORMS) {
      expect(() => couplingDegree(form, [0.5])).toThrow(RangeError);
      expect(() => couplingDegree(form, [])).toThrow(RangeError);
      expect(() => couplingDegree(form, [0.5, -0.1])).toThrow(RangeError);
      expect(() => couplingDegree(form, [0.5, Number.NaN])).toThrow(RangeError);
      expect(() => couplingDegree(form, [0.5, Number.POSITIVE_INFINITY])).toThrow(RangeError);
    }
    expect(() => couplingDegree("nope" as CouplingForm, [0.5, 0.5])).toThrow(RangeError);
  });
});

describe("couplingSeries", () => {
  it("computes C at each observation", () => {
    // Observations: (0.4, 0.2), (0.8, 0.2), (0, 0.5) → standard 0.9428090, 0.8, 0.
    const c = couplingSeries("standard", [
      new Float64Array([0.4, 0.8, 0]),
      new Float64Array([0.2, 0.2, 0.5]),
    ]);
    expect(c.length).toBe(3);
    expect(c[0]).toBeCloseTo(0.942809041582063, 13);
    expect(c[1]).toBeCloseTo(0.8, 13);
    expect(c[2]).toBe(0);
    // Three systems, one observation: (0.9, 0.6, 0.3) → modified 0.5318296.
    const m = couplingSeries(
      "wang2021_modified",
      [0.9, 0.6, 0.3].map((v) => new Float64Array([v])),
    );
    expect(m[0]).toBeCloseTo(0.531829589694499, 13);
  });

  it("handles no observations and rejects ragged or too few systems", () => {
    expect(couplingSeries("standard", [new Float64Array(0), new Float64Array(0)]).length).toBe(0);
    expect(() => couplingSeries("standard", [new Float64Array([0.5])])).toThrow(RangeError);
    expect(() =>
      couplingSeries("standard", [new Float64Array([0.5]), new Float64Array([0.5, 0.2])]),
    ).toThrow(RangeError);
  });
});

describe("coupling properties", () => {
  const form = fc.constantFrom(...FORMS);
  const unit = fc.oneof(
    fc.double({ noNaN: true, min: 0, max: 1 }),
    fc.constantFrom(0, 0.0001, 1, 5e-324, 1e-300),
  );
  const systems = fc.array(unit, { minLength: 2, maxLength: 6 });

  it("C, T and D lie in [0, 1] for indices in [0, 1], for every form", () => {
    fc.assert(
      fc.property(form, systems, (f, s) => {
        const c = couplingDegree(f, s);
        const t = coordinationIndex(s, equalBeta(s.length));
        const d = couplingCoordination(c, t);
        for (const v of [c, t, d]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("C is symmetric under permuting the n systems", () => {
    fc.assert(
      fc.property(
        form,
        systems.chain((s) =>
          fc.tuple(
            fc.constant(s),
            fc.shuffledSubarray(s, { minLength: s.length, maxLength: s.length }),
          ),
        ),
        (f, [s, permuted]) => {
          const a = couplingDegree(f, s);
          const b = couplingDegree(f, permuted);
          expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12);
        },
      ),
    );
  });

  // Independent closed forms for the oracles: no logs, positive moderate values only.
  const moderate = fc.array(fc.double({ noNaN: true, min: 1e-3, max: 1 }), {
    minLength: 2,
    maxLength: 6,
  });
  const mean = (s: number[]) => s.reduce((a, b) => a + b, 0) / s.length;
  const prod = (s: number[]) => s.reduce((a, b) => a * b, 1);

  it("standard = geometric mean / arithmetic mean, and is scale-free", () => {
    fc.assert(
      fc.property(moderate, fc.double({ noNaN: true, min: 0.01, max: 1 }), (s, lambda) => {
        const c = couplingDegree("standard", s);
        expect(c).toBeCloseTo(prod(s) ** (1 / s.length) / mean(s), 10);
        // C(λS) = (λ GM)/(λ AM) = C(S).
        expect(
          couplingDegree(
            "standard",
            s.map((v) => v * lambda),
          ),
        ).toBeCloseTo(c, 10);
      }),
    );
  });

  it("product_over_mean = (Π/mean)^(1/n) = standard · mean^((n−1)/n)", () => {
    fc.assert(
      fc.property(moderate, (s) => {
        const n = s.length;
        const c = couplingDegree("product_over_mean", s);
        expect(c).toBeCloseTo((prod(s) / mean(s)) ** (1 / n), 10);
        // [Π / m]^(1/n) = [Π / mⁿ]^(1/n) · m^((n−1)/n).
        expect(c).toBeCloseTo(couplingDegree("standard", s) * mean(s) ** ((n - 1) / n), 10);
      }),
    );
  });

  it("wang2021_modified for n = 2 is √((1 − |a − b|) · min/max)", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, min: 1e-3, max: 1 }),
        fc.double({ noNaN: true, min: 1e-3, max: 1 }),
        (a, b) => {
          const want = Math.sqrt((1 - Math.abs(a - b)) * (Math.min(a, b) / Math.max(a, b)));
          expect(couplingDegree("wang2021_modified", [a, b])).toBeCloseTo(want, 12);
        },
      ),
    );
  });

  it("couplingSeries agrees with couplingDegree row by row", () => {
    fc.assert(
      fc.property(
        form,
        fc
          .integer({ min: 2, max: 4 })
          .chain((n) =>
            fc
              .array(fc.array(unit, { minLength: n, maxLength: n }), { maxLength: 8 })
              .map((rows) => ({ n, rows })),
          ),
        (f, { n, rows }) => {
          const sys = Array.from({ length: n }, (_, k) => new Float64Array(rows.map((r) => r[k]!)));
          const c = couplingSeries(f, sys);
          for (const [i, r] of rows.entries()) expect(c[i]).toBe(couplingDegree(f, r));
          // With scratch (reused after a call on other data): the same values, no allocation.
          const scratch = couplingScratch(n, rows.length);
          couplingSeries(
            f,
            sys.map((s) => s.map((v) => v / 2)),
            scratch,
          );
          const again = couplingSeries(f, sys, scratch);
          expect(again).toBe(scratch.out);
          expect(Array.from(again)).toEqual(Array.from(c));
        },
      ),
    );
  });
});
