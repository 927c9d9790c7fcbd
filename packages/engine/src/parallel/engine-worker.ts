/**
 * A worker thread of the pool (pool.ts): takes tasks of each batch it is sent as the main
 * thread does (claims.ts: a number from NEXT, then a compare-and-exchange of the task's
 * state), and marks each one done. A task that throws (an engine bug) sets the batch's error
 * flag and sends its message on the port the pool reads synchronously. At its start it writes
 * its OS thread id and ready flag into its slots, by which the pool sees whether it died.
 */
import { readlinkSync } from "node:fs";
import { type MessagePort, parentPort, workerData } from "node:worker_threads";
import {
  type Control,
  claim,
  ERROR,
  FIRST_WORKER,
  FREE,
  finish,
  NEXT,
  osThreadId,
  SLOT_READY,
  SLOT_TID,
  SLOTS,
} from "./claims.js";
import { type Batch, runTask, taskCount } from "./tasks.js";

const { port, slots, self, exitAtClaim, hangAtClaim } = workerData as {
  port: MessagePort;
  slots: Int32Array;
  self: number;
  /** Fault injection (tests): end this thread at this claim, before running the task. */
  exitAtClaim: number;
  /** Fault injection (tests): spin for ever at this claim (a stuck thread). */
  hangAtClaim: number;
};
Atomics.store(slots, self * SLOTS + SLOT_TID, osThreadId(readlinkSync));
Atomics.store(slots, self * SLOTS + SLOT_READY, 1);
const mark = FIRST_WORKER + self;
let claims = 0;

parentPort!.on("message", ({ batch, control }: { batch: Batch; control: Control }) => {
  const count = taskCount(batch);
  for (let t = Atomics.add(control, NEXT, 1); t < count; t = Atomics.add(control, NEXT, 1)) {
    if (claim(control, t, mark) !== FREE) continue;
    claims++;
    if (claims === exitAtClaim) process.exit(70);
    if (claims === hangAtClaim) for (;;);
    try {
      runTask(batch, t);
    } catch (e) {
      Atomics.store(control, ERROR, 1);
      port.postMessage(e instanceof Error ? (e.stack ?? e.message) : String(e));
    }
    finish(control, t);
  }
});
