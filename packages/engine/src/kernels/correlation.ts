import { neumaierSum } from "./sum.js";

/** Which correlation coefficient CRITIC's conflict term uses. */
export type Correlation = "pearson" | "spearman";

/**
 * Pearson's product-moment correlation of two equal-length columns,
 *
 *   r = Σ (x − x̄)(y − ȳ) / √(Σ (x − x̄)² · Σ (y − ȳ)²),
 *
 * with compensated sums, clamped to [−1, 1] against rounding. A constant column makes r 0/0:
 * the caller decides (see {@link isConstantColumn}); this returns 0 then, never NaN.
 */
export function pearson(x: Float64Array, y: Float64Array): number {
  const m = x.length;
  if (m === 0) return 0;
  const mx = neumaierSum(x) / m;
  const my = neumaierSum(y) / m;
  const xy = new Float64Array(m);
  const xx = new Float64Array(m);
  const yy = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    xy[i] = dx * dy;
    xx[i] = dx * dx;
    yy[i] = dy * dy;
  }
  // √(a·b) rounds once (so r = ±1 comes out exactly for exactly linear columns); the product
  // of roots only where a·b would overflow.
  const a = neumaierSum(xx);
  const b = neumaierSum(yy);
  const den = Number.isFinite(a * b) ? Math.sqrt(a * b) : Math.sqrt(a) * Math.sqrt(b);
  if (!(den > 0)) return 0;
  return Math.min(1, Math.max(-1, neumaierSum(xy) / den));
}

/**
 * Ranks 1..m of a column, ties given the mean of the ranks they span ("average" ties, as R's
 * `rank` and SciPy's `rankdata` default).
 */
export function averageRanks(x: Float64Array): Float64Array {
  const m = x.length;
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => x[a]! - x[b]! || a - b);
  const ranks = new Float64Array(m);
  let i = 0;
  while (i < m) {
    let j = i;
    while (j + 1 < m && x[order[j + 1]!] === x[order[i]!]) j++;
    const rank = (i + j) / 2 + 1; // positions i..j hold ranks i+1..j+1
    for (let t = i; t <= j; t++) ranks[order[t]!] = rank;
    i = j + 1;
  }
  return ranks;
}

/** Spearman's rank correlation: Pearson's r of the average ranks. */
export function spearman(x: Float64Array, y: Float64Array): number {
  return pearson(averageRanks(x), averageRanks(y));
}

/** True when every value of the column is the same (no spread: every correlation is 0/0). */
export function isConstantColumn(x: Float64Array): boolean {
  for (let i = 1; i < x.length; i++) if (x[i] !== x[0]) return false;
  return true;
}
