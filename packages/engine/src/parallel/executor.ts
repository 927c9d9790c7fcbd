/**
 * The column executor on a worker pool: the same jobs as `serialExecutor`
 * (column-executor.ts), split into tasks (tasks.ts) over the pool's threads. Inputs that are
 * not in shared memory yet are copied there once (a panel the caller built; a derived
 * indicator); outputs are allocated there. Work too small to be worth the hand-over (fewer
 * than PARALLEL_MIN_CELLS numbers) runs on this thread — with the same functions, so the
 * result is the same either way.
 */
import { type ColumnExecutor, serialExecutor } from "../column-executor.js";
import type { ColumnShape, ScopedNormalization } from "../column-job.js";
import type { ColumnTotals } from "../kernels/index.js";
import type { WorkerPool } from "./pool.js";
import { META } from "./tasks.js";

/** Below this many numbers of work, a job runs on this thread. */
export const PARALLEL_MIN_CELLS = 1 << 16;

/** Rows per task of a weighted sum at least (each task is a few dozen µs at least). */
const MIN_CHUNK = 8192;

/**
 * The executor on `pool`. `minCells`: below this many numbers of work a job runs on this
 * thread (PARALLEL_MIN_CELLS; the tests set 0 to send every job to the pool).
 */
export function parallelExecutor(
  pool: WorkerPool,
  { minCells = PARALLEL_MIN_CELLS }: { minCells?: number } = {},
): ColumnExecutor {
  const copies = new WeakMap<Float64Array, Float64Array>();
  const allocate = (n: number) => new Float64Array(new SharedArrayBuffer(n * 8));
  const shared = (x: Float64Array): Float64Array => {
    if (x.buffer instanceof SharedArrayBuffer) return x;
    let copy = copies.get(x);
    if (copy === undefined) {
      copy = allocate(x.length);
      copy.set(x);
      copies.set(x, copy);
    }
    return copy;
  };
  /** Rows per task: a few tasks per thread, so that a slow thread holds up little. */
  const chunkOf = (rows: number) =>
    Math.max(minCells === 0 ? 1 : MIN_CHUNK, Math.ceil(rows / (pool.threads * 4)));

  return {
    allocate,
    allocateBuffer: (bytes) => new SharedArrayBuffer(bytes),
    normalize(jobs, shape) {
      const n = jobs.length === 0 ? 0 : jobs[0]!.x.length;
      if (jobs.length < 2 || n * jobs.length < minCells) {
        return serialExecutor.normalize(jobs, shape);
      }
      const scopes = shape.scope === "pooled" ? 1 : shape.nYears;
      // One block for all the columns, as the serial executor does (fewer full collections).
      const block = allocate(n * jobs.length);
      const outs = jobs.map((_, t) => block.subarray(t * n, (t + 1) * n));
      const meta = allocate(jobs.length * scopes * META);
      pool.run({
        kind: "normalize",
        shape,
        xs: jobs.map((j) => shared(j.x)),
        outs,
        directions: jobs.map((j) => j.direction),
        entropy: jobs.map((j) => j.entropy),
        meta,
      });
      return jobs.map((j, t) => decode(meta, t, scopes, shape, outs[t]!, j.entropy));
    },
    weightedSum(columns, weights) {
      const m = columns.length === 0 ? 0 : columns[0]!.length;
      if (m * columns.length < minCells) return serialExecutor.weightedSum(columns, weights);
      const out = allocate(m);
      pool.run({
        kind: "weightedSum",
        columns: columns.map(shared),
        weights,
        out,
        chunk: chunkOf(m),
      });
      return out;
    },
    weightedSumByYear(columns, byYear, nYears, length) {
      if (length * columns.length < minCells) {
        return serialExecutor.weightedSumByYear(columns, byYear, nYears, length);
      }
      const out = allocate(length);
      pool.run({
        kind: "weightedSumByYear",
        columns: columns.map(shared),
        byYear: [...byYear],
        years: nYears,
        out,
        chunk: chunkOf(length),
      });
      return out;
    },
    couplingWithin(job) {
      const rows = job.units.length;
      const isShared = [job.C, job.T, job.D, job.grade].every(
        (a) => a.buffer instanceof SharedArrayBuffer,
      );
      if (!isShared || rows * job.years * job.systems.length < minCells) {
        return serialExecutor.couplingWithin(job);
      }
      const chunk = Math.max(minCells === 0 ? 1 : 64, Math.ceil(rows / (pool.threads * 4)));
      const tasks = Math.ceil(rows / chunk);
      const over = allocate(2 * tasks);
      pool.run({
        kind: "couplingWithin",
        job: { ...job, systems: job.systems.map(shared) },
        chunk,
        over,
      });
      let count = 0;
      let max = 0;
      for (let t = 0; t < tasks; t++) {
        count += over[2 * t]!;
        max = Math.max(max, over[2 * t + 1]!);
      }
      return { count, max };
    },
  };
}

/** The `ScopedNormalization` of job t from the numbers its task wrote (tasks.ts). */
function decode(
  meta: Float64Array,
  t: number,
  scopes: number,
  shape: ColumnShape,
  values: Float64Array,
  withEntropy: boolean,
): ScopedNormalization {
  const base = t * scopes * META;
  const constantYears: number[] = [];
  const totals: (ColumnTotals | undefined)[] = [];
  const entropy = withEntropy ? new Float64Array(scopes) : undefined;
  for (let s = 0; s < scopes; s++) {
    const at = base + s * META;
    if (meta[at] === 1) {
      if (shape.scope === "pooled") for (let y = 0; y < shape.nYears; y++) constantYears.push(y);
      else constantYears.push(s);
    }
    totals.push(
      meta[at + 1] === 1 ? { sum: meta[at + 2]!, uniform: meta[at + 3] === 1 } : undefined,
    );
    if (entropy) entropy[s] = meta[at + 4]!;
  }
  return { values, constantYears, totals, ...(entropy && { entropy }) };
}
