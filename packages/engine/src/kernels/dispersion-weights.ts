import { equalWeights } from "./entropy.js";
import { neumaierSum } from "./sum.js";

/**
 * Sample standard deviation (divisor m − 1) of a column, with a compensated mean and sum of
 * squares. m ≤ 1 gives 0 (one observation has no spread). The weights built on σ below do not
 * depend on the divisor (it cancels in σ_j / Σ σ), but the reported σ_j does: it is the sample
 * σ, as R's `sd` and numpy's `std(ddof=1)`.
 */
export function sampleStdev(x: Float64Array): number {
  const m = x.length;
  if (m <= 1) return 0;
  const mean = neumaierSum(x) / m;
  const squares = new Float64Array(m);
  for (let i = 0; i < m; i++) squares[i] = (x[i]! - mean) ** 2;
  return Math.sqrt(neumaierSum(squares) / (m - 1));
}

export interface StdevWeightsResult {
  /** w_j = σ_j / Σ σ, each ≥ 0, summing to 1. */
  weights: Float64Array;
  /** σ_j, the sample standard deviation of column j. */
  sigma: Float64Array;
  /** True when Σ σ = 0 (every column constant) and the weights fell back to 1/k. */
  degenerate: boolean;
}

/**
 * Standard-deviation weights ("mean square deviation" method): on the normalised values y'_ij
 * of the observations in scope,
 *
 *   w_j = σ_j / Σ_k σ_k.
 *
 * Degenerate rule: Σ σ = 0 (every column constant, or m ≤ 1) gives equal weights 1/k and
 * `degenerate` true, as the entropy method's rule 5. Preconditions: equal column lengths,
 * finite values (a violation throws a RangeError: a bug in the caller).
 */
export function stdevWeights(columns: readonly Float64Array[]): StdevWeightsResult {
  const k = columns.length;
  checkColumns("stdevWeights", columns);
  const sigma = new Float64Array(k);
  for (let j = 0; j < k; j++) sigma[j] = sampleStdev(columns[j]!);
  const total = neumaierSum(sigma);
  if (!(total > 0)) return { weights: equalWeights(k), sigma, degenerate: true };
  const weights = new Float64Array(k);
  for (let j = 0; j < k; j++) weights[j] = sigma[j]! / total;
  return { weights, sigma, degenerate: false };
}

export interface CvWeightsResult {
  /** w_j = v_j / Σ v, each ≥ 0, summing to 1. */
  weights: Float64Array;
  /** σ_j, the sample standard deviation of raw column j. */
  sigma: Float64Array;
  /** The mean of raw column j (> 0). */
  mean: Float64Array;
  /** v_j = σ_j / mean_j, the coefficient of variation. */
  cv: Float64Array;
  /** True when Σ v = 0 (every column constant) and the weights fell back to 1/k. */
  degenerate: boolean;
}

/** Why a raw column cannot take coefficient-of-variation weights. */
export type CvColumnProblem =
  | { kind: "negative"; column: number; row: number; value: number }
  | { kind: "zero_mean"; column: number };

/**
 * The first reason the raw columns cannot take CV weights, or undefined: a negative value
 * (the first, by column then row), or a column whose mean is 0 (all zeros). The caller turns it
 * into a data error naming the indicator and cell.
 */
export function cvColumnProblem(columns: readonly Float64Array[]): CvColumnProblem | undefined {
  for (let j = 0; j < columns.length; j++) {
    const x = columns[j]!;
    for (let i = 0; i < x.length; i++) {
      if (x[i]! < 0) return { kind: "negative", column: j, row: i, value: x[i]! };
    }
    if (!(neumaierSum(x) > 0)) return { kind: "zero_mean", column: j };
  }
  return undefined;
}

/**
 * Coefficient-of-variation weights, on the RAW values x_ij (≥ 0, mean > 0) of the observations
 * in scope, not the normalised ones (min-max would make every mean depend on the range only):
 *
 *   v_j = σ_j / x̄_j,   w_j = v_j / Σ_k v_k.
 *
 * v_j is scale invariant (x → c·x leaves it unchanged), so indicators in different units
 * compare. Degenerate rule: Σ v = 0 (every column constant) gives equal weights and
 * `degenerate` true. Precondition: {@link cvColumnProblem} returns undefined (a violation
 * throws a RangeError: the caller must report a data error first).
 */
export function cvWeights(columns: readonly Float64Array[]): CvWeightsResult {
  const k = columns.length;
  checkColumns("cvWeights", columns);
  const problem = cvColumnProblem(columns);
  if (problem) throw new RangeError(`cvWeights: column ${problem.column}: ${problem.kind}`);
  const sigma = new Float64Array(k);
  const mean = new Float64Array(k);
  const cv = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const x = columns[j]!;
    sigma[j] = sampleStdev(x);
    mean[j] = neumaierSum(x) / x.length;
    cv[j] = sigma[j]! / mean[j]!;
  }
  const total = neumaierSum(cv);
  if (!(total > 0)) return { weights: equalWeights(k), sigma, mean, cv, degenerate: true };
  const weights = new Float64Array(k);
  for (let j = 0; j < k; j++) weights[j] = cv[j]! / total;
  return { weights, sigma, mean, cv, degenerate: false };
}

/** Equal lengths and finite values, or a RangeError naming the kernel. */
export function checkColumns(kernel: string, columns: readonly Float64Array[]): void {
  const m = columns.length === 0 ? 0 : columns[0]!.length;
  for (let j = 0; j < columns.length; j++) {
    const x = columns[j]!;
    if (x.length !== m) {
      throw new RangeError(`${kernel}: column ${j} has ${x.length} values, column 0 has ${m}`);
    }
    for (let i = 0; i < m; i++) {
      if (!Number.isFinite(x[i]!)) {
        throw new RangeError(`${kernel}: column ${j} row ${i} is ${x[i]}, expected finite`);
      }
    }
  }
}
