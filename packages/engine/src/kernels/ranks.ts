/**
 * Ranks of units by a value, highest first (docs/method.md "Variants and sensitivity"): rank 1 is the largest
 * value. Ties take the mean of the ranks they span (fractional ranking, SciPy's
 * `rankdata(-x, method="average")`), so a tie between the 2nd and 3rd largest gives both 2.5.
 * Ties are compared exactly; values must be finite (the caller has already refused NaN).
 */
export function ranksDescending(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i);
  // Stable sort, largest first; the index breaks nothing since tied values share a rank.
  order.sort((a, b) => values[b]! - values[a]!);
  const ranks = new Float64Array(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && values[order[end]!] === values[order[start]!]) end++;
    // Positions start..end-1 hold equal values: ranks start+1..end, mean (start+1+end)/2.
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]!] = rank;
    start = end;
  }
  return ranks;
}
