/**
 * V8's optimising compilers, kept out of one-shot work. A run draws its figures once: vega's
 * dataflow for a few dozen small charts and harfbuzz's subset of one font. V8 hands the code it
 * finds hot to its optimising compilers on background threads, and for work done once that
 * costs more CPU than the optimised code gives back (process.cpuUsage counts every thread).
 * Measured on the flagship, cold, in one process: the 28 figures to SVG 1.44 → 1.03 s CPU
 * without TurboFan; harfbuzz's wasm about 0.45 s less in Liftoff only.
 *
 * The flags are V8's own (node --v8-options), set with v8.setFlagsFromString: V8 reads them
 * when it decides to optimise a function or compiles a wasm module, so setting them at run
 * time takes effect from then on. They change which compiler runs the code, never what it
 * computes (JavaScript and wasm semantics are the same in every tier), so the figures are the
 * same bytes. Nothing is changed when the user chose V8's compilers themselves (node flags or
 * NODE_OPTIONS).
 */
import { setFlagsFromString } from "node:v8";

/** Whether the user gave node flags about V8's compilers (then they are left as given). */
const userChoseCompilers = (): boolean =>
  [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some((f) =>
    /^--(no-)?(opt|turbofan|jitless|max-opt|maglev|liftoff|liftoff-only|wasm-tier-up)\b/.test(f),
  );

/**
 * Runs `work` with JavaScript kept in V8's interpreter and baseline compiler (--no-opt), then
 * turns TurboFan back on for the rest of the run (the paper files, written after the figures).
 */
export async function withoutOptimisingCompiler<T>(work: () => Promise<T>): Promise<T> {
  if (userChoseCompilers()) return work();
  setFlagsFromString("--no-opt");
  try {
    return await work();
  } finally {
    setFlagsFromString("--opt");
  }
}

/**
 * Runs `work` with WebAssembly kept in V8's baseline compiler (--liftoff-only): HarfBuzz
 * (harfbuzz-subset.ts) is a 0.7 MB wasm module a run uses for one subset of a few tens of
 * milliseconds, and V8 optimised its hot functions in the background for about 0.45 s of CPU.
 */
export async function withBaselineWasm<T>(work: () => Promise<T>): Promise<T> {
  if (userChoseCompilers()) return work();
  setFlagsFromString("--liftoff-only");
  try {
    return await work();
  } finally {
    setFlagsFromString("--no-liftoff-only");
  }
}
