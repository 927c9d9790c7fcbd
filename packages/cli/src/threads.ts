/**
 * `CCDC_THREADS`: how many threads a large study's run may use (the engine's `threads`
 * option; a study under PARALLEL_MIN_VALUES panel values always runs on one). While the
 * engine's worker threads are off (WORKER_THREADS_ENABLED: a known defect), every run is on
 * one thread and a request for more is answered with a note on stderr.
 */
import { WORKER_THREADS_ENABLED } from "@ccdc/engine";
import { EXIT_USAGE, UserError } from "./errors.js";

/**
 * The thread count the environment asks for, or undefined; a usage error if it is not one.
 * `note` is told, once, when more than one thread is asked for and the engine uses one.
 */
export function threadsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  note?: (line: string) => void,
): number | undefined {
  const text = env.CCDC_THREADS;
  if (text === undefined || text === "") return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !(n >= 1 && n <= 256)) {
    throw new UserError(
      `CCDC_THREADS is "${text}": it must be a whole number of threads from 1 to 256 (1 runs on one thread)`,
      EXIT_USAGE,
    );
  }
  if (n > 1 && !WORKER_THREADS_ENABLED) {
    note?.(
      `ccdc: note: CCDC_THREADS=${n} is not used: worker threads are off in this version (a run split over threads was seen to give other numbers than one thread), so the study runs on one thread\n`,
    );
  }
  return n;
}
