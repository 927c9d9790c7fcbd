/**
 * Normalisation and weighting within a scope (plan.method.normalization.scope):
 *
 * - pooled: min, max and the entropy are taken over all units × years at once (one pass of
 *   the kernels over the whole column);
 * - per_year: within each year, over the units. Each year's slice is gathered from the
 *   unit-major column (stride `years`) into a scratch array, handed to the kernel, and
 *   scattered back. Entropy weights then differ by year.
 *
 * Columns are unit-major (`i = u * years + y`).
 */
import type { Direction } from "./kernels/index.js";
import { entropyWeights, minMax, weightedSum } from "./kernels/index.js";

export type Scope = "pooled" | "per_year";

export interface ScopedNormalization {
  /** Shifted normalised values, unit-major. */
  values: Float64Array;
  /** Year indices where the slice is constant (`minMax`; pooled: every year, if the whole column is). */
  constantYears: number[];
}

/** Min-max with shift (eq. 1–2) of one unit-major column within the scope. */
export function normalizeScoped(
  x: Float64Array,
  direction: Direction,
  shift: number,
  scope: Scope,
  nUnits: number,
  nYears: number,
): ScopedNormalization {
  if (scope === "pooled") {
    const r = minMax(x, direction, shift);
    return { values: r.values, constantYears: r.constant ? range(nYears) : [] };
  }
  const values = new Float64Array(x.length);
  const slice = new Float64Array(nUnits);
  const constantYears: number[] = [];
  for (let y = 0; y < nYears; y++) {
    for (let u = 0; u < nUnits; u++) slice[u] = x[u * nYears + y]!;
    const r = minMax(slice, direction, shift);
    if (r.constant) constantYears.push(y);
    const v = r.values;
    for (let u = 0; u < nUnits; u++) values[u * nYears + y] = v[u]!;
  }
  return { values, constantYears };
}

/** How a node weights its columns: entropy (data-driven) or given weights (equal, fixed). */
export type WeightSpec = { kind: "entropy" } | { kind: "given"; weights: Float64Array };

export interface ScopedWeighting {
  /** The weighted sum (eq. 3), unit-major. */
  index: Float64Array;
  /** The weights; for per-year entropy their mean across years. */
  weights: Float64Array;
  /** per_year only: the weights of each year (`byYear[y][j]`). */
  byYear?: Float64Array[];
  /** Year indices where entropy was degenerate and fell back to equal weights. */
  degenerateYears: number[];
}

/** Weights the columns and sums them (eq. 3) within the scope. */
export function weightScoped(
  columns: readonly Float64Array[],
  spec: WeightSpec,
  scope: Scope,
  nUnits: number,
  nYears: number,
): ScopedWeighting {
  const k = columns.length;
  if (spec.kind === "given" || scope === "pooled") {
    let weights: Float64Array;
    let degenerateYears: number[] = [];
    if (spec.kind === "given") weights = spec.weights;
    else {
      const r = entropyWeights(columns);
      weights = r.weights;
      if (r.degenerate) degenerateYears = range(nYears);
    }
    const index = weightedSum(columns, weights);
    const out: ScopedWeighting = { index, weights, degenerateYears };
    if (scope === "per_year") out.byYear = Array.from({ length: nYears }, () => weights);
    return out;
  }
  // per_year entropy: gather each year's slice of every column.
  const slices = Array.from({ length: k }, () => new Float64Array(nUnits));
  const index = new Float64Array(nUnits * nYears);
  const byYear: Float64Array[] = [];
  const degenerateYears: number[] = [];
  for (let y = 0; y < nYears; y++) {
    for (let j = 0; j < k; j++) {
      const col = columns[j]!;
      const s = slices[j]!;
      for (let u = 0; u < nUnits; u++) s[u] = col[u * nYears + y]!;
    }
    const r = entropyWeights(slices);
    if (r.degenerate) degenerateYears.push(y);
    byYear.push(r.weights);
    const sum = weightedSum(slices, r.weights);
    for (let u = 0; u < nUnits; u++) index[u * nYears + y] = sum[u]!;
  }
  const weights = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    let total = 0;
    for (let y = 0; y < nYears; y++) total += byYear[y]![j]!;
    weights[j] = total / nYears;
  }
  return { index, weights, byYear, degenerateYears };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
