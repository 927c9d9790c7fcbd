/**
 * Normalisation and weighting within a scope (plan.method.normalization.scope):
 *
 * - pooled: min, max and the entropy are taken over all units × years at once (one pass of
 *   the kernels over the whole column);
 * - per_year: within each year, over the units. Each year's slice is gathered from the
 *   unit-major column (stride `years`) into a scratch array, handed to the kernel, and
 *   scattered back. Entropy weights then differ by year.
 *
 * Columns are unit-major (`i = u * years + y`). The per-column work lives in column-job.ts.
 */
import { appendAll, type Weighting } from "@ccdc/plan";
import { type ColumnExecutor, serialExecutor } from "./column-executor.js";
import { normalizeColumn, type Scope, type ScopedNormalization } from "./column-job.js";
import type { ColumnTotals, Direction } from "./kernels/index.js";
import {
  columnEntropy,
  entropyWeights,
  entropyWeightsFrom,
  topsisCloseness,
  weightedSum,
} from "./kernels/index.js";
import { type WeightDetail, type WeightingProblem, weighScope } from "./weighting.js";

export type { Scope, ScopedNormalization } from "./column-job.js";

/** Min-max with shift (eq. 1–2) of one unit-major column within the scope (`normalizeColumn`). */
export function normalizeScoped(
  x: Float64Array,
  direction: Direction,
  shift: number,
  scope: Scope,
  nUnits: number,
  nYears: number,
): ScopedNormalization {
  return normalizeColumn(x, direction, { shift, scope, nUnits, nYears }, false);
}

/**
 * How a node weights its columns: entropy (data-driven, the original path), given weights
 * (equal, fixed), or any plan weighting through `weighScope` (stdev, cv, critic, ahp, combine),
 * which also needs the columns' raw values (CV).
 */
export type WeightSpec =
  | { kind: "entropy" }
  | { kind: "given"; weights: Float64Array }
  | { kind: "method"; weighting: Weighting; ids: readonly string[]; raw: readonly Float64Array[] };

/** How the weighted columns become the index: the weighted sum (eq. 3) or TOPSIS closeness. */
export type Aggregation = "sum" | "topsis";

export interface ScopedWeighting {
  /** The index (weighted sum or closeness), unit-major. */
  index: Float64Array;
  /** The weights; for per-year data-driven weights their mean across years. */
  weights: Float64Array;
  /** per_year only: the weights of each year (`byYear[y][j]`). */
  byYear?: Float64Array[];
  /** Year indices where the weights were degenerate and fell back to their declared rule. */
  degenerateYears: number[];
  /** `method` weightings: the intermediate values, one per scope (one, or one per year). */
  details?: WeightDetail[];
  /** `method` weightings: problems by scope (year index; 0 when pooled), first per scope. */
  problems?: { year: number; problem: WeightingProblem }[];
  /** TOPSIS: the ideal points of each scope, and the year indices with D+ + D− = 0 somewhere. */
  topsis?: { idealPlus: Float64Array; idealMinus: Float64Array }[];
  tiedYears?: number[];
}

/** What the walk already knows of the columns, and how to run the weighted sums. */
export interface WeightOptions {
  /** Each column's `ScopedNormalization.totals`: spare the entropy a pass over the column. */
  totals?: readonly (readonly (ColumnTotals | undefined)[])[];
  /** Each column's `ScopedNormalization.entropy` (e_j per scope): spare the entropy entirely. */
  entropies?: readonly (Float64Array | undefined)[];
  /** Runs the weighted sums (default: on this thread). */
  exec?: ColumnExecutor;
}

/**
 * Weights the columns and aggregates them (eq. 3, or TOPSIS) within the scope. With entropy
 * weights and the weighted sum, each column's e_j comes from `opts.entropies` when given (the
 * same `columnEntropy` the column job ran), else it is computed here.
 */
