import { neumaierSum } from "./sum.js";

export interface ObstacleResult {
  /** O_j = F_j I_j / Σ_k F_k I_k, each in [0, 1], summing to 1 (or all 0 at the ideal). */
  obstacle: Float64Array;
  /** I_j = 1 − x'_j, the deviation from the ideal. */
  deviation: Float64Array;
  /** True when Σ F I = 0 (every weighted indicator at its ideal): every O_j is 0. */
  atIdeal: boolean;
}

/**
 * Obstacle degree of one observation (unit and year) — the "obstacle degree model" of the CCD
 * literature (factor contribution × index deviation):
 *
 *   F_j = the indicator's overall weight (the product of the weights on its path to the root);
 *   I_j = 1 − x'_j, with x'_j ∈ [0, 1] the UNSHIFTED min-max value (the normalised value minus
 *         the shift s; 1 − y' would be −s at the best observation);
 *   O_j = F_j I_j / Σ_k F_k I_k.
 *
 * A system's obstacle is the sum of its indicators' O_j (the caller sums).
 *
 * Declared rule: Σ F I = 0 (every indicator with a positive weight is at the best value in
 * scope) leaves nothing to obstruct: every O_j is 0 and `atIdeal` is true; the shares then sum
 * to 0, not 1, and the report says so.
 *
 * Preconditions: equal lengths; F_j ≥ 0; x'_j ∈ [0, 1] (values a rounding past are clamped).
 */
export function obstacleDegree(
  overallWeights: Float64Array,
  normalised: Float64Array,
): ObstacleResult {
  const k = overallWeights.length;
  if (normalised.length !== k) throw new RangeError("obstacleDegree: one value per weight");
  const deviation = new Float64Array(k);
  const contribution = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const f = overallWeights[j]!;
    const x = normalised[j]!;
    if (!(f >= 0 && Number.isFinite(f)) || !Number.isFinite(x)) {
      throw new RangeError(`obstacleDegree: F ${f}, x' ${x}`);
    }
    deviation[j] = 1 - Math.min(1, Math.max(0, x));
    contribution[j] = f * deviation[j]!;
  }
  const total = neumaierSum(contribution);
  const obstacle = new Float64Array(k);
  if (!(total > 0)) return { obstacle, deviation, atIdeal: true };
  for (let j = 0; j < k; j++) obstacle[j] = contribution[j]! / total;
  return { obstacle, deviation, atIdeal: false };
}
