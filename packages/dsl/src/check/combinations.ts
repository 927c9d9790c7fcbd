/**
 * Enumerating the unit combinations of a between analysis, in a defined order: by size, then
 * lexicographically by position in the pool (the `of` list as written, or the units in
 * declaration order). `pairs` are the 2-combinations, `triples` the 3-combinations, `all` the one
 * combination of every unit in the pool (all units coupled together, n = pool size).
 */

export const MAX_COMBINATIONS = 100_000;

/** n choose k, as a float (exact for the sizes that pass the limit). */
export function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.round(r);
}

/** How many combinations a mode yields from n units. */
export function combinationCount(mode: "pairs" | "triples" | "all", n: number): number {
  if (mode === "pairs") return choose(n, 2);
  if (mode === "triples") return choose(n, 3);
  return n < 2 ? 0 : 1;
}

/** The k-combinations of `pool`, lexicographic by position. */
export function* kCombinations<T>(pool: readonly T[], k: number): Generator<T[]> {
  const idx = Array.from({ length: k }, (_, i) => i);
  if (k > pool.length || k <= 0) return;
  for (;;) {
    yield idx.map((i) => pool[i]!);
    let j = k - 1;
    while (j >= 0 && idx[j] === pool.length - k + j) j--;
    if (j < 0) return;
    idx[j]!++;
    for (let i = j + 1; i < k; i++) idx[i] = idx[i - 1]! + 1;
  }
}

export function enumerate<T>(mode: "pairs" | "triples" | "all", pool: readonly T[]): T[][] {
  if (mode === "pairs") return [...kCombinations(pool, 2)];
  if (mode === "triples") return [...kCombinations(pool, 3)];
  return pool.length < 2 ? [] : [[...pool]];
}

/** "131,054", or "about 1.27e+30" for counts beyond exact integers. */
export function countText(count: number): string {
  if (count > Number.MAX_SAFE_INTEGER) return `about ${count.toExponential(2)}`;
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
