import { describe, expect, it } from "vitest";
import { betaConvergence, sigmaConvergence } from "./convergence.js";
import { inputs, python } from "./fixtures/reference.js";

const f64 = (xs: number[]) => new Float64Array(xs);

describe("sigmaConvergence", () => {
  it("equals NumPy's mean and sd (ddof 1) by year", () => {
    const { values, units, years } = inputs.convergence;
    const res = sigmaConvergence(f64(values), units, years);
    python.sigma.forEach((s: { mean: number; sd: number; cv: number }, t: number) => {
      expect(res[t]!.mean).toBeCloseTo(s.mean, 15);
      expect(res[t]!.sd).toBeCloseTo(s.sd, 15);
      expect(res[t]!.cv).toBeCloseTo(s.cv, 14);
    });
  });

  it("declared: one unit has sd 0; a zero mean has CV null", () => {
    expect(sigmaConvergence(f64([0.3, 0.5]), 1, 2)).toEqual([
      { mean: 0.3, sd: 0, cv: 0 },
      { mean: 0.5, sd: 0, cv: 0 },
    ]);
    expect(sigmaConvergence(f64([0, 0]), 2, 1)[0]!.cv).toBeNull();
  });
});

describe("betaConvergence", () => {
  for (const step of [1, 2]) {
    it(`step ${step}: equals scipy.stats.linregress`, () => {
      const { values, units, years } = inputs.convergence;
      const res = betaConvergence(f64(values), units, years, step);
      if (!res.ok) throw new Error("expected a fit");
      const ref = python.beta[`step${step}`];
      expect(res.value.beta).toBeCloseTo(ref.beta, 13);
      expect(res.value.alpha).toBeCloseTo(ref.alpha, 13);
      expect(res.value.se).toBeCloseTo(ref.se, 13);
      expect(res.value.r2).toBeCloseTo(ref.r2, 12);
      expect(res.value.n).toBe(ref.n);
      expect(res.value.speed).toBeCloseTo(ref.speed, 13);
    });
  }

  it("by hand: growth halving the log gap each year gives β = −½", () => {
    // Two units, y = e^(−2), e^(−1), e^(−½) and e^(−4), e^(−2), e^(−1): each ln y_{t+1} = ½ ln y_t,
    // so g = ln y_{t+1} − ln y_t = −½ ln y_t exactly: β = −½, α = 0, se = 0 (t reported 0),
    // λ = −ln(½) = ln 2, half-life 1 year.
    const v = f64([-2, -1, -0.5, -4, -2, -1].map(Math.exp));
    const res = betaConvergence(v, 2, 3, 1);
    if (!res.ok) throw new Error("expected a fit");
    expect(res.value.beta).toBeCloseTo(-0.5, 14);
    expect(res.value.alpha).toBeCloseTo(0, 14);
    expect(res.value.se).toBeCloseTo(0, 7);
    expect(res.value.speed).toBeCloseTo(Math.LN2, 13);
    expect(res.value.halfLife).toBeCloseTo(1, 12);
  });

  it("failures are returned, naming the cell", () => {
    expect(betaConvergence(f64([0.2, 0.3, 0, 0.4]), 2, 2, 1)).toEqual({
      ok: false,
      failure: { reason: "nonpositive", unit: 1, year: 0, value: 0 },
    });
    expect(betaConvergence(f64([0.2, 0.3, 0.1, 0.4]), 2, 2, 1)).toEqual({
      ok: false,
      failure: { reason: "too-few", n: 2 },
    });
    expect(betaConvergence(f64([0.2, 0.3, 0.4, 0.2, 0.5, 0.4]), 2, 3, 2)).toMatchObject({
      ok: false,
    });
  });
});