export function weightScoped(
  columns: readonly Float64Array[],
  spec: WeightSpec,
  scope: Scope,
  nUnits: number,
  nYears: number,
  aggregation: Aggregation = "sum",
  opts: WeightOptions = {},
): ScopedWeighting {
  const k = columns.length;
  const exec = opts.exec ?? serialExecutor;
  const { totals } = opts;
  const entropies = opts.entropies?.every((e) => e !== undefined)
    ? (opts.entropies as readonly Float64Array[])
    : undefined;
  if (spec.kind === "method" || aggregation === "topsis") {
    return weightScopedGeneral(columns, spec, scope, nUnits, nYears, aggregation);
  }
  if (spec.kind === "given" || scope === "pooled") {
    let weights: Float64Array;
    let degenerateYears: number[] = [];
    if (spec.kind === "given") weights = spec.weights;
    else {
      const r = entropies
        ? entropyWeightsFrom(Float64Array.from(entropies, (e) => e[0]!))
        : entropyWeights(
            columns,
            totals?.map((t) => t[0]),
          );
      weights = r.weights;
      if (r.degenerate) degenerateYears = range(nYears);
    }
    const index = exec.weightedSum(columns, weights);
    const out: ScopedWeighting = { index, weights, degenerateYears };
    if (scope === "per_year") out.byYear = Array.from({ length: nYears }, () => weights);
    return out;
  }
  // per_year entropy: each year's weights from that year's e_j, then eq. (3) with them.
  const byYear: Float64Array[] = [];
  const degenerateYears: number[] = [];
  const slice = new Float64Array(nUnits);
  for (let y = 0; y < nYears; y++) {
    const e = new Float64Array(k);
    for (let j = 0; j < k; j++) {
      if (entropies) e[j] = entropies[j]![y]!;
      else {
        const col = columns[j]!;
        for (let u = 0; u < nUnits; u++) slice[u] = col[u * nYears + y]!;
        e[j] = columnEntropy(slice, totals?.[j]?.[y], j);
      }
    }
    const r = entropyWeightsFrom(e);
    if (r.degenerate) degenerateYears.push(y);
    byYear.push(r.weights);
  }
  const index = exec.weightedSumByYear(columns, byYear, nYears, nUnits * nYears);
  return { index, weights: meanWeights(byYear, k), byYear, degenerateYears };
}

function meanWeights(byYear: readonly Float64Array[], k: number): Float64Array {
  const weights = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    let total = 0;
    for (const w of byYear) total += w[j]!;
    weights[j] = total / byYear.length;
  }
  return weights;
}

/** Any weighting, either aggregation: one pass per scope (the panel, or each year). */
function weightScopedGeneral(
  columns: readonly Float64Array[],
  spec: WeightSpec,
  scope: Scope,
  nUnits: number,
  nYears: number,
  aggregation: Aggregation,
): ScopedWeighting {
  const k = columns.length;
  const index = new Float64Array(nUnits * nYears);
  const byYear: Float64Array[] = [];
  const degenerateYears: number[] = [];
  const details: WeightDetail[] = [];
  const problems: { year: number; problem: WeightingProblem }[] = [];
  const ideals: { idealPlus: Float64Array; idealMinus: Float64Array }[] = [];
  const tiedYears: number[] = [];
  const scopes = scope === "pooled" ? 1 : nYears;
  const raw = spec.kind === "method" ? spec.raw : [];
  for (let sc = 0; sc < scopes; sc++) {
    // The scope's slices: the whole columns when pooled, year sc's units when per year.
    const take = (col: Float64Array) => {
      if (scope === "pooled") return col;
      const s = new Float64Array(nUnits);
      for (let u = 0; u < nUnits; u++) s[u] = col[u * nYears + sc]!;
      return s;
    };
    const norm = columns.map(take);
    let weights: Float64Array;
    if (spec.kind === "given") weights = spec.weights;
    else if (spec.kind === "entropy") {
      const r = entropyWeights(norm);
      weights = r.weights;
      if (r.degenerate) appendAll(degenerateYears, scope === "pooled" ? range(nYears) : [sc]);
    } else {
      const r = weighScope(spec.weighting, spec.ids, norm, raw.map(take));
      weights = r.weights;
      details.push(r.detail);
      if (r.problem) problems.push({ year: sc, problem: r.problem });
      if (r.degenerate) appendAll(degenerateYears, scope === "pooled" ? range(nYears) : [sc]);
    }
    byYear.push(weights);
    let values: Float64Array;
    if (aggregation === "topsis") {
      const t = topsisCloseness(norm, weights);
      values = t.closeness;
      ideals.push({ idealPlus: t.idealPlus, idealMinus: t.idealMinus });
      if (t.tied > 0) appendAll(tiedYears, scope === "pooled" ? range(nYears) : [sc]);
    } else values = weightedSum(norm, weights);
    if (scope === "pooled") index.set(values);
    else for (let u = 0; u < nUnits; u++) index[u * nYears + sc] = values[u]!;
  }
  const out: ScopedWeighting = {
    index,
    weights: scope === "pooled" ? byYear[0]! : meanWeights(byYear, k),
    degenerateYears,
  };
  if (scope === "per_year") out.byYear = byYear;
  if (spec.kind === "method") {
    out.details = details;
    out.problems = problems;
  }
  if (aggregation === "topsis") {
    out.topsis = ideals;
    out.tiedYears = tiedYears;
  }
  return out;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
