/**
 * A pool of worker threads for the walk's column work (tasks.ts). `run` is synchronous: it
 * sends the batch to every worker, takes tasks itself like the workers do, then waits until
 * every task is marked done. So the walk stays one synchronous function whichever executor
 * runs it, and a worker still starting up simply leaves more tasks to the main thread. Data
 * travel in SharedArrayBuffers: posting a batch copies only its small descriptions.
 *
 * Every wait is bounded, whatever happens to a worker (claims.ts holds the protocol):
 * - each task has its own state in shared memory: free, claimed by thread k, or done; a
 *   thread claims a task by compare-and-exchange, so no task runs twice unless the main
 *   thread takes it back;
 * - the main thread waits with a timeout (POLL_MS), and on each wake looks at the tasks not
 *   done: a free one (a worker took its number and has not claimed it yet, or died before
 *   it could) it claims and runs itself; one claimed by a worker whose thread has ended
 *   (killed, out of memory: Linux's /proc/self/task lists the process's live threads) it
 *   claims back and runs again itself. A claim that fails means another thread claimed the
 *   task first: the main thread waits for it like for any task not done (it once took such a
 *   task for done and returned with its rows unwritten: pool.test.ts). A task writes only
 *   its own outputs, computed from inputs nobody writes during the batch, so running it again
 *   gives the same bits;
 * - if no task is done for STALL_MS (at least 8 times the longest task this thread ran in
 *   the batch), a worker is stuck or its death cannot be seen (no /proc): the main thread
 *   stops the workers, runs every task not done itself and runs the later batches alone.
 *
 * Memory order (ECMAScript's model): a task's outputs are written before its thread marks it
 * done with a sequentially consistent store, and the main thread reads outputs only once its
 * own sequentially consistent loads have seen every task done, so those loads synchronise with
 * the stores and every output is visible to it; this is why `run` must not return while any
 * task is still claimed by a live worker. A batch's inputs are written before it is posted
 * and by nobody during it; a worker reads them after receiving the message.
 *
 * The workers run the built engine (dist/parallel/engine-worker.js; in the CLI's bundle, the
 * bundled copy beside it): Node cannot load the TypeScript sources, so a run from source (the
 * tests) needs `pnpm build` first.
 */
import { statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import {
  MessageChannel,
  type MessagePort,
  receiveMessageOnPort,
  Worker,
} from "node:worker_threads";
import {
  type Control,
  claim,
  controlFor,
  DONE,
  ERROR,
  FIRST_WORKER,
  FREE,
  finish,
  GATE_BOUND_MS,
  GATE_CLAIMED,
  GATE_SEEN,
  GATE_SIZE,
  MAIN,
  NEXT,
  PROGRESS,
  SLOT_TID,
  SLOTS,
  taskState,
} from "./claims.js";
import { type Batch, runTask, taskCount } from "./tasks.js";

/** How long the main thread sleeps at most between looks at the tasks not done. */
export const POLL_MS = 20;

/** No task done for this long (or 8 × the longest task this thread ran): give up on the workers. */
export const STALL_MS = 5000;

/** The worker script beside this module; from source, the built one. */
function workerUrl(): URL {
  const here = import.meta.url;
  const url = new URL("./engine-worker.js", here);
  return here.endsWith(".ts")
    ? new URL(url.href.replace("/src/parallel/", "/dist/parallel/"))
    : url;
}

/**
 * Faults to inject, for the tests of the recovery only. `exitAtClaim` n: each worker ends its
 * thread (process.exit in the worker) right after it claims its n-th task (counted from 1
 * over the pool's life), before running it. `hangAtClaim` n: each worker spins for ever at its
 * n-th claim instead (a stuck thread, alive). `stallMs`: STALL_MS instead. With either fault
 * the main thread leaves the first task of each batch to the workers (waiting up to STALL_MS),
 * so that a worker does claim one.
 *
 * `claimRace` forces, once, the interleaving in which the main thread, waiting for the rest
 * of a batch, finds a task free that a worker has taken the number of but not claimed yet:
 * the worker (pool of 2 threads) stops between the two until the main thread has seen the
 * task free, claims it before the main thread tries, and sleeps `holdMs` before running it.
 * The main thread's claim then fails, and it must wait for the worker (it once returned at
 * once, with the task's rows not yet written: pool.test.ts).
 */
export interface PoolFaults {
  exitAtClaim?: number;
  hangAtClaim?: number;
  stallMs?: number;
  claimRace?: { holdMs: number };
}

interface PoolWorker {
  worker: Worker;
  port: MessagePort;
}

export class WorkerPool {
  /** Workers whose thread ended while the pool ran: their tasks were run again here. */
  lost = 0;
  /** True once the workers were given up on (STALL_MS): every batch runs on this thread. */
  abandoned = false;
  private readonly dead = new Set<number>();

  private constructor(
    private readonly workers: PoolWorker[],
    /** Per worker: SLOTS numbers (ready flag, OS thread id) the worker writes at its start. */
    private readonly slots: Int32Array,
    private readonly failures: { worker: number; error: unknown; ready: boolean }[],
    private readonly faults: PoolFaults,
    /** PoolFaults.claimRace only: the gate the worker and this thread meet at (claims.ts). */
    private readonly gate?: Int32Array,
  ) {}

  /** A pool for `threads` threads in all: this one and `threads − 1` workers. */
  static start(threads: number, faults: PoolFaults = {}): WorkerPool {
    const url = workerUrl();
    const n = Math.max(0, threads - 1);
    const slots = new Int32Array(new SharedArrayBuffer(Math.max(1, n * SLOTS) * 4));
    const failures: { worker: number; error: unknown; ready: boolean }[] = [];
    const gate = faults.claimRace && new Int32Array(new SharedArrayBuffer(GATE_SIZE * 4));
    const workers = Array.from({ length: n }, (_, w) => {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(url, {
        workerData: {
          port: port1,
          slots,
          self: w,
          exitAtClaim: faults.exitAtClaim ?? 0,
          hangAtClaim: faults.hangAtClaim ?? 0,
          gate,
          holdMs: faults.claimRace?.holdMs ?? 0,
        },
        transferList: [port1],
      });
      // A worker that cannot start (its script missing: a broken build) takes no task, so the
      // run's results are whole; `close` reports it, so that the build gets fixed. One that
      // dies later (out of memory) had its tasks run again by the main thread.
      worker.on("error", (error) =>
        failures.push({ worker: w, error, ready: Atomics.load(slots, w * SLOTS) === 1 }),
      );
      worker.unref();
      return { worker, port: port2 };
    });
    return new WorkerPool(workers, slots, failures, faults, gate);
  }

  /** Threads that run tasks, this one included. */
  get threads(): number {
    return this.workers.length + 1;
  }

  /** Runs every task of the batch, on all threads; returns when all are done. */
  run(batch: Batch): void {
    const count = taskCount(batch);
    const control = controlFor(count);
    if (this.abandoned) {
      for (let t = 0; t < count; t++) this.runHere(batch, control, t);
      return;
    }
    for (const { worker } of this.workers) worker.postMessage({ batch, control });
    const { exitAtClaim, hangAtClaim, claimRace } = this.faults;
    if ((exitAtClaim ?? hangAtClaim ?? claimRace) !== undefined && count > 0) {
      this.leaveFirstTask(control);
    }
    let longest = 0;
    for (let t = Atomics.add(control, NEXT, 1); t < count; t = Atomics.add(control, NEXT, 1)) {
      if (claim(control, t, MAIN) !== FREE) continue;
      const t0 = performance.now();
      this.runHere(batch, control, t);
      longest = Math.max(longest, performance.now() - t0);
    }
    this.awaitRest(batch, control, count, longest);
    if (Atomics.load(control, ERROR) !== 0) {
      const messages: string[] = [];
      for (const { port } of this.workers) {
        for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port))
          messages.push(String(m.message));
      }
      throw new Error(`internal: a worker thread failed: ${messages.join("\n")}`);
    }
  }

  /** Waits (bounded, see the module comment) until every task of the batch is done. */
  private awaitRest(batch: Batch, control: Control, count: number, longest: number): void {
    const stallMs = Math.max(this.faults.stallMs ?? STALL_MS, 8 * longest);
    let progress = Atomics.load(control, PROGRESS);
    let lastProgress = performance.now();
    // Whether to look for dead workers: first, then after each wait that timed out (a
    // worker's thread ends without a notify).
    let look = true;
    for (;;) {
      let waiting = false;
      for (let t = 0; t < count; t++) {
        const state = taskState(control, t);
        if (state === DONE) continue;
        // Free: a worker took its number and has not claimed it yet (or died before it
        // could): take it. A worker's: run it again if the worker's thread is gone (claim
        // back first, so that it runs here once).
        if (state === FREE || (look && state !== MAIN && !this.alive(state - FIRST_WORKER))) {
          if (state === FREE) this.letWorkerClaimFirst();
          const found = claim(control, t, MAIN, state);
          if (found === state) this.runHere(batch, control, t);
          // Another thread claimed it between the look and the claim (a worker that had taken
          // its number before): it is not done until that thread marks it so.
          else if (found !== DONE) waiting = true;
        } else waiting = true;
      }
      if (!waiting) return;
      const now = performance.now();
      const seen = Atomics.load(control, PROGRESS);
      if (seen !== progress) {
        progress = seen;
        lastProgress = now;
      } else if (now - lastProgress > stallMs) {
        this.abandon();
        for (let t = 0; t < count; t++) {
          if (taskState(control, t) !== DONE) this.runHere(batch, control, t);
        }
        return;
      }
      look = Atomics.wait(control, PROGRESS, progress, POLL_MS) === "timed-out";
    }
  }

  /** Runs task t on this thread and marks it done. */
  private runHere(batch: Batch, control: Control, t: number): void {
    runTask(batch, t);
    finish(control, t);
  }

  /**
   * Whether worker w's thread may still run: false once Linux no longer lists its thread
   * (/proc/self/task/TID); true while it does, or when its thread id is unknown (another
   * system: then only the stall bound applies).
   */
  private alive(w: number): boolean {
    if (this.dead.has(w)) return false;
    const tid = Atomics.load(this.slots, w * SLOTS + SLOT_TID);
    if (tid <= 0) return true;
    if (statSync(`/proc/self/task/${tid}`, { throwIfNoEntry: false }) !== undefined) return true;
    this.dead.add(w);
    this.lost++;
    return false;
  }

  /** Stops every worker (they stop at their next interrupt check) and runs alone from now on. */
  private abandon(): void {
    this.abandoned = true;
    for (const { worker } of this.workers) void worker.terminate();
  }

  /** Fault injection only (claimRace): once, lets the waiting worker claim before this thread. */
  private letWorkerClaimFirst(): void {
    const gate = this.gate;
    if (gate === undefined || Atomics.load(gate, GATE_SEEN) !== 0) return;
    Atomics.store(gate, GATE_SEEN, 1);
    Atomics.notify(gate, GATE_SEEN);
    Atomics.wait(gate, GATE_CLAIMED, 0, GATE_BOUND_MS);
  }

  /** Fault injection only: waits (up to STALL_MS) until a worker has taken the first task. */
  private leaveFirstTask(control: Control): void {
    const until = performance.now() + (this.faults.stallMs ?? STALL_MS);
    while (Atomics.load(control, NEXT) === 0 && performance.now() < until) {
      if (this.workers.every((_, w) => !this.alive(w))) return;
      Atomics.wait(control, PROGRESS, Atomics.load(control, PROGRESS), 1);
    }
  }

  /** Stops the workers; throws if one could not start (an engine or build bug). */
  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
    for (const { port } of this.workers) port.close();
    const failed = this.failures.find((f) => !f.ready);
    if (failed) {
      const e = failed.error;
      throw new Error(
        `internal: a worker thread failed: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }
}
