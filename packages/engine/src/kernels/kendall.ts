/**
 * Kendall's rank correlation τ-b between two paired samples (Kendall 1945; the variant SciPy's
 * `kendalltau` computes by default), docs/method.md "Variants and sensitivity":
 *
 *   τ_b = (n_c − n_d) / sqrt((n_0 − n_1)(n_0 − n_2)),
 *
 * n_c and n_d the concordant and discordant pairs, n_0 = n(n−1)/2, n_1 and n_2 the pairs tied in
 * the first and in the second sample. O(n²): ccdc ranks at most a few thousand units.
 *
 * Degenerate case (declared rule): when either sample is constant the denominator is 0 and τ_b
 * is undefined; this returns null, never NaN. Fewer than two pairs also gives null.
 */
export function kendallTauB(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const n = x.length;
  if (y.length !== n) throw new RangeError(`kendallTauB: ${n} values paired with ${y.length}`);
  let concordant = 0;
  let discordant = 0;
  let tiedX = 0;
  let tiedY = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign(x[i]! - x[j]!);
      const dy = Math.sign(y[i]! - y[j]!);
      if (dx === 0) tiedX++;
      if (dy === 0) tiedY++;
      if (dx !== 0 && dy !== 0) {
        if (dx === dy) concordant++;
        else discordant++;
      }
    }
  }
  const n0 = (n * (n - 1)) / 2;
  const denominator = Math.sqrt((n0 - tiedX) * (n0 - tiedY));
  if (denominator === 0) return null;
  return (concordant - discordant) / denominator;
}
