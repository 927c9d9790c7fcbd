/**
 * How the walk runs its heavy column work: normalising the indicator columns (with their
 * entropies), the weighted sums of eq. (3), and the within-unit coupling rows. The serial
 * executor runs them in order on this thread; the parallel one (parallel/executor.ts) splits
 * the same pure functions over worker threads. Both give the same bits: every job and every
 * row reads and writes only its own part, in the same order of operations.
 */
import { type ColumnShape, normalizeColumn, type ScopedNormalization } from "./column-job.js";
import { type AboveScale, type CouplingWithinJob, couplingWithinRows } from "./coupling-within.js";
import type { Direction } from "./kernels/index.js";
import { weightedSum, weightedSumByYear } from "./kernels/index.js";

/** One column to normalise; `entropy`: also take its entropy in each scope. */
export interface NormalizeJob {
  x: Float64Array;
  direction: Direction;
  entropy: boolean;
}

export interface ColumnExecutor {
  /** A zeroed array of n values that the executor's threads can all write (outputs). */
  allocate(n: number): Float64Array;
  /** A zeroed buffer of `bytes` that the executor's threads can all write. */
  allocateBuffer(bytes: number): ArrayBuffer | SharedArrayBuffer;
  /** `normalizeColumn` of each job, results in job order. */
  normalize(jobs: readonly NormalizeJob[], shape: ColumnShape): ScopedNormalization[];
  /** Eq. (3) with one weight per column (`weightedSum`). */
  weightedSum(columns: readonly Float64Array[], weights: Float64Array): Float64Array;
  /** Eq. (3) with weights by year (`weightedSumByYear`), over `length` observations. */
  weightedSumByYear(
    columns: readonly Float64Array[],
    byYear: readonly Float64Array[],
    nYears: number,
    length: number,
  ): Float64Array;
  /** Writes a within analysis's rows (`couplingWithinRows` over all rows). */
  couplingWithin(job: CouplingWithinJob): AboveScale;
}

/** Runs everything on this thread, in order. */
export const serialExecutor: ColumnExecutor = {
  allocate: (n) => new Float64Array(n),
  allocateBuffer: (bytes) => new ArrayBuffer(bytes),
  normalize: (jobs, shape) => {
    // One allocation for all the columns: V8 counts a typed array's memory as external and
    // starts a full collection of the heap every 64 MB or so of it; one block for the
    // study's normalised columns starts one instead of one per 64 MB.
    const n = jobs.length === 0 ? 0 : jobs[0]!.x.length;
    const block = new Float64Array(n * jobs.length);
    return jobs.map((j, t) =>
      normalizeColumn(j.x, j.direction, shape, j.entropy, block.subarray(t * n, (t + 1) * n)),
    );
  },
  weightedSum: (columns, weights) => weightedSum(columns, weights),
  weightedSumByYear: (columns, byYear, nYears, length) =>
    weightedSumByYear(columns, byYear, nYears, new Float64Array(length)),
  couplingWithin: (job) => couplingWithinRows(job, 0, job.units.length),
};
