/**
 * Pass `analysis-between`: a between analysis couples units on at least one node (`on`), each
 * node once; its combinations come from one or more items, in the order written: `pairs`,
 * `triples` or `all` of the units (or of an `of` list), and combinations listed explicitly;
 * every combination has at least two distinct units of the study, no combination comes twice
 * (from two items, in any order), and there are at most 100,000 of them. Records the
 * enumerated combinations.
 *
 * Codes: E0807 (listed twice), E0809 (too few units), E0810 (no `on`), E0811 (combination of
 * fewer than two), E0812 (combination twice), E0813 (too many combinations),
 * E0102/E0103/E0808 (nodes and units).
 */
import type { BetweenItem } from "../ast.js";
import type { Range } from "../diagnostic.js";
import {
  combinationTwice,
  listedTwice,
  noOn,
  smallCombination,
  tooFewUnits,
  tooManyCombinations,
} from "../messages.js";
import { soundAnalyses } from "./analysis-shape.js";
import { combinationCount, countText, enumerate, MAX_COMBINATIONS } from "./combinations.js";
import type { CheckContext } from "./context.js";
import { resolveUnitList, unitIds } from "./unit-ref.js";

const ANY_NODE = {
  noun: "node",
  phrase: "a node (index, system or group)",
  accepts: (s: { kind: string }) => s.kind === "node",
};

export function checkBetween(ctx: CheckContext): void {
  for (const a of soundAnalyses(ctx, "between")) {
    const between = a.between!;
    if (a.on.length === 0) ctx.report(noOn(a.name.range));
    const seen = new Map<string, Range>();
    for (const name of a.on) {
      const first = seen.get(name.name);
      if (first) ctx.report(listedTwice(name, first));
      else {
        seen.set(name.name, name.range);
        ctx.resolve(name, ANY_NODE);
      }
    }
    const combos = combinations(ctx, between.items, between.range);
    if (combos) ctx.tables.combinations.set(a, combos);
  }
}

/**
 * Every item's combinations, in the order written (each mode's in its defined order), none
 * twice in any order; undefined if any item is in error.
 */
function combinations(
  ctx: CheckContext,
  items: readonly BetweenItem[],
  clause: Range,
): string[][] | undefined {
  let ok = true;
  const pools = items.map((item) => {
    const pool = item.kind === "mode" ? modePool(ctx, item) : listedIds(ctx, item);
    if (!pool) ok = false;
    return pool;
  });
  if (!ok) return undefined;
  let count = 0;
  for (const [i, item] of items.entries())
    count += item.kind === "mode" ? combinationCount(item.mode, pools[i]!.length) : 1;
  if (count > MAX_COMBINATIONS) {
    ctx.report(tooManyCombinations(clause, countText(count), countText(MAX_COMBINATIONS)));
    return undefined;
  }
  const out: string[][] = [];
  const seen = new Map<string, Range>();
  for (const [i, item] of items.entries()) {
    const pool = pools[i]!;
    const combos = item.kind === "mode" ? enumerate(item.mode, pool) : [pool];
    // One error per item, at its first combination already coupled by an earlier item.
    let repeated = false;
    for (const combo of combos) {
      const key = [...combo].sort().join("\u0000");
      const before = seen.get(key);
      if (before) {
        if (!repeated) ctx.report(combinationTwice(item.range, before, combo));
        repeated = true;
        ok = false;
        continue;
      }
      seen.set(key, item.range);
      out.push(combo);
    }
  }
  return ok ? out : undefined;
}

/** The pool a mode draws from (its `of` list, else every unit); undefined after an error. */
function modePool(
  ctx: CheckContext,
  item: Extract<BetweenItem, { kind: "mode" }>,
): string[] | undefined {
  const pool =
    item.of.length > 0
      ? resolveUnitList(ctx, item.of)
      : ctx.tables.units
        ? unitIds(ctx)
        : undefined;
  if (!pool) return undefined;
  const need = item.mode === "triples" ? 3 : 2;
  if (pool.length < need) {
    ctx.report(tooFewUnits(item.range, need, pool.length, item.mode));
    return undefined;
  }
  return pool;
}

/** A listed combination's unit ids: at least two distinct units of the study. */
function listedIds(
  ctx: CheckContext,
  item: Extract<BetweenItem, { kind: "combination" }>,
): string[] | undefined {
  const ids = resolveUnitList(ctx, item.units);
  if (!ids) return undefined;
  if (ids.length < 2) {
    ctx.report(smallCombination(item.range));
    return undefined;
  }
  return ids;
}
