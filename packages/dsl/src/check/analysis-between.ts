/**
 * Pass `analysis-between`: a between analysis couples units on at least one node (`on`), each
 * node once; its combinations are `pairs`, `triples` or `all` of the units (or of an `of`
 * list), or listed explicitly; every combination has at least two distinct units of the study,
 * no combination is listed twice, and there are at most 100,000 of them. Records the
 * enumerated combinations.
 *
 * Codes: E0807 (listed twice), E0809 (too few units), E0810 (no `on`), E0811 (combination of
 * fewer than two), E0812 (combination twice), E0813 (too many combinations),
 * E0102/E0103/E0808 (nodes and units).
 */
import type { Ident } from "../ast.js";
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
import { cover } from "./ranges.js";
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
    const combos =
      between.mode === "list"
        ? listed(ctx, between.combinations, between.range)
        : generated(ctx, between);
    if (combos) ctx.tables.combinations.set(a, combos);
  }
}

function generated(
  ctx: CheckContext,
  between: { mode: "pairs" | "triples" | "all" | "list"; of: readonly Ident[]; range: Range },
): string[][] | undefined {
  if (between.mode === "list") return undefined;
  const pool =
    between.of.length > 0
      ? resolveUnitList(ctx, between.of)
      : ctx.tables.units
        ? unitIds(ctx)
        : undefined;
  if (!pool) return undefined;
  const need = between.mode === "triples" ? 3 : 2;
  if (pool.length < need) {
    ctx.report(tooFewUnits(between.range, need, pool.length, between.mode));
    return undefined;
  }
  const count = combinationCount(between.mode, pool.length);
  if (count > MAX_COMBINATIONS) {
    ctx.report(tooManyCombinations(between.range, countText(count), countText(MAX_COMBINATIONS)));
    return undefined;
  }
  return enumerate(between.mode, pool);
}

function listed(
  ctx: CheckContext,
  combinations: readonly (readonly Ident[])[],
  at: Range,
): string[][] | undefined {
  const out: string[][] = [];
  const seen = new Map<string, Range>();
  let ok = true;
  for (const combo of combinations) {
    const first = combo[0];
    if (!first) continue;
    const range = cover(first.range, combo[combo.length - 1]!.range);
    const ids = resolveUnitList(ctx, combo);
    if (!ids) {
      ok = false;
      continue;
    }
    if (ids.length < 2) {
      ctx.report(smallCombination(range));
      ok = false;
      continue;
    }
    const key = [...ids].sort().join("\u0000");
    const before = seen.get(key);
    if (before) {
      ctx.report(combinationTwice(range, before));
      ok = false;
      continue;
    }
    seen.set(key, range);
    out.push(ids);
  }
  if (ok && out.length === 0) ctx.report(smallCombination(at));
  return ok && out.length > 0 ? out : undefined;
}
