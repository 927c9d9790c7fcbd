/**
 * A worker thread of the pool (pool.ts): takes tasks of each batch it is sent from the batch's
 * shared counter until none is left, as the main thread does, and counts each one done. A task
 * that throws (an engine bug) sets the batch's error flag and sends its message on the port the
 * pool reads synchronously.
 */
import { type MessagePort, parentPort, workerData } from "node:worker_threads";
import { type Batch, runTask, taskCount } from "./tasks.js";

const port = (workerData as { port: MessagePort }).port;

parentPort!.on("message", ({ batch, control }: { batch: Batch; control: Int32Array }) => {
  const count = taskCount(batch);
  for (let t = Atomics.add(control, 0, 1); t < count; t = Atomics.add(control, 0, 1)) {
    try {
      runTask(batch, t);
    } catch (e) {
      Atomics.store(control, 2, 1);
      port.postMessage(e instanceof Error ? (e.stack ?? e.message) : String(e));
    }
    if (Atomics.add(control, 1, 1) + 1 === count) Atomics.notify(control, 1);
  }
});
