/**
 * Comprehensive coordination index, paper eq. (6): T = Σ_k β_k S_k, with one weight β_k per
 * system (compensated sum, as `neumaierSum`). For S_k ∈ [0, 1] and β ≥ 0 summing to 1, T ∈ [0, 1].
 *
 * Precondition (a violation throws a RangeError): `s` and `beta` have the same length.
 */
export function coordinationIndex(s: ArrayLike<number>, beta: ArrayLike<number>): number {
  const n = s.length;
  if (beta.length !== n) {
    throw new RangeError(`coordinationIndex: ${beta.length} weights for ${n} systems`);
  }
  // neumaierSum over the terms β_k·S_k, inlined (same operations, no allocation).
  let sum = 0;
  let c = 0;
  for (let k = 0; k < n; k++) {
    const v = beta[k]! * s[k]!;
    const t = sum + v;
    if (Math.abs(sum) >= Math.abs(v)) c += sum - t + v;
    else c += v - t + sum;
    sum = t;
  }
  return Number.isFinite(sum) ? sum + c : sum;
}

/** The default weights of eq. (6): β_k = 1/n for each of the n systems. */
export function equalBeta(n: number): Float64Array {
  return new Float64Array(n).fill(1 / n);
}

/** Products C·T above −1e-12 but below 0 are rounding and read as 0. */
const ROUNDING_SLACK = 1e-12;

/**
 * Coupling coordination degree, paper eq. (5): D = √(C · T).
 *
 * Degenerate: a product C·T in [−1e-12, 0) is rounding and gives D = 0 (C or T of 0 gives 0).
 * A clearly negative product, or NaN, means a bug upstream (C and T are never negative) and
 * throws a RangeError.
 */
export function couplingCoordination(c: number, t: number): number {
  const product = c * t;
  if (product >= 0) return Math.sqrt(product);
  if (product >= -ROUNDING_SLACK) return 0;
  throw new RangeError(`couplingCoordination: C·T = ${c}·${t} is negative or NaN`);
}
