/**
 * Compensated summation (Neumaier's improvement of Kahan's algorithm, a.k.a. Kahan–Babuška
 * summation; A. Neumaier 1974, "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher
 * Summen", ZAMM 54:39–51).
 *
 * Every Σ in the method (docs/method.md §3: the column sums and Σ p ln p of the entropy weights,
 * eq. (3) S = Σ w y', eq. (6) T = Σ β S) goes through this, so that results barely depend on the
 * order of the observations. The error is at most about u·|Σx| + O(n²u²)·Σ|x| (u = 2⁻⁵³),
 * against (n−1)·u·Σ|x| for a plain loop.
 *
 * Sums `x[start] + … + x[end − 1]`; `start` defaults to 0 and `end` to `x.length` (both are
 * clamped to the array). An empty range sums to 0. If the plain running sum is not finite (an
 * infinite or NaN term, or overflow) that plain sum is returned (the compensation term would
 * turn ±∞ into NaN).
 */
export function neumaierSum(x: ArrayLike<number>, start = 0, end: number = x.length): number {
  const lo = Math.max(0, start);
  const hi = Math.min(end, x.length);
  let sum = 0;
  let c = 0;
  for (let i = lo; i < hi; i++) {
    const v = x[i]!;
    const t = sum + v;
    // The rounding error of `sum + v` is recovered exactly from the larger operand.
    if (Math.abs(sum) >= Math.abs(v)) c += sum - t + v;
    else c += v - t + sum;
    sum = t;
  }
  return Number.isFinite(sum) ? sum + c : sum;
}
