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
 *
 * `out`, `from`, `to` (optional): write S_i for i in [from, to) only, into `out` (of the
 * columns' length; by default a new array). Each S_i depends on row i alone, so ranges of rows
 * can be computed apart (on worker threads) with the same result.
 */
export function weightedSum(
  columns: readonly Float64Array[],
  weights: ArrayLike<number>,
  out?: Float64Array,
  from = 0,
  to?: number,
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
  const result = out ?? new Float64Array(m);
  const end = Math.min(to ?? m, m);
  const block = Math.max(0, Math.min(end - from, 2048));
  const sums = new Float64Array(block);
  const comp = new Float64Array(block);
  for (let lo = from; lo < end; lo += block) {
    const len = Math.min(block, end - lo);
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
      result[lo + b] = Number.isFinite(sum) ? sum + comp[b]! : sum;
    }
  }
  return result;
}

/**
 * Eq. (3) with weights that differ by year (per-year entropy weights): on unit-major columns
 * (observation i = u · years + y), S_i = Σ_j w_{y,j} y'_ij with w_y = `byYear[i % years]`,
 * for i in [from, to), written into `out`. The operations on each observation are those of
 * {@link weightedSum} (terms in the order j = 0, 1, …, compensated as `neumaierSum`), so S_i is
 * bit-identical to weightedSum over that year's slice of the columns with that year's
 * weights, without gathering and scattering the slices.
 */
export function weightedSumByYear(
  columns: readonly Float64Array[],
  byYear: readonly ArrayLike<number>[],
  years: number,
  out: Float64Array,
  from = 0,
  to: number = out.length,
): Float64Array {
  const k = columns.length;
  for (const w of byYear) {
    if (w.length !== k)
      throw new RangeError(`weightedSumByYear: ${w.length} weights for ${k} columns`);
  }
  for (let j = 0; j < k; j++) {
    if (columns[j]!.length !== out.length) {
      throw new RangeError(
        `weightedSumByYear: column ${j} has ${columns[j]!.length} values, not ${out.length}`,
      );
    }
  }
  for (let i = from; i < to; i++) {
    const w = byYear[i % years]!;
    let sum = 0;
    let c = 0;
    for (let j = 0; j < k; j++) {
      const v = +w[j]! * columns[j]![i]!;
      const t = sum + v;
      if (Math.abs(sum) >= Math.abs(v)) c += sum - t + v;
      else c += v - t + sum;
      sum = t;
    }
    out[i] = Number.isFinite(sum) ? sum + c : sum;
  }
  return out;
}
