/**
 * First-order (main-effect) sensitivity of an output to one discrete choice, from a set of runs
 * in which each run took one alternative of every choice (docs/method.md "Variants and sensitivity", Saltelli et al.
 * 2008, eq. 1.21):
 *
 *   S_i = Var_{X_i}( E[Y | X_i] ) / Var(Y),
 *
 * estimated from the runs themselves: E[Y | X_i = a] is the mean output of the runs that took
 * alternative a, and the outer variance weights each alternative by its share of runs. Both
 * variances are population variances (divide by the count), so on a full factorial grid of an
 * additive model the shares of all choices sum to exactly 1 (up to rounding), and a choice with
 * no effect has share 0.
 *
 * Degenerate case (declared rule): when Y is the same in every run, Var(Y) = 0 and no choice
 * moves the output; every share is 0 (not NaN). The same holds if the variance underflows to 0.
 *
 * @param y output of each run
 * @param level the alternative (0-based) each run took for this choice
 * @param levels the number of alternatives of the choice
 */
export function firstOrderShare(
  y: ArrayLike<number>,
  level: ArrayLike<number>,
  levels: number,
): number {
  const { between, total } = varianceParts(y, level, levels);
  // Rounding can lift the ratio a hair above 1 when the choice explains everything.
  return total === 0 ? 0 : Math.min(1, between / total);
}

/**
 * The two variances of `firstOrderShare`: `between` = Var(E[Y | X_i]) and `total` = Var(Y),
 * both population variances; `total` is exactly 0 when every run gave the same Y. Callers that
 * pool shares over many outputs weight each by its `total`.
 */
export function varianceParts(
  y: ArrayLike<number>,
  level: ArrayLike<number>,
  levels: number,
): { between: number; total: number } {
  const n = y.length;
  if (level.length !== n) throw new RangeError("varianceParts: one level per run");
  if (n === 0) return { between: 0, total: 0 };
  let mean = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let r = 0; r < n; r++) {
    const v = y[r]!;
    mean += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // Tested on the values, not the variance: the mean of equal values can differ from them in
  // the last bit (0.4·3/3), which would leave a rounding-noise variance.
  if (min === max) return { between: 0, total: 0 };
  mean /= n;
  let total = 0;
  for (let r = 0; r < n; r++) total += (y[r]! - mean) ** 2;
  total /= n;
  if (total === 0) return { between: 0, total: 0 };
  const sums = new Float64Array(levels);
  const counts = new Float64Array(levels);
  for (let r = 0; r < n; r++) {
    const a = level[r]!;
    sums[a]! += y[r]!;
    counts[a]! += 1;
  }
  let between = 0;
  for (let a = 0; a < levels; a++) {
    const c = counts[a]!;
    if (c === 0) continue;
    between += c * (sums[a]! / c - mean) ** 2;
  }
  between /= n;
  return { between, total };
}
