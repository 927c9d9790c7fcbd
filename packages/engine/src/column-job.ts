/**
 * One indicator column's share of the hierarchy walk, fused: min-max with the shift (eq. 1–2)
 * within the scope, the column's totals, and — when an entropy weighting will read the
 * column — its entropy e_j in each scope (docs/method.md §3). The job reads only its own
 * column, so the columns of a study can be normalised in any order, or on worker threads
 * (parallel/), with the same bits; the serial path runs the same function.
 *
 * Columns are unit-major (`i = u * years + y`): pooled scope is one kernel call on the whole
 * column; per_year gathers each year's slice (stride `years`), normalises it and scatters it
 * back, taking the slice's entropy from the contiguous normalised slice on the way.
 */
import type { ColumnTotals, Direction } from "./kernels/index.js";
import { columnEntropy, minMaxSummed } from "./kernels/index.js";

export type Scope = "pooled" | "per_year";

export interface ScopedNormalization {
  /** Shifted normalised values, unit-major. */
  values: Float64Array;
  /** Year indices where the slice is constant (`minMax`; pooled: every year, if the whole column is). */
  constantYears: number[];
  /**
   * Σ and uniformity of the values in each scope (one when pooled, one per year), taken in
   * the same pass (`minMaxSummed`), for the entropy weights.
   */
  totals: (ColumnTotals | undefined)[];
  /** When asked for: e_j in each scope (one when pooled, one per year), `columnEntropy`. */
  entropy?: Float64Array;
}

/** The shape of the study's columns and the normalisation settings, shared by every job. */
export interface ColumnShape {
  shift: number;
  scope: Scope;
  nUnits: number;
  nYears: number;
}

/**
 * Normalises column `x` (eq. 1–2) within the scope into `out` (x's length; by default a new
 * array) and, if `withEntropy`, takes its entropy in each scope.
 */
export function normalizeColumn(
  x: Float64Array,
  direction: Direction,
  shape: ColumnShape,
  withEntropy: boolean,
  out: Float64Array = new Float64Array(x.length),
): ScopedNormalization {
  const { shift, scope, nUnits, nYears } = shape;
  if (scope === "pooled") {
    const r = minMaxSummed(x, direction, shift, out);
    const constantYears = r.constant ? range(nYears) : [];
    const result: ScopedNormalization = { values: out, constantYears, totals: [r.totals] };
    if (withEntropy) result.entropy = Float64Array.of(columnEntropy(out, r.totals));
    return result;
  }
  const slice = new Float64Array(nUnits);
  const v = new Float64Array(nUnits);
  const constantYears: number[] = [];
  const totals: (ColumnTotals | undefined)[] = [];
  const entropy = withEntropy ? new Float64Array(nYears) : undefined;
  for (let y = 0; y < nYears; y++) {
    for (let u = 0; u < nUnits; u++) slice[u] = x[u * nYears + y]!;
    const r = minMaxSummed(slice, direction, shift, v);
    if (r.constant) constantYears.push(y);
    totals.push(r.totals);
    for (let u = 0; u < nUnits; u++) out[u * nYears + y] = v[u]!;
    if (entropy) entropy[y] = columnEntropy(v, r.totals);
  }
  return { values: out, constantYears, totals, ...(entropy && { entropy }) };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
