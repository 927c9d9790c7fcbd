import { checkColumns } from "./dispersion-weights.js";
import { neumaierSum } from "./sum.js";

export interface TopsisResult {
  /** Closeness C_i = D−_i / (D+_i + D−_i) ∈ [0, 1], one per observation. */
  closeness: Float64Array;
  /** D+_i, the distance to the positive ideal point. */
  dPlus: Float64Array;
  /** D−_i, the distance to the negative ideal point. */
  dMinus: Float64Array;
  /** V+_j = max_i w_j y_ij, the positive ideal point. */
  idealPlus: Float64Array;
  /** V−_j = min_i w_j y_ij, the negative ideal point. */
  idealMinus: Float64Array;
  /** Observations where D+ + D− = 0 (C = 0.5 by the declared rule). */
  tied: number;
}

/**
 * TOPSIS closeness (Hwang & Yoon 1981) over the observations in one scope (the whole panel when
 * pooled, one year's when per year). Column j holds the normalised values y_ij of one child,
 * already oriented so that more is better (min-max with direction), with weight w_j:
 *
 *   v_ij = w_j · y_ij;   V+_j = max_i v_ij;   V−_j = min_i v_ij;
 *   D+_i = √(Σ_j (v_ij − V+_j)²);   D−_i = √(Σ_j (v_ij − V−_j)²);
 *   C_i  = D−_i / (D+_i + D−_i).
 *
 * A shift s added to every y cancels in both distances, so C does not depend on it.
 *
 * Declared rule: D+_i + D−_i = 0 means observation i sits on both ideal points in every
 * weighted column, which happens only when every weighted column is constant in scope; every
 * observation is then alike and C_i = 0.5 (the midpoint), counted in `tied`.
 */
export function topsisCloseness(
  columns: readonly Float64Array[],
  weights: Float64Array,
): TopsisResult {
  const k = columns.length;
  checkColumns("topsisCloseness", columns);
  if (weights.length !== k) throw new RangeError("topsisCloseness: one weight per column");
  const m = k === 0 ? 0 : columns[0]!.length;
  const idealPlus = new Float64Array(k).fill(Number.NEGATIVE_INFINITY);
  const idealMinus = new Float64Array(k).fill(Number.POSITIVE_INFINITY);
  for (let j = 0; j < k; j++) {
    const y = columns[j]!;
    for (let i = 0; i < m; i++) {
      const v = weights[j]! * y[i]!;
      if (v > idealPlus[j]!) idealPlus[j] = v;
      if (v < idealMinus[j]!) idealMinus[j] = v;
    }
    if (m === 0) idealPlus[j] = idealMinus[j] = 0;
  }
  const closeness = new Float64Array(m);
  const dPlus = new Float64Array(m);
  const dMinus = new Float64Array(m);
  const plus = new Float64Array(k);
  const minus = new Float64Array(k);
  let tied = 0;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < k; j++) {
      const v = weights[j]! * columns[j]![i]!;
      plus[j] = (v - idealPlus[j]!) ** 2;
      minus[j] = (v - idealMinus[j]!) ** 2;
    }
    const dp = Math.sqrt(neumaierSum(plus));
    const dm = Math.sqrt(neumaierSum(minus));
    dPlus[i] = dp;
    dMinus[i] = dm;
    if (dp + dm > 0) closeness[i] = dm / (dp + dm);
    else {
      closeness[i] = 0.5;
      tied++;
    }
  }
  return { closeness, dPlus, dMinus, idealPlus, idealMinus, tied };
}
