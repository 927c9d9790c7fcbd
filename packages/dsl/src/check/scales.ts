/**
 * Pass `scales`: every scale has levels, numbered by distinct positive whole numbers in
 * ascending order, whose intervals lie in [0, 1], are not empty, are listed in ascending order,
 * and tile [0, 1] exactly: no gaps, no overlaps (a shared bound is included by exactly one of
 * the two levels), 0 and 1 both covered.
 *
 * Codes: E0701 (gap), E0702 (overlap), E0703 (bound outside [0, 1]), E0704 (0 or 1 not
 * covered), E0705 (level number twice), E0706 (empty interval), E0707 (levels not ascending),
 * E0708 (level number not a positive integer), E0709 (no levels), E0710 (level numbers not
 * ascending).
 */
import type { Num, ScaleDecl, ScaleLevelAst } from "../ast.js";
import {
  boundOutside,
  emptyLevel,
  levelNotPositiveInteger,
  levelNumbersNotAscending,
  levelsNotAscending,
  levelTwice,
  scaleGap,
  scaleNoLevels,
  scaleNotCovering,
  scaleOverlap,
} from "../messages.js";
import type { CheckContext } from "./context.js";

export function checkScales(ctx: CheckContext): void {
  for (const item of ctx.ast.items) if (item.kind === "scale") checkScale(ctx, item);
}

function checkScale(ctx: CheckContext, scale: ScaleDecl): void {
  if (scale.levels.length === 0) {
    ctx.report(scaleNoLevels(scale.name));
    return;
  }
  const numbers = new Map<number, Num>();
  let sound = true;
  for (const l of scale.levels) {
    if (!Number.isInteger(l.level.value) || l.level.value < 1)
      ctx.report(levelNotPositiveInteger(l.level));
    const first = numbers.get(l.level.value);
    if (first) ctx.report(levelTwice(l.level, first.range));
    else numbers.set(l.level.value, l.level);
    for (const b of [l.lower, l.upper]) {
      if (!(b.value >= 0 && b.value <= 1)) ctx.report(boundOutside(b));
    }
    const empty =
      l.lower.value > l.upper.value ||
      (l.lower.value === l.upper.value && !(l.lowerClosed && l.upperClosed));
    if (empty) {
      ctx.report(emptyLevel(l.range, l.lower, l.upper));
      sound = false;
    }
  }
  if (!sound) return;
  for (let i = 1; i < scale.levels.length; i++) {
    const prev = scale.levels[i - 1]!;
    const cur = scale.levels[i]!;
    if (cur.lower.value <= prev.lower.value) {
      ctx.report(levelsNotAscending(cur.range, prev.range));
      return;
    }
    if (cur.level.value < prev.level.value)
      ctx.report(levelNumbersNotAscending(cur.level, prev.level));
    checkJoin(ctx, prev, cur);
  }
  const first = scale.levels[0]!;
  const last = scale.levels[scale.levels.length - 1]!;
  if (first.lower.value > 0 || (first.lower.value === 0 && !first.lowerClosed)) {
    const hint =
      first.lower.value === 0 ? "include 0: write `[0.0, …`" : "start the first level at `[0.0, …`";
    ctx.report(scaleNotCovering(first.range, "0", hint));
  }
  if (last.upper.value < 1 || (last.upper.value === 1 && !last.upperClosed)) {
    const hint =
      last.upper.value === 1 ? "include 1: write `…, 1.0]`" : "end the last level at `…, 1.0]`";
    ctx.report(scaleNotCovering(last.range, "1", hint));
  }
}

function checkJoin(ctx: CheckContext, prev: ScaleLevelAst, cur: ScaleLevelAst): void {
  const a = prev.upper.value;
  const b = cur.lower.value;
  if (a < b)
    ctx.report(scaleGap(cur.range, `between ${prev.upper.text} and ${cur.lower.text}`, prev.range));
  else if (a > b)
    ctx.report(scaleOverlap(cur.range, `from ${cur.lower.text} to ${prev.upper.text}`, prev.range));
  else if (prev.upperClosed && cur.lowerClosed) {
    ctx.report(scaleOverlap(cur.range, `at ${cur.lower.text}: both levels include it`, prev.range));
  } else if (!prev.upperClosed && !cur.lowerClosed) {
    ctx.report(scaleGap(cur.range, `at ${cur.lower.text}: neither level includes it`, prev.range));
  }
}
