/**
 * The work a batch of tasks does, shared by the main thread and the workers (engine-worker.ts):
 * each task runs one of the walk's pure functions on its own column or its own range of rows
 * and writes into shared memory, so the order in which threads pick tasks changes nothing.
 *
 * - normalize: task j is `normalizeColumn` of column j; its per-scope outcome (constant,
 *   totals, entropy) is written to `meta` (META numbers per scope) for the main thread;
 * - weightedSum, weightedSumByYear: task t is the rows of chunk t (eq. 3);
 * - couplingWithin: task t is the rows of chunk t of a within analysis; its count and largest
 *   D above the scale go to `over[2t]`, `over[2t + 1]`.
 */
import { type ColumnShape, normalizeColumn } from "../column-job.js";
import { type CouplingWithinJob, couplingWithinRows } from "../coupling-within.js";
import { type Direction, weightedSum, weightedSumByYear } from "../kernels/index.js";

/** Numbers per scope in `meta`: constant, totals present, Σ, uniform, entropy. */
export const META = 5;

export type Batch =
  | {
      kind: "normalize";
      shape: ColumnShape;
      xs: Float64Array[];
      outs: Float64Array[];
      directions: Direction[];
      entropy: boolean[];
      meta: Float64Array;
    }
  | {
      kind: "weightedSum";
      columns: Float64Array[];
      weights: Float64Array;
      out: Float64Array;
      chunk: number;
    }
  | {
      kind: "weightedSumByYear";
      columns: Float64Array[];
      byYear: Float64Array[];
      years: number;
      out: Float64Array;
      chunk: number;
    }
  | { kind: "couplingWithin"; job: CouplingWithinJob; chunk: number; over: Float64Array };

/** How many tasks the batch has. */
export function taskCount(batch: Batch): number {
  switch (batch.kind) {
    case "normalize":
      return batch.xs.length;
    case "weightedSum":
    case "weightedSumByYear":
      return Math.ceil(batch.out.length / batch.chunk);
    case "couplingWithin":
      return Math.ceil(batch.job.units.length / batch.chunk);
  }
}

/** Runs task `t` of the batch. */
export function runTask(batch: Batch, t: number): void {
  switch (batch.kind) {
    case "normalize": {
      const { shape } = batch;
      const r = normalizeColumn(
        batch.xs[t]!,
        batch.directions[t]!,
        shape,
        batch.entropy[t]!,
        batch.outs[t]!,
      );
      const scopes = shape.scope === "pooled" ? 1 : shape.nYears;
      const base = t * scopes * META;
      const constant = new Uint8Array(scopes);
      if (shape.scope === "pooled") constant[0] = r.constantYears.length > 0 ? 1 : 0;
      else for (const y of r.constantYears) constant[y] = 1;
      for (let s = 0; s < scopes; s++) {
        const at = base + s * META;
        const totals = r.totals[s];
        batch.meta[at] = constant[s]!;
        batch.meta[at + 1] = totals === undefined ? 0 : 1;
        batch.meta[at + 2] = totals?.sum ?? 0;
        batch.meta[at + 3] = totals?.uniform ? 1 : 0;
        batch.meta[at + 4] = r.entropy?.[s] ?? Number.NaN;
      }
      return;
    }
    case "weightedSum": {
      const from = t * batch.chunk;
      weightedSum(batch.columns, batch.weights, batch.out, from, from + batch.chunk);
      return;
    }
    case "weightedSumByYear": {
      const from = t * batch.chunk;
      const to = Math.min(batch.out.length, from + batch.chunk);
      weightedSumByYear(batch.columns, batch.byYear, batch.years, batch.out, from, to);
      return;
    }
    case "couplingWithin": {
      const from = t * batch.chunk;
      const to = Math.min(batch.job.units.length, from + batch.chunk);
      const over = couplingWithinRows(batch.job, from, to);
      batch.over[2 * t] = over.count;
      batch.over[2 * t + 1] = over.max;
      return;
    }
  }
}
