/**
 * The smallest and largest of a list of numbers without spreading it into a call's arguments:
 * `Math.max(...xs)` throws a RangeError past about 100,000 numbers (a study's units or
 * regions), where a loop does not.
 */

/** The largest of `xs` (-Infinity when empty, like Math.max()); NaN if any is NaN. */
export function maxOf(xs: ArrayLike<number>): number {
  let m = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    if (Number.isNaN(x)) return Number.NaN;
    if (x > m) m = x;
  }
  return m;
}

/** The smallest of `xs` (Infinity when empty, like Math.min()); NaN if any is NaN. */
export function minOf(xs: ArrayLike<number>): number {
  let m = Number.POSITIVE_INFINITY;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    if (Number.isNaN(x)) return Number.NaN;
    if (x < m) m = x;
  }
  return m;
}
