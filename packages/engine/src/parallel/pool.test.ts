/**
 * The pool's wait for the rest of a batch, under one forced interleaving (PoolFaults.claimRace).
 * The workers run the built engine: `pnpm build` first.
 */
import { describe, expect, it } from "vitest";
import { WorkerPool } from "./pool.js";

const shared = (values: number[]) => {
  const a = new Float64Array(new SharedArrayBuffer(values.length * 8));
  a.set(values);
  return a;
};

describe("a task a worker claims while the main thread looks at it free", () => {
  it("run returns only once the worker has written the task's rows", async () => {
    // One task: row 0 of eq. (3) with weight 2 on 0.25, i.e. 0.5 (exact in binary). The worker
    // takes the task's number, the main thread (waiting for the rest of the batch) sees the task
    // free, the worker claims it first and sleeps 200 ms before running it. The main thread's
    // claim fails; before the fix it took the task for done and `run` returned with the row
    // still 0 (the race behind the 1-in-1,600 failures of pipeline.property.test.ts).
    const pool = WorkerPool.start(2, { claimRace: { holdMs: 200 } });
    try {
      const out = shared([0]);
      pool.run({
        kind: "weightedSum",
        columns: [shared([0.25])],
        weights: Float64Array.of(2),
        out,
        chunk: 1,
      });
      expect(out[0]).toBe(0.5);
      expect(pool.lost).toBe(0);
      expect(pool.abandoned).toBe(false);
    } finally {
      await pool.close();
    }
  });
});
