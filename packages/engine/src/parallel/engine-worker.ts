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
  GATE_BOUND_MS,
  GATE_CLAIMED,
  GATE_NEVER,
  GATE_SEEN,
  NEXT,
  osThreadId,
  SLOT_READY,
  SLOT_TID,
  SLOTS,
} from "./claims.js";
import { type Batch, runTask, taskCount } from "./tasks.js";

const { port, slots, self, exitAtClaim, hangAtClaim, gate, holdMs } = workerData as {
  port: MessagePort;
  slots: Int32Array;
  self: number;
  /** Fault injection (tests): end this thread at this claim, before running the task. */
  exitAtClaim: number;
  /** Fault injection (tests): spin for ever at this claim (a stuck thread). */
  hangAtClaim: number;
  /**
   * Fault injection (tests, PoolFaults.claimRace): at the first task number it takes, wait
   * (bounded) until the main thread has seen that task free, then claim it, say so, and sleep
   * `holdMs` before running it.
   */
  gate: Int32Array | undefined;
  holdMs: number;
};
Atomics.store(slots, self * SLOTS + SLOT_TID, osThreadId(readlinkSync));
Atomics.store(slots, self * SLOTS + SLOT_READY, 1);
const mark = FIRST_WORKER + self;
let claims = 0;
let raced = gate === undefined;

parentPort!.on("message", ({ batch, control }: { batch: Batch; control: Control }) => {
  const count = taskCount(batch);
  for (let t = Atomics.add(control, NEXT, 1); t < count; t = Atomics.add(control, NEXT, 1)) {
    const race = !raced;
    if (race) {
      raced = true;
      Atomics.wait(gate!, GATE_SEEN, 0, GATE_BOUND_MS);
    }
    if (claim(control, t, mark) !== FREE) continue;
    if (race) {
      Atomics.store(gate!, GATE_CLAIMED, 1);
      Atomics.notify(gate!, GATE_CLAIMED);
      Atomics.wait(gate!, GATE_NEVER, 0, holdMs);
    }
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
