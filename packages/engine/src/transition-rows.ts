/**
 * A Markov chain's transition matrix as the results JSON gives it: row i is P_ij = n_ij / n_i,
 * or all null when no transition out of state i was observed (n_i = 0). Such a probability is
 * undefined, not 0: the kernel keeps 0 there for its own use (the steady state's P̃ replaces
 * those rows by its declared rules), and the report ("-"), the CSV and the workbook (empty
 * cells) show it as the JSON does.
 */

/** Rows of the k × k row-major `matrix`, the rows of the `unobserved` states null. */
export function transitionRows(
  matrix: Float64Array,
  unobserved: readonly number[],
  k: number,
): (number | null)[][] {
  const none = new Set(unobserved);
  return Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => (none.has(i) ? null : matrix[i * k + j]!)),
  );
}
