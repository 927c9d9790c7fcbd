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
  extent(x);
  const min = EXTENT[0]!;
  const max = EXTENT[1]!;
  if (n === 0 || max - min <= CONSTANT_SPREAD * Math.max(Math.abs(max), Math.abs(min))) {
    values.fill(0 + shift);
    return { values, constant: true };
  }
  // Halving scales numerator and denominator alike; it is exact except for subnormals, whose
  // lost bit is nothing against a range this large. x · 1 = x exactly, so h = 1 costs no bit.
  const h = Number.isFinite(max - min) ? 1 : 0.5;
  const lo = min * h;
  const hi = max * h;
  const range = hi - lo;
  if (direction === "+") scaleBenefit(x, h, lo, range, shift, values);
  else scaleCost(x, h, hi, range, shift, values);
  return { values, constant: false };
}

// Each loop over a column is a function of its own, with nothing after it: V8 optimises a
// long loop while it runs (on-stack replacement) with the type feedback gathered so far, so
// code after the loop that has not run yet would throw the optimised code away
// ("insufficient type feedback") and run the next loop unoptimised, boxing every number.

/** min and max of x into EXTENT (+∞ and −∞ when x is empty). */
const EXTENT = new Float64Array(2);
function extent(x: Float64Array): void {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  EXTENT[0] = min;
  EXTENT[1] = max;
}

/** Eq. (1) benefit, then eq. (2): values_i = (x_i·h − lo)/range + shift. */
function scaleBenefit(
  x: Float64Array,
  h: number,
  lo: number,
  range: number,
  shift: number,
  values: Float64Array,
): void {
  for (let i = 0; i < x.length; i++) values[i] = (x[i]! * h - lo) / range + shift;
}

/** Eq. (1) cost, then eq. (2): values_i = (hi − x_i·h)/range + shift. */
function scaleCost(
  x: Float64Array,
  h: number,
  hi: number,
  range: number,
  shift: number,
  values: Float64Array,
): void {
  for (let i = 0; i < x.length; i++) values[i] = (hi - x[i]! * h) / range + shift;
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
  extent(x);
  const min = EXTENT[0]!;
  const max = EXTENT[1]!;
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
  if (direction === "+") scaleBenefitSummed(x, h, lo, range, shift, values);
  else scaleCostSummed(x, h, hi, range, shift, values);
  const sum = SUMMED[0]!;
  return {
    values,
    constant: false,
    totals: { sum: Number.isFinite(sum) ? sum + SUMMED[1]! : sum, uniform: SUMMED[2] === 1 },
  };
}

/** The running Σ, its compensation and the uniform flag (1/0) of the last scale…Summed. */
const SUMMED = new Float64Array(3);

/** scaleBenefit, adding each value to a compensated sum (neumaierSum's operations). */
function scaleBenefitSummed(
  x: Float64Array,
  h: number,
  lo: number,
  range: number,
  shift: number,
  values: Float64Array,
): void {
  const first = (x[0]! * h - lo) / range + shift;
  let uniform = 1;
  let sum = 0;
  let c = 0;
  for (let i = 0; i < x.length; i++) {
    const v = (x[i]! * h - lo) / range + shift;
    values[i] = v;
    if (v !== first) uniform = 0;
    const t = sum + v;
    if (Math.abs(sum) >= Math.abs(v)) c += sum - t + v;
    else c += v - t + sum;
    sum = t;
  }
  SUMMED[0] = sum;
  SUMMED[1] = c;
  SUMMED[2] = uniform;
}

/** scaleCost, adding each value to a compensated sum (neumaierSum's operations). */
function scaleCostSummed(
  x: Float64Array,
  h: number,
  hi: number,
  range: number,
  shift: number,
  values: Float64Array,
): void {
  const first = (hi - x[0]! * h) / range + shift;
  let uniform = 1;
  let sum = 0;
  let c = 0;
  for (let i = 0; i < x.length; i++) {
    const v = (hi - x[i]! * h) / range + shift;
    values[i] = v;
    if (v !== first) uniform = 0;
    const t = sum + v;
    if (Math.abs(sum) >= Math.abs(v)) c += sum - t + v;
    else c += v - t + sum;
    sum = t;
  }
  SUMMED[0] = sum;
  SUMMED[1] = c;
  SUMMED[2] = uniform;
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

// Type feedback for every line of the kernels before a first long column: without it V8
// optimises a long loop mid-run knowing only the lines run so far, throws that code away at the
// first line it has not seen (after the loop), and runs the next long loop unoptimised (about
// 2× slower, every number boxed). V8 keeps feedback for a function only from about its 8th
// call: so a few values, in each direction, scaled and constant, 12 times.
export const WARM_UP_CALLS = 12;
for (let i = 0; i < WARM_UP_CALLS; i++) {
  for (const direction of ["+", "-"] as const) {
    for (const x of [Float64Array.of(1, 3, 2), Float64Array.of(2, 2)]) {
      minMax(x, direction, 0.5);
      minMaxSummed(x, direction, 0.5);
    }
  }
}
