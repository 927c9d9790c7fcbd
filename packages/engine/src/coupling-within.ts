/**
 * The rows of coupling analyses (docs/method.md §5): per year C by the form (kernels), T = Σ β_k
 * S_k (eq. 6), D = √(C·T) (eq. 5), graded unrounded by the scale. `fillCouplingRow` writes one
 * row from its systems' series; `couplingWithinRows` writes a range of a within analysis's rows
 * (one unit each) straight from the node index columns. Rows are independent, so ranges of rows
 * can be written on worker threads (parallel/) with the same bits as one pass.
 */
import {
  type CouplingForm,
  type CouplingScratch,
  coordinationIndex,
  couplingCoordination,
  couplingOf,
  couplingScratch,
  type GradeLevel,
  gradeIndex,
} from "./kernels/index.js";

/** Where the rows go: row r's year y at `r * years + y`. */
export interface CouplingOutputs {
  C: Float64Array;
  T: Float64Array;
  D: Float64Array;
  /** The position of each D's level in the scale's levels. */
  grade: Int32Array;
}

/** D above the scale's top level, graded at the top: how many, and the largest. */
export interface AboveScale {
  count: number;
  max: number;
}

/** A scale's levels and id (for the internal error of a D that fits no level). */
export interface GradeScale {
  id: string;
  levels: readonly GradeLevel[];
}

/**
 * Writes row `r` of `out` from `systems` (n series of `years` values, S_k at year y) with
 * weights `beta`; counts D above the top level into `over`. `scratch`: `couplingScratch(n,
 * years)` and an n-array, reused across rows.
 */
export function fillCouplingRow(
  out: CouplingOutputs,
  r: number,
  beta: ArrayLike<number>,
  form: CouplingForm,
  systems: readonly Float64Array[],
  scale: GradeScale,
  over: AboveScale,
  scratch: { coupling: CouplingScratch; s: Float64Array },
): void {
  const n = systems.length;
  if (n < 2) throw new RangeError(`coupling: needs n ≥ 2 systems, got ${n}`);
  const { coupling, s } = scratch;
  const years = systems[0]!.length;
  const base = r * years;
  for (let y = 0; y < years; y++) {
    for (let k = 0; k < n; k++) s[k] = systems[k]![y]!;
    writeObservation(out, base + y, couplingOf(form, s, coupling), s, beta, scale, over);
  }
}

/**
 * Observation i of the outputs from its systems' indices `s` and its C: T = Σ β_k S_k (eq. 6),
 * D = √(C·T) (eq. 5) and D's level, unrounded; a D above the top level is graded at the top
 * and counted in `over`.
 */
function writeObservation(
  out: CouplingOutputs,
  i: number,
  c: number,
  s: Float64Array,
  beta: ArrayLike<number>,
  scale: GradeScale,
  over: AboveScale,
): void {
  const levels = scale.levels;
  const t = coordinationIndex(s, beta);
  const d = couplingCoordination(c, t);
  let g = gradeIndex(d, levels);
  if (g < 0) {
    const top = levels[levels.length - 1]!;
    if (!(d > top.upper))
      throw new Error(`internal: D = ${d} fits no level of scale "${scale.id}"`);
    g = levels.length - 1;
    over.count++;
    over.max = Math.max(over.max, d);
  }
  out.C[i] = c;
  out.T[i] = t;
  out.D[i] = d;
  out.grade[i] = g;
}

/** A within analysis in one form: row r couples the systems' indices of unit `units[r]`. */
export interface CouplingWithinJob extends CouplingOutputs {
  form: CouplingForm;
  /** The systems' index columns, unit-major over the study's units. */
  systems: Float64Array[];
  /** Per row, the unit's position in the study's units. */
  units: Int32Array;
  beta: Float64Array;
  scale: GradeScale;
  years: number;
}

/**
 * Writes rows [from, to) of a within analysis; returns the D above the scale among them. One
 * pass over the observations, each read once from the index columns (no per-row copies).
 */
export function couplingWithinRows(job: CouplingWithinJob, from: number, to: number): AboveScale {
  const { systems, years, form, beta, scale, units } = job;
  const n = systems.length;
  if (n < 2) throw new RangeError(`coupling: needs n ≥ 2 systems, got ${n}`);
  const coupling = couplingScratch(n, 0);
  const s = new Float64Array(n);
  const over: AboveScale = { count: 0, max: 0 };
  for (let r = from; r < to; r++) {
    const at = units[r]! * years;
    const base = r * years;
    for (let y = 0; y < years; y++) {
      for (let k = 0; k < n; k++) s[k] = systems[k]![at + y]!;
      writeObservation(job, base + y, couplingOf(form, s, coupling), s, beta, scale, over);
    }
  }
  return over;
}
