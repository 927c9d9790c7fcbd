import { type ColumnTotals, WARM_UP_CALLS } from "./normalize.js";
import { neumaierSum } from "./sum.js";

export interface EntropyResult {
  /** w_j, one per column, each ≥ 0, summing to 1 (up to rounding). */
  weights: Float64Array;
  /** e_j, one per column, each in [0, 1]. */
  entropy: Float64Array;
  /** True when no column carries information (Σ d = 0) and the weights fell back to 1/k. */
  degenerate: boolean;
}

/**
 * Entropy weight method (docs/method.md §3, between the paper's eq. (2) and eq. (3)). Column j holds
 * one indicator's shifted normalised values y'_ij ≥ 0 (eq. 2) over the m observations in
 * scope; all columns have the same length m. With k columns:
 *
 *   p_ij = y'_ij / Σ_i y'_ij
 *   e_j  = −(1 / ln m) Σ_i p_ij ln p_ij      (0 · ln 0 := 0)
 *   d_j  = 1 − e_j
 *   w_j  = d_j / Σ_k d_k
 *
 * Every Σ is a compensated sum ({@link neumaierSum}), so the result barely depends on the
 * order of the observations.
 *
 * Degenerate rules:
 * 1. m ≤ 1: e_j = 1 for every column (ln 1 = 0 would divide by zero; one observation carries
 *    no information about spread).
 * 2. A column summing to 0 (all zeros): e_j = 1 (no information; p would be 0/0).
 * 3. A constant column (all values equal): e_j = 1 exactly. Mathematically p_ij = 1/m and
 *    e_j = 1, but in floating point the formula can give 1 ± 2e-16 (for instance ten values of
 *    0.0001 give 0.9999999999999998), and a d_j of 2e-16 would be spurious information — the
 *    decisive case when every column is constant. Rule 2 is the special case of value 0.
 * 4. e_j is clamped to [0, 1] (so d_j ≥ 0): rounding can give e_j = 1 + 2e-16 for a nearly
 *    constant column.
 * 5. Σ d = 0 (every column falls under rules 1–4 or is otherwise uninformative): the weights
 *    are equal, 1/k each, and `degenerate` is true. With k = 0 the arrays are empty and
 *    `degenerate` is true.
 *
 * Conditioning: each d_j carries an absolute rounding error of a few 1e-16, so when Σ d itself
 * is near that size (every column nearly constant) the weights are ratios of rounding noise.
 * On min-max normalised input this does not arise: a non-constant column spans [s, 1 + s].
 *
 * Preconditions (a violation is a bug in the caller, reported by throwing a RangeError): all
 * columns have the same length; every value is finite and ≥ 0.
 *
 * `totals` (optional, one per column, each optional): each column's Σ y and uniformity as
 * {@link minMaxSummed} computed them while writing the column; the first pass over the column
 * (the check, the uniformity test and Σ y) is then skipped, with the same result. The caller
 * promises values finite and ≥ 0 (min-max output with a finite shift ≥ 0).
 */
export function entropyWeights(
  columns: readonly Float64Array[],
  totals?: readonly (ColumnTotals | undefined)[],
): EntropyResult {
  const k = columns.length;
  const m = k === 0 ? 0 : columns[0]!.length;
  const entropy = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const y = columns[j]!;
    if (y.length !== m) {
      throw new RangeError(`entropyWeights: column ${j} has ${y.length} values, column 0 has ${m}`);
    }
    entropy[j] = columnEntropy(y, totals?.[j], j);
  }
  return entropyWeightsFrom(entropy);
}

/**
 * e_j of one column (rules 1–4 above): −(1 / ln m) Σ_i p_ij ln p_ij over its m values,
 * clamped to [0, 1]. Depends on column j alone, so the columns of one weighting can be taken
 * in any order or on any thread with the same result. `given`: the column's totals as
 * {@link minMaxSummed} computed them (else one pass takes them, checking the values; `j`
 * names the column in that check's RangeError).
 */
export function columnEntropy(y: Float64Array, given?: ColumnTotals, j = 0): number {
  const m = y.length;
  const { sum: total, uniform: constant } = given ?? columnTotals(y, j);
  if (m <= 1 || constant || !(total > 0)) return 1; // rules 1–3
  const plnp = sumPLogP(y, total);
  return Math.min(1, Math.max(0, -plnp / Math.log(m))); // rule 4
}

/**
 * Σ p ln p over the column, p = y_i / total (0 · ln 0 := 0), compensated, term by term in
 * order (neumaierSum's operations over the terms). The loop is a function of its own so that
 * V8 optimises it whole while it runs (see normalize.ts).
 */
function sumPLogP(y: Float64Array, total: number): number {
  let sum = 0;
  let c = 0;
  for (let i = 0; i < y.length; i++) {
    const p = y[i]! / total;
    const v = p > 0 ? p * Math.log(p) : 0;
    const t = sum + v;
    if (Math.abs(sum) >= Math.abs(v)) c += sum - t + v;
    else c += v - t + sum;
    sum = t;
  }
  return Number.isFinite(sum) ? sum + c : sum;
}

/** The weights w_j = d_j / Σ d from the columns' e_j (d_j = 1 − e_j; rule 5 above). */
export function entropyWeightsFrom(entropy: Float64Array): EntropyResult {
  const k = entropy.length;
  const information = new Float64Array(k);
  for (let j = 0; j < k; j++) information[j] = 1 - entropy[j]!;
  const totalInformation = neumaierSum(information);
  if (!(totalInformation > 0)) {
    return { weights: equalWeights(k), entropy, degenerate: true }; // rule 5
  }
  const weights = new Float64Array(k);
  for (let j = 0; j < k; j++) weights[j] = information[j]! / totalInformation;
  return { weights, entropy, degenerate: false };
}

/**
 * One pass over column j: checks the values, detects a constant column and takes Σ y
 * (compensated, the operations of `neumaierSum`).
 */
function columnTotals(y: Float64Array, j: number): ColumnTotals {
  const m = y.length;
  const first = m > 0 ? y[0]! : 0;
  let uniform = true;
  let total = 0;
  let totalC = 0;
  for (let i = 0; i < m; i++) {
    const v = y[i]!;
    if (!(v >= 0 && v < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`entropyWeights: column ${j} row ${i} is ${v}, expected finite ≥ 0`);
    }
    if (v !== first) uniform = false;
    const t = total + v;
    if (Math.abs(total) >= Math.abs(v)) totalC += total - t + v;
    else totalC += v - t + total;
    total = t;
  }
  return { sum: Number.isFinite(total) ? total + totalC : total, uniform };
}

/** k equal weights 1/k (the fallback of rule 5 above, and the "equal" weighting). */
export function equalWeights(k: number): Float64Array {
  return new Float64Array(k).fill(1 / k);
}

// Type feedback for every line before a first long column (see the end of normalize.ts).
for (let i = 0; i < WARM_UP_CALLS; i++) {
  columnEntropy(Float64Array.of(1, 2, 0));
  columnEntropy(Float64Array.of(1, 2, 3), { sum: 6, uniform: false });
}
