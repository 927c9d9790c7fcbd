/**
 * How the relative development degree is defined for more than two systems.
 * `mean_of_others`: E_k = U_k / mean_{l≠k} U_l for each system k.
 */
export type RelativeRule = "ratio" | "mean_of_others";

export interface RelativeResult {
  /**
   * E_k per system (for two systems, one value E = U1/U2 at index 0 and its reciprocal at 1);
   * null where the denominator is 0 (see the declared rule).
   */
  ratios: (number | null)[];
  /** The index of the lagging system: the lowest U (first in order on a tie). */
  lagging: number;
  /** The ratio the grading reads: E = U1/U2 for two systems, E of the lagging system for more. */
  graded: number | null;
}

/**
 * Relative development degree of the systems' indices U_1..U_n (n ≥ 2) of one unit and year.
 *
 * - Two systems (`ratio`): E = U1 / U2 (Fan's relative development degree; E < 1: the first
 *   system lags, E > 1: the second lags). `ratios` = [U1/U2, U2/U1].
 * - More systems (`mean_of_others`): E_k = U_k / ((Σ_{l≠k} U_l)/(n − 1)); the lagging system is
 *   the one with the lowest U (which also has the lowest E_k); the graded ratio is its E.
 *
 * Declared rule for a zero denominator: U2 = 0 (two systems) or the others' mean = 0: E is
 * null (reported as such, never Infinity). For grading, a null E with a positive numerator is
 * +∞ (above every band: the denominator system lags), and 0/0 (both 0) grades as E = 1
 * (synchronous: neither is ahead); {@link gradingValue} gives that reading.
 *
 * Preconditions: n ≥ 2, every U finite and ≥ 0.
 */
export function relativeDevelopment(u: readonly number[]): RelativeResult {
  const n = u.length;
  if (n < 2 || u.some((x) => !(x >= 0 && Number.isFinite(x)))) {
    throw new RangeError(`relativeDevelopment: ${n} indices, need ≥ 2 finite ≥ 0`);
  }
  let lagging = 0;
  for (let k = 1; k < n; k++) if (u[k]! < u[lagging]!) lagging = k;
  const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
  if (n === 2) {
    const e = ratio(u[0]!, u[1]!);
    return { ratios: [e, ratio(u[1]!, u[0]!)], lagging, graded: e };
  }
  const total = u.reduce((s, x) => s + x, 0);
  const ratios = u.map((x) => ratio(x, (total - x) / (n - 1)));
  return { ratios, lagging, graded: ratios[lagging]! };
}

/**
 * The value a grading reads for a ratio E = a/b under the zero-denominator rule above: E itself,
 * +∞ when b = 0 < a, 1 when a = b = 0.
 */
export function gradingValue(e: number | null, numerator: number): number {
  if (e !== null) return e;
  return numerator > 0 ? Number.POSITIVE_INFINITY : 1;
}
