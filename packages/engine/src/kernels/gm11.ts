import { neumaierSum } from "./sum.js";

/** A fitted GM(1,1) model (see {@link gm11}). */
export interface Gm11Fit {
  /** The development coefficient a. */
  a: number;
  /** The grey input b. */
  b: number;
  /** x̂⁽⁰⁾(k), k = 1..n (x̂⁽⁰⁾(1) = x⁽⁰⁾(1)). */
  fitted: Float64Array;
  /** x̂⁽⁰⁾(n + 1..n + horizon). */
  forecast: Float64Array;
  /** The level ratios σ(k) = x⁽⁰⁾(k−1)/x⁽⁰⁾(k), k = 2..n, all inside the admissible interval. */
  ratios: Float64Array;
  /** The posterior variance ratio C = S₂/S₁. */
  c: number;
  /** The small-error probability P = share of k with |ε(k) − ε̄| < 0.6745 S₁. */
  p: number;
  /** The accuracy grade 1 (good), 2 (qualified), 3 (barely qualified), 4 (unqualified). */
  grade: 1 | 2 | 3 | 4;
  /** The mean relative error (1/(n−1)) Σ_{k=2..n} |ε(k)|/x⁽⁰⁾(k). */
  mre: number;
}

/** Why GM(1,1) was not fitted: the series is reported, not silently fitted. */
export type Gm11Failure =
  | { reason: "too-short"; n: number }
  | { reason: "nonpositive"; index: number; value: number }
  | { reason: "level-ratio"; index: number; ratio: number; lower: number; upper: number };

/** The accuracy grades of C and P (Liu Sifeng et al., Grey Systems: Theory and Applications). */
const GRADE_LIMITS: readonly { c: number; p: number }[] = [
  { c: 0.35, p: 0.95 },
  { c: 0.5, p: 0.8 },
  { c: 0.65, p: 0.7 },
];

/**
 * GM(1,1), the grey model of first order in one variable (Deng Julong 1982, Systems & Control
 * Letters 1:288; the form and tests of Liu Sifeng et al., Grey Systems: Theory and
 * Applications), for a series x⁽⁰⁾ of n ≥ 4 positive values at equal steps:
 *
 *  level-ratio test: σ(k) = x⁽⁰⁾(k−1)/x⁽⁰⁾(k) ∈ (e^(−2/(n+1)), e^(2/(n+1))) for k = 2..n,
 *  else the series fails (reported with the first failing k, never fitted);
 *  x⁽¹⁾(k) = Σ_{i≤k} x⁽⁰⁾(i),  z⁽¹⁾(k) = (x⁽¹⁾(k) + x⁽¹⁾(k−1))/2,
 *  [a, b]ᵀ = (BᵀB)⁻¹BᵀY by least squares with B = [−z⁽¹⁾(k), 1], Y = x⁽⁰⁾(k), k = 2..n,
 *  x̂⁽¹⁾(k+1) = (x⁽⁰⁾(1) − b/a) e^(−ak) + b/a,  x̂⁽⁰⁾(k+1) = x̂⁽¹⁾(k+1) − x̂⁽¹⁾(k),
 *  (a = 0 exactly: the limit x̂⁽¹⁾(k+1) = x⁽⁰⁾(1) + b k, so x̂⁽⁰⁾(k+1) = b).
 *
 * Accuracy (posterior-error test) over k = 1..n with ε(k) = x⁽⁰⁾(k) − x̂⁽⁰⁾(k) (so ε(1) = 0),
 * population variances (divisor n): S₁² of x⁽⁰⁾, S₂² of ε; C = S₂/S₁; P = share of k with
 * |ε(k) − ε̄| < 0.6745 S₁. Grade: the worse of C's and P's grades on C ≤ 0.35 / P ≥ 0.95 (1,
 * good), C ≤ 0.5 / P ≥ 0.8 (2, qualified), C ≤ 0.65 / P ≥ 0.7 (3, barely qualified), else 4
 * (unqualified). The mean relative error is over k = 2..n (k = 1 is exact by construction).
 * Declared rule: a constant series (S₁ = 0) is fitted exactly (a = 0, ε = 0): C = 0, P = 1.
 */
