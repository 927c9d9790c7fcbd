import { neumaierSum } from "./sum.js";

/** σ convergence for one year: the spread of the values across units. */
export interface SigmaYear {
  /** Mean across units. */
  mean: number;
  /** Sample standard deviation (n − 1); 0 for one unit. */
  sd: number;
  /** sd / mean; null when the mean is 0. */
  cv: number | null;
}

/**
 * σ convergence (R. J. Barro & X. Sala-i-Martin 1992, J. Political Economy 100:223): the sample
 * standard deviation (divisor n − 1) and the coefficient of variation sd/mean of the values of
 * the units in each year; `values[u * years + t]`. A falling sd (or CV) is σ convergence.
 * Declared rules: one unit has sd 0; a mean of 0 has CV null.
 */
export function sigmaConvergence(values: Float64Array, units: number, years: number): SigmaYear[] {
  if (values.length !== units * years || units < 1) {
    throw new RangeError(`sigmaConvergence: ${values.length} values for ${units}·${years}`);
  }
  const out: SigmaYear[] = [];
  const col = new Float64Array(units);
  for (let t = 0; t < years; t++) {
    for (let u = 0; u < units; u++) col[u] = values[u * years + t]!;
    const mean = neumaierSum(col) / units;
    const dev = col.map((v) => (v - mean) ** 2);
    const sd = units > 1 ? Math.sqrt(neumaierSum(dev) / (units - 1)) : 0;
    out.push({ mean, sd, cv: mean !== 0 ? sd / mean : null });
  }
  return out;
}

/** Absolute β convergence, pooled OLS (see {@link betaConvergence}). */
export interface BetaResult {
  /** β, the slope on ln y_t. */
  beta: number;
  /** α, the intercept. */
  alpha: number;
  /** The conventional (homoskedastic) standard error of β. */
  se: number;
  /** β / se. */
  t: number;
  /** R² of the regression. */
  r2: number;
  /** Observations (unit-year pairs). */
  n: number;
  /** λ = −ln(1 + β)/T, the speed of convergence per year; null when 1 + β ≤ 0. */
  speed: number | null;
  /** The half-life ln 2 / λ in years; null unless λ > 0. */
  halfLife: number | null;
}

/** Why β could not be estimated. */
export type BetaFailure =
  | { reason: "nonpositive"; unit: number; year: number; value: number }
  | { reason: "too-few"; n: number }
  | { reason: "no-variation" };

/**
 * Absolute β convergence by pooled OLS (Barro & Sala-i-Martin 1992; the panel form of e.g.
 * Islam 1995 without fixed effects): for every unit u and every t with t + T in the period,
 *
 *   ln(y_{u,t+T} / y_{u,t}) = α + β ln y_{u,t} + ε,
 *
 * one pooled regression over all units and years (T = `step` years). β < 0 is convergence; the
 * implied speed is λ = −ln(1 + β)/T and the half-life ln 2/λ. The standard error is the
 * conventional OLS one, √(σ̂²/Σ(x − x̄)²) with σ̂² = RSS/(n − 2) (no clustering by unit).
 *
 * Failures, returned rather than thrown so the caller can name the cell: a value ≤ 0 (ln is
 * undefined: `nonpositive` with the first such unit and year); fewer than 3 observations
 * (`too-few`, no standard error with n − 2 < 1); all ln y_t equal (`no-variation`). Declared
 * rule: a perfect fit has se = 0, and then t (which would be ±∞) is reported as 0.
 */
export function betaConvergence(
  values: Float64Array,
  units: number,
  years: number,
  step: number,
): { ok: true; value: BetaResult } | { ok: false; failure: BetaFailure } {
  if (values.length !== units * years) {
    throw new RangeError(`betaConvergence: ${values.length} values for ${units}·${years}`);
  }
  if (!(Number.isInteger(step) && step >= 1)) throw new RangeError(`betaConvergence: step ${step}`);
  for (let u = 0; u < units; u++) {
    for (let t = 0; t < years; t++) {
      const v = values[u * years + t]!;
      if (!(v > 0))
        return { ok: false, failure: { reason: "nonpositive", unit: u, year: t, value: v } };
    }
  }
  const xs: number[] = [];
  const ys: number[] = [];
  for (let u = 0; u < units; u++) {
    for (let t = 0; t + step < years; t++) {
      const x = Math.log(values[u * years + t]!);
      xs.push(x);
      ys.push(Math.log(values[u * years + t + step]!) - x);
    }
  }
  const n = xs.length;
  if (n < 3) return { ok: false, failure: { reason: "too-few", n } };
  const mx = neumaierSum(xs) / n;
  const my = neumaierSum(ys) / n;
  const sxx = neumaierSum(xs.map((x) => (x - mx) ** 2));
  if (!(sxx > 0)) return { ok: false, failure: { reason: "no-variation" } };
  const sxy = neumaierSum(xs.map((x, i) => (x - mx) * (ys[i]! - my)));
  const syy = neumaierSum(ys.map((y) => (y - my) ** 2));
  const beta = sxy / sxx;
  const alpha = my - beta * mx;
  const rss = neumaierSum(xs.map((x, i) => (ys[i]! - alpha - beta * x) ** 2));
  const se = Math.sqrt(rss / (n - 2) / sxx);
  const r2 = syy > 0 ? Math.max(0, 1 - rss / syy) : 1;
  const speed = 1 + beta > 0 ? -Math.log(1 + beta) / step : null;
  const halfLife = speed !== null && speed > 0 ? Math.LN2 / speed : null;
  return {
    ok: true,
    value: { beta, alpha, se, t: se > 0 ? beta / se : 0, r2, n, speed, halfLife },
  };
}
