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
  // Column by column, a running compensated sum per observation: for each i the terms
  // w_j·y'_ij are added in the order j = 0, 1, … with exactly the operations of
  // `neumaierSum`, so S_i is bit-identical to neumaierSum over the row, but the columns are
  // read sequentially and nothing is allocated per observation.
  const out = new Float64Array(m);
  const comp = new Float64Array(m);
  for (let j = 0; j < k; j++) {
    const col = columns[j]!;
    const w = +weights[j]!;
    for (let i = 0; i < m; i++) {
      const v = w * col[i]!;
      const sum = out[i]!;
      const t = sum + v;
      if (Math.abs(sum) >= Math.abs(v)) comp[i] = comp[i]! + (sum - t + v);
      else comp[i] = comp[i]! + (v - t + sum);
      out[i] = t;
    }
  }
  for (let i = 0; i < m; i++) {
    const sum = out[i]!;
    if (Number.isFinite(sum)) out[i] = sum + comp[i]!;
  }
  return out;
}
