/**
 * The p-quantile of a sample by linear interpolation between order statistics: Hyndman & Fan's
 * type 7, the default of R's `quantile` and NumPy's `percentile` (docs/method.md "Variants and sensitivity"):
 *
 *   h = (n − 1)·p,  Q(p) = x_(⌊h⌋) + (h − ⌊h⌋)(x_(⌊h⌋+1) − x_(⌊h⌋)),
 *
 * with x_(k) the k-th smallest value counted from 0. `sorted` must be sorted ascending and
 * non-empty; p in [0, 1].
 */
export function quantileType7(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError("quantileType7: empty sample");
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantileType7: p = ${p} is outside [0, 1]`);
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  // a + (h − lo)(b − a), written so that equal neighbours give exactly a.
  return a === b ? a : a + (h - lo) * (b - a);
}

/** The sample's median (type 7 quantile at 0.5). */
export function median(sorted: ArrayLike<number>): number {
  return quantileType7(sorted, 0.5);
}
