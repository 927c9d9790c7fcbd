/** Indicator direction: "+" benefit (more is better), "-" cost (less is better). */
export type Direction = "+" | "-";

export interface MinMaxResult {
  /** The shifted normalised values y' = x' + shift, each in [shift, 1 + shift]. */
  values: Float64Array;
  /**
   * True when the column is constant by `CONSTANT_SPREAD` (max = min, a single observation or
   * none included): every value is the shift.
   */
  constant: boolean;
}

/**
 * A column is constant when max − min ≤ CONSTANT_SPREAD · max(|max|, |min|): a spread of
 * rounding noise (a rate equal in every region, averaged to clusters by a weighted mean, can
 * come out as 0.1 and 0.10000000000000002) is not information. 1e-12 is some 4,500 ulps,
 * ample for the rounding of a sum or mean, and far below any real spread.
 */
export const CONSTANT_SPREAD = 1e-12;

/**
 * Min-max ("polar deviation") normalisation with a shift, paper eq. (1)–(2):
 *
 * - eq. (1), benefit ("+"): x'ᵢ = (xᵢ − min)/(max − min); cost ("-"): x'ᵢ = (max − xᵢ)/(max − min);
 * - eq. (2), shift: y'ᵢ = x'ᵢ + shift (the paper's shift is 0.0001; docs/method.md §2).
 *
 * min and max are taken over all of `x`: the caller passes the observations in scope (the
 * whole panel when pooled, one year's when per year).
 *
 * Degenerate: a constant column — max = min (a constant indicator, a single observation, or
 * an empty array), where eq. (1) is 0/0, or a spread within rounding of it, max − min ≤
 * 1e-12 · max(|max|, |min|) (`CONSTANT_SPREAD`), where eq. (1) would stretch rounding noise
 * over [0, 1] — gives 0 + shift for every value, and `constant` is true. Whether that is an
 * error is the caller's decision.
 *
 * Preconditions: `x` holds finite numbers, no NaN (the caller fills or rejects missing cells
 * first). If max − min overflows (values near ±1.8e308) the computation runs on halved values,
 * which gives the same ratio. The result lies in [shift, 1 + shift] exactly: x − min ≤ max − min
 * survives rounding (subtraction and division round monotonically), so x' ∈ [0, 1].
 * `values` (optional, x's length): where to write the result; by default a new array.
 */
export function minMax(
  x: Float64Array,
  direction: Direction,
  shift: number,
  values: Float64Array = new Float64Array(x.length),
): MinMaxResult {
  const n = x.length;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (n === 0 || max - min <= CONSTANT_SPREAD * Math.max(Math.abs(max), Math.abs(min))) {
    values.fill(0 + shift);
    return { values, constant: true };
  }
  // Halving scales numerator and denominator alike; it is exact except for subnormals, whose
  // lost bit is nothing against a range this large.
  const h = Number.isFinite(max - min) ? 1 : 0.5;
  const lo = min * h;
  const hi = max * h;
  const range = hi - lo;
  if (h === 1) {
    // x · 1 = x exactly: the same values without the multiplication.
    if (direction === "+") for (let i = 0; i < n; i++) values[i] = (x[i]! - lo) / range + shift;
    else for (let i = 0; i < n; i++) values[i] = (hi - x[i]!) / range + shift;
  } else if (direction === "+") {
    for (let i = 0; i < n; i++) values[i] = (x[i]! * h - lo) / range + shift;
  } else {
    for (let i = 0; i < n; i++) values[i] = (hi - x[i]! * h) / range + shift;
  }
  return { values, constant: false };
}

/**
 * What the entropy weights (docs/method.md §3) need from a column besides its values: Σ y
 * (compensated, bit-identical to {@link neumaierSum} over the column) and whether every value
 * equals the first. {@link minMaxSummed} computes both while it writes the values, so that
 * `entropyWeights` can skip its own pass over the column.
 */
export interface ColumnTotals {
  sum: number;
  uniform: boolean;
}

/**
 * {@link minMax} (eq. 1–2) fused with the column totals of its result (the Σ y'ᵢ of the
 * entropy's pᵢⱼ = y'ᵢⱼ / Σᵢ y'ᵢⱼ, docs/method.md §3): one pass writes each value and adds it
 * to a compensated sum with exactly the operations of `neumaierSum`, so `values` are
 * bit-identical to `minMax`'s and `totals.sum` to `neumaierSum(values)`.
 *
 * `values` (optional): where to write the result, of x's length (a shared buffer, for a worker
 * thread); by default a new array.
 *
 * `totals` is left out unless the shift is finite and ≥ 0 (the plan's rule): only then are
 * the values finite and ≥ 0, which is what the entropy weights would otherwise check.
 */
export function minMaxSummed(
  x: Float64Array,
  direction: Direction,
  shift: number,
  values: Float64Array = new Float64Array(x.length),
): MinMaxResult & { totals?: ColumnTotals } {
  if (!(shift >= 0 && 1 + shift < Number.POSITIVE_INFINITY))
    return minMax(x, direction, shift, values);
  const n = x.length;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (n === 0 || max - min <= CONSTANT_SPREAD * Math.max(Math.abs(max), Math.abs(min))) {
    const y = 0 + shift;
    values.fill(y);
    return { values, constant: true, totals: { sum: repeatedSum(y, n), uniform: true } };
  }
  const h = Number.isFinite(max - min) ? 1 : 0.5;
  const lo = min * h;
  const hi = max * h;
  const range = hi - lo;
  // x · 1 = x exactly, so one loop per direction gives minMax's values for either h.
  const first =
    direction === "+" ? (x[0]! * h - lo) / range + shift : (hi - x[0]! * h) / range + shift;
  let uniform = true;
  let sum = 0;
  let c = 0;
  if (direction === "+") {
    for (let i = 0; i < n; i++) {
      const v = (x[i]! * h - lo) / range + shift;
      values[i] = v;
      if (v !== first) uniform = false;
      const t = sum + v;
      if (Math.abs(sum) >= Math.abs(v)) c += sum - t + v;
      else c += v - t + sum;
      sum = t;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const v = (hi - x[i]! * h) / range + shift;
      values[i] = v;
      if (v !== first) uniform = false;
      const t = sum + v;
      if (Math.abs(sum) >= Math.abs(v)) c += sum - t + v;
      else c += v - t + sum;
      sum = t;
    }
  }
  return {
    values,
    constant: false,
    totals: { sum: Number.isFinite(sum) ? sum + c : sum, uniform },
  };
}

/** neumaierSum of n copies of y, by the same operations. */
function repeatedSum(y: number, n: number): number {
  let sum = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const t = sum + y;
    if (Math.abs(sum) >= Math.abs(y)) c += sum - t + y;
    else c += y - t + sum;
    sum = t;
  }
  return Number.isFinite(sum) ? sum + c : sum;
}
