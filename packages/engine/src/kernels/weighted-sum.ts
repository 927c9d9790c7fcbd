import { neumaierSum } from "./sum.js";

/**
 * Composite index, paper eq. (3): S_i = Σ_j w_j y'_ij, the weighted sum of the shifted
 * normalised indicator values of observation i (column j holds indicator j, all columns have
 * the same length m). The Σ over j is compensated ({@link neumaierSum}).
 *
 * With w ≥ 0 summing to 1 and y' ∈ [s, 1 + s] (eq. 2), S_i ∈ [s, 1 + s]: note that an index can
 * exceed 1 by the shift.
 *
 * Preconditions (a violation throws a RangeError): one weight per column; equal column
 * lengths. With no columns the result is empty.
 */
export function weightedSum(
  columns: readonly Float64Array[],
  weights: ArrayLike<number>,
): Float64Array {
  const k = columns.length;
  if (weights.length !== k) {
    throw new RangeError(`weightedSum: ${weights.length} weights for ${k} columns`);
  }
  const m = k === 0 ? 0 : columns[0]!.length;
  for (let j = 0; j < k; j++) {
    if (columns[j]!.length !== m) {
      throw new RangeError(`weightedSum: column ${j} has ${columns[j]!.length} values, not ${m}`);
    }
  }
  const out = new Float64Array(m);
  const terms = new Float64Array(k);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < k; j++) terms[j] = weights[j]! * columns[j]![i]!;
    out[i] = neumaierSum(terms);
  }
  return out;
}
