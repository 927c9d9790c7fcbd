/**
 * A pool of worker threads for the walk's column work (tasks.ts). `run` is synchronous: it
 * sends the batch to every worker, takes tasks itself from the batch's shared counter like the
 * workers do, then waits (Atomics.wait) until every task is counted done. So the walk stays
 * one synchronous function whichever executor runs it, and a worker still starting up simply
 * leaves more tasks to the main thread. Data travel in SharedArrayBuffers: posting a batch
 * copies only its small descriptions.
 *
 * The workers run the built engine (dist/parallel/engine-worker.js; in the CLI's bundle, the
 * bundled copy beside it): Node cannot load the TypeScript sources, so a run from source (the
 * tests) needs `pnpm build` first.
 */
import {
  MessageChannel,
  type MessagePort,
  receiveMessageOnPort,
  Worker,
} from "node:worker_threads";
import { type Batch, runTask, taskCount } from "./tasks.js";

/** The worker script beside this module; from source, the built one. */
function workerUrl(): URL {
  const here = import.meta.url;
  const url = new URL("./engine-worker.js", here);
  return here.endsWith(".ts")
    ? new URL(url.href.replace("/src/parallel/", "/dist/parallel/"))
    : url;
}

export class WorkerPool {
  private constructor(
    private readonly workers: { worker: Worker; port: MessagePort }[],
    private readonly failures: unknown[],
  ) {}

  /** A pool for `threads` threads in all: this one and `threads − 1` workers. */
  static start(threads: number): WorkerPool {
    const url = workerUrl();
    // A worker that cannot start (its script missing: a broken build) takes no task, so the
    // run's results are whole; `close` reports it, so that the build gets fixed.
    const failures: unknown[] = [];
    const workers = Array.from({ length: Math.max(0, threads - 1) }, () => {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(url, { workerData: { port: port1 }, transferList: [port1] });
      worker.on("error", (e) => failures.push(e));
      worker.unref();
      return { worker, port: port2 };
    });
    return new WorkerPool(workers, failures);
  }

  /** Threads that run tasks, this one included. */
  get threads(): number {
    return this.workers.length + 1;
  }

  /** Runs every task of the batch, on all threads; returns when all are done. */
  run(batch: Batch): void {
    const count = taskCount(batch);
    // [next task, tasks done, error flag]
    const control = new Int32Array(new SharedArrayBuffer(3 * 4));
    for (const { worker } of this.workers) worker.postMessage({ batch, control });
    for (let t = Atomics.add(control, 0, 1); t < count; t = Atomics.add(control, 0, 1)) {
      runTask(batch, t);
      Atomics.add(control, 1, 1);
    }
    for (let done = Atomics.load(control, 1); done < count; done = Atomics.load(control, 1)) {
      Atomics.wait(control, 1, done, 1000);
    }
    if (Atomics.load(control, 2) !== 0) {
      const messages: string[] = [];
      for (const { port } of this.workers) {
        for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port))
          messages.push(String(m.message));
      }
      throw new Error(`internal: a worker thread failed: ${messages.join("\n")}`);
    }
  }

  /** Stops the workers; throws if one failed to run (an engine or build bug). */
  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
    for (const { port } of this.workers) port.close();
    if (this.failures.length > 0) {
      const e = this.failures[0];
      throw new Error(
        `internal: a worker thread failed: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }
}
