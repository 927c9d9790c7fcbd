/**
 * The runs of a sensitivity analysis: which alternative of each choice each run takes
 * (docs/method.md "Variants and sensitivity"). A run is a mixed-radix number over the choices' alternative counts,
 * the first choice most significant, so the grid lists runs in lexicographic order.
 */
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** The most runs one sensitivity analysis may make (grid size or sample count). */
export const MAX_SENSITIVITY_RUNS = 100_000;

/** The number of combinations of a grid, or Infinity past 2^53. */
export function gridSize(levels: readonly number[]): number {
  let size = 1;
  for (const k of levels) size *= k;
  return Number.isSafeInteger(size) ? size : Number.POSITIVE_INFINITY;
}

/** The alternative of each choice for run number `r` of the grid. */
export function decodeRun(r: number, levels: readonly number[]): number[] {
  const out = new Array<number>(levels.length);
  let rest = r;
  for (let c = levels.length - 1; c >= 0; c--) {
    const k = levels[c]!;
    out[c] = rest % k;
    rest = Math.floor(rest / k);
  }
  return out;
}

/**
 * Every run of the grid when `sample` is the grid, or `count` distinct runs drawn uniformly
 * without replacement (each choice's alternative drawn uniformly with xoroshiro128+ seeded by
 * `seed`, from pure-rand; a repeated combination is drawn again), listed in grid order so that
 * the output does not depend on the draw order. A count at least the grid's size is the grid.
 * The caller has bounded both by MAX_SENSITIVITY_RUNS.
 */
export function sensitivityRuns(
  levels: readonly number[],
  sample: { kind: "grid" } | { kind: "random"; count: number; seed: number },
): number[][] {
  const size = gridSize(levels);
  if (sample.kind === "grid" || sample.count >= size) {
    return Array.from({ length: size }, (_, r) => decodeRun(r, levels));
  }
  const rng = xoroshiro128plus(sample.seed);
  const chosen = new Map<string, number[]>();
  // count < size ≤ … : repeats are rejected; with count close to size the coupon-collector
  // tail stays small at MAX_SENSITIVITY_RUNS.
  while (chosen.size < sample.count) {
    const run = levels.map((k) => uniformInt(rng, 0, k - 1));
    chosen.set(run.join(","), run);
  }
  return [...chosen.values()].sort(compareRuns);
}

function compareRuns(a: readonly number[], b: readonly number[]): number {
  for (let c = 0; c < a.length; c++) if (a[c] !== b[c]) return a[c]! - b[c]!;
  return 0;
}
