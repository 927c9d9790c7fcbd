/**
 * `CCDC_THREADS`: how many threads a large study's run may use (the engine's `threads`
 * option; a study under PARALLEL_MIN_VALUES panel values always runs on one). 1 forces the
 * serial run; unset, the engine takes the free cores (the cores less the 1-minute load
 * average, rounded, 1 to 8). The results are the same bits either way.
 */
import { EXIT_USAGE, UserError } from "./errors.js";

/** The thread count the environment asks for, or undefined; a usage error if it is not one. */
export function threadsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
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
  return n;
}