export function gm11(
  x: Float64Array,
  horizon: number,
): { ok: true; value: Gm11Fit } | { ok: false; failure: Gm11Failure } {
  const n = x.length;
  if (n < 4) return { ok: false, failure: { reason: "too-short", n } };
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    if (!(v > 0 && v < Number.POSITIVE_INFINITY)) {
      return { ok: false, failure: { reason: "nonpositive", index: i, value: v } };
    }
  }
  const upper = Math.exp(2 / (n + 1));
  const lower = 1 / upper;
  const ratios = new Float64Array(n - 1);
  for (let k = 1; k < n; k++) {
    const r = x[k - 1]! / x[k]!;
    ratios[k - 1] = r;
    if (!(r > lower && r < upper)) {
      return { ok: false, failure: { reason: "level-ratio", index: k, ratio: r, lower, upper } };
    }
  }
  // Normal equations of Y = −a z + b over m = n − 1 points: with Sz = Σz, Szz = Σz², Sy = Σy,
  // Szy = Σzy, det = m Szz − Sz²: a = (Sz Sy − m Szy)/det, b = (Szz Sy − Sz Szy)/det.
  const m = n - 1;
  const z = new Float64Array(m);
  let x1 = x[0]!;
  for (let k = 1; k < n; k++) {
    const next = x1 + x[k]!;
    z[k - 1] = (x1 + next) / 2;
    x1 = next;
  }
  const y = x.subarray(1);
  const sz = neumaierSum(z);
  const sy = neumaierSum(y);
  const szz = neumaierSum(z.map((v) => v * v));
  const szy = neumaierSum(z.map((v, i) => v * y[i]!));
  const det = m * szz - sz * sz;
  // z is strictly increasing (x > 0), so det > 0.
  let a = (sz * sy - m * szy) / det;
  const b = (szz * sy - sz * szy) / det;
  const constant = x.every((v) => v === x[0]);
  if (constant) a = 0;
  const response = (k: number): number => {
    // x̂⁽⁰⁾(k+1) for k ≥ 1: (1 − e^a)(x⁽⁰⁾(1) − b/a) e^(−ak), or b when a = 0.
    if (a === 0) return constant ? x[0]! : b;
    return (1 - Math.exp(a)) * (x[0]! - b / a) * Math.exp(-a * k);
  };
  const fitted = new Float64Array(n);
  fitted[0] = x[0]!;
  for (let k = 1; k < n; k++) fitted[k] = response(k);
  const forecast = new Float64Array(horizon);
  for (let h = 0; h < horizon; h++) forecast[h] = response(n + h);

  const eps = x.map((v, i) => v - fitted[i]!);
  const mean = neumaierSum(x) / n;
  const s1 = Math.sqrt(neumaierSum(x.map((v) => (v - mean) ** 2)) / n);
  const epsMean = neumaierSum(eps) / n;
  const s2 = Math.sqrt(neumaierSum(eps.map((e) => (e - epsMean) ** 2)) / n);
  let c: number;
  let p: number;
  if (s1 === 0) {
    c = 0;
    p = 1;
  } else {
    c = s2 / s1;
    let hits = 0;
    for (const e of eps) if (Math.abs(e - epsMean) < 0.6745 * s1) hits++;
    p = hits / n;
  }
  const gradeOf = (ok: (limit: { c: number; p: number }) => boolean): number => {
    const i = GRADE_LIMITS.findIndex(ok);
    return i < 0 ? 4 : i + 1;
  };
  const grade = Math.max(
    gradeOf((l) => c <= l.c),
    gradeOf((l) => p >= l.p),
  ) as 1 | 2 | 3 | 4;
  const rel = new Float64Array(m);
  for (let k = 1; k < n; k++) rel[k - 1] = Math.abs(eps[k]!) / x[k]!;
  const mre = neumaierSum(rel) / m;
  return { ok: true, value: { a, b, fitted, forecast, ratios, c, p, grade, mre } };
}
