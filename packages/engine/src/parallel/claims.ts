/**
 * The shared memory through which the pool's threads divide a batch's tasks (pool.ts,
 * engine-worker.ts). A batch's `Control` (Int32Array over a SharedArrayBuffer):
 *
 * - NEXT: the next task number to try (each thread takes numbers with Atomics.add);
 * - PROGRESS: bumped, with a notify, each time a task is done (what the main thread waits on);
 * - ERROR: set when a task threw on a worker (its message goes on the worker's port);
 * - then one state per task: FREE, the claiming thread's mark (MAIN, or FIRST_WORKER + w),
 *   or DONE. A thread claims a task by compare-and-exchange from FREE, so a number taken
 *   from NEXT by a thread that dies before claiming it stays FREE, and the main thread can
 *   claim it later; a task claimed by a dead worker is claimed back the same way.
 *
 * The pool's `slots` hold, per worker, SLOTS numbers the worker writes when it starts: its
 * ready flag and its OS thread id (Linux; 0 elsewhere), by which the main thread tells a
 * worker that died.
 */
export type Control = Int32Array;

export const NEXT = 0;
export const PROGRESS = 1;
export const ERROR = 2;
const STATES = 3;

export const FREE = 0;
export const DONE = -1;
/** The main thread's claim mark; worker w claims with FIRST_WORKER + w. */
export const MAIN = 1;
export const FIRST_WORKER = 2;

/** Numbers per worker in the pool's slots, and where each is. */
export const SLOTS = 2;
export const SLOT_READY = 0;
export const SLOT_TID = 1;

/**
 * Fault injection (tests, `PoolFaults.claimRace`): the numbers by which a worker and the main
 * thread force one interleaving of a claim, in a gate of GATE_SIZE Int32s. GATE_SEEN: set by
 * the main thread when it has seen the task free; GATE_CLAIMED: set by the worker once its
 * claim succeeded; GATE_NEVER stays 0 (a worker's bounded sleep waits on it).
 */
export const GATE_SEEN = 0;
export const GATE_CLAIMED = 1;
export const GATE_NEVER = 2;
export const GATE_SIZE = 3;
/** How long either side of a forced interleaving waits for the other at most. */
export const GATE_BOUND_MS = 5000;

/** A zeroed control for `count` tasks (every task FREE). */
export function controlFor(count: number): Control {
  return new Int32Array(new SharedArrayBuffer((STATES + count) * 4));
}

/** Task t's state now. */
export function taskState(control: Control, t: number): number {
  return Atomics.load(control, STATES + t);
}

/**
 * Claims task t for `mark` if its state is `expected` (FREE unless a task is claimed back);
 * returns the state found, so the claim succeeded when that equals `expected`.
 */
export function claim(control: Control, t: number, mark: number, expected = FREE): number {
  return Atomics.compareExchange(control, STATES + t, expected, mark);
}

/** Marks task t done and wakes the main thread. */
export function finish(control: Control, t: number): void {
  Atomics.store(control, STATES + t, DONE);
  Atomics.add(control, PROGRESS, 1);
  Atomics.notify(control, PROGRESS);
}

/** This thread's OS thread id (Linux: from /proc/thread-self), or 0 when it cannot be read. */
export function osThreadId(readlink: (path: string) => string): number {
  try {
    const tid = Number(readlink("/proc/thread-self").split("/").at(-1));
    return Number.isInteger(tid) && tid > 0 ? tid : 0;
  } catch {
    return 0;
  }
}
