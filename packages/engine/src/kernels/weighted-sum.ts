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
  // Block by block of observations, a running compensated sum per observation: for each i
  // the terms w_j·y'_ij are added in the order j = 0, 1, … with exactly the operations of
  // `neumaierSum`, so S_i is bit-identical to neumaierSum over the row; but the columns are
  // read sequentially (two at a time, which halves the loads and stores of the running
  // sums), the running sums of a block stay in the cache, and nothing is allocated per
  // observation.
  const out = new Float64Array(m);
  const block = Math.min(m, 2048);
  const sums = new Float64Array(block);
  const comp = new Float64Array(block);
  for (let lo = 0; lo < m; lo += block) {
    const len = Math.min(block, m - lo);
    sums.fill(0);
    comp.fill(0);
    let j = 0;
    for (; j + 1 < k; j += 2) {
      const a = columns[j]!;
      const b = columns[j + 1]!;
      const wa = +weights[j]!;
      const wb = +weights[j + 1]!;
      for (let r = 0; r < len; r++) {
        let sum = sums[r]!;
        let c = comp[r]!;
        let v = wa * a[lo + r]!;
        let t = sum + v;
        if (Math.abs(sum) >= Math.abs(v)) c += sum - t + v;
        else c += v - t + sum;
        sum = t;
        v = wb * b[lo + r]!;
        t = sum + v;
        if (Math.abs(sum) >= Math.abs(v)) c += sum - t + v;
        else c += v - t + sum;
        sums[r] = t;
        comp[r] = c;
      }
    }
    if (j < k) {
      const a = columns[j]!;
      const wa = +weights[j]!;
      for (let r = 0; r < len; r++) {
        const sum = sums[r]!;
        const v = wa * a[lo + r]!;
        const t = sum + v;
        if (Math.abs(sum) >= Math.abs(v)) comp[r] = comp[r]! + (sum - t + v);
        else comp[r] = comp[r]! + (v - t + sum);
        sums[r] = t;
      }
    }
    for (let b = 0; b < len; b++) {
      const sum = sums[b]!;
      out[lo + b] = Number.isFinite(sum) ? sum + comp[b]! : sum;
    }
  }
  return out;
}
