import { type Correlation, isConstantColumn, pearson, spearman } from "./correlation.js";
import { checkColumns, sampleStdev } from "./dispersion-weights.js";
import { entropyWeights, equalWeights } from "./entropy.js";
import { neumaierSum } from "./sum.js";

/** CRITIC's contrast term: σ_j (Diakoulaki et al.) or 1 − E_j (the entropy variant). */
export type CriticDispersion = "stdev" | "entropy";

export interface CriticOptions {
  correlation: Correlation;
  dispersion: CriticDispersion;
}

export interface CriticResult {
  /** w_j = C_j / Σ C, each ≥ 0, summing to 1. */
  weights: Float64Array;
  /** The contrast term of column j: σ_j (sample) or 1 − E_j. */
  dispersion: Float64Array;
  /** r_jk, k × k row-major; 1 on the diagonal, 0 in a row or column of a constant column. */
  correlation: Float64Array;
  /** Σ_k (1 − r_jk) over the non-constant columns k. */
  conflict: Float64Array;
  /** C_j = dispersion_j · conflict_j, the information of column j. */
  information: Float64Array;
  /** Which columns are constant over the scope (weight 0 and left out of others' conflict). */
  constant: boolean[];
  /** True when Σ C = 0 and the weights fell back to 1/k. */
  degenerate: boolean;
}

/**
 * CRITIC weights (Diakoulaki, Mavrotas & Papayannakis 1995, "Determining objective weights in
 * multiple criteria problems: the CRITIC method", Computers & Operations Research 22(7)), on the
 * normalised values y'_ij of the observations in scope (k columns):
 *
 *   C_j = s_j · Σ_{k=1..n} (1 − r_jk),   w_j = C_j / Σ_k C_k,
 *
 * where s_j is the contrast term — σ_j, the sample standard deviation (`stdev`, the original),
 * or 1 − E_j with E_j the entropy of the entropy weight method (`entropy`, a common variant) —
 * and r_jk is Pearson's (`pearson`, the original) or Spearman's (`spearman`) correlation. The
 * term k = j contributes 1 − 1 = 0.
 *
 * Declared rules:
 * 1. A constant column (every value equal in scope) has no contrast (s_j = 0, so C_j = 0) and
 *    its correlations are 0/0: it is left out of the other columns' conflict sums (as if
 *    absent, so that a constant indicator does not shift the others' weights), its r entries are
 *    reported as 0, and `constant[j]` is true.
 * 2. Σ C = 0 (every column constant, m ≤ 1, or k = 1 where the conflict sum is 0) gives equal
 *    weights 1/k and `degenerate` true.
 *
 * Preconditions: equal column lengths, finite values; for `entropy`, values ≥ 0.
 */
export function criticWeights(
  columns: readonly Float64Array[],
  options: CriticOptions,
): CriticResult {
  const k = columns.length;
  checkColumns("criticWeights", columns);
  const constant = columns.map(isConstantColumn);
  const dispersion = new Float64Array(k);
  if (options.dispersion === "stdev") {
    for (let j = 0; j < k; j++) dispersion[j] = constant[j] ? 0 : sampleStdev(columns[j]!);
  } else {
    const { entropy } = entropyWeights(columns);
    for (let j = 0; j < k; j++) dispersion[j] = constant[j] ? 0 : 1 - entropy[j]!;
  }
  const corr = options.correlation === "pearson" ? pearson : spearman;
  const correlation = new Float64Array(k * k);
  for (let j = 0; j < k; j++) {
    correlation[j * k + j] = 1;
    for (let l = j + 1; l < k; l++) {
      const r = constant[j] || constant[l] ? 0 : corr(columns[j]!, columns[l]!);
      correlation[j * k + l] = r;
      correlation[l * k + j] = r;
    }
  }
  const conflict = new Float64Array(k);
  const information = new Float64Array(k);
  const terms = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    if (constant[j]) continue; // rule 1: C_j = 0
    for (let l = 0; l < k; l++) terms[l] = constant[l] ? 0 : 1 - correlation[j * k + l]!;
    conflict[j] = neumaierSum(terms);
    information[j] = dispersion[j]! * conflict[j]!;
  }
  const total = neumaierSum(information);
  if (!(total > 0)) {
    return {
      weights: equalWeights(k),
      dispersion,
      correlation,
      conflict,
      information,
      constant,
      degenerate: true,
    };
  }
  const weights = new Float64Array(k);
  for (let j = 0; j < k; j++) weights[j] = information[j]! / total;
  return { weights, dispersion, correlation, conflict, information, constant, degenerate: false };
}
