/**
 * Pass `indicators`: every indicator has a direction (`benefit`/`cost`, or `+`/`-`) and a
 * `value` expression. (A precomputed index is a `given` node, not an indicator, so an
 * indicator always needs a value.)
 *
 * Codes: E0408 (no direction), E0409 (unknown direction), E0410 (no value).
 */
import { noDirection, noValue, unknownDirection } from "../messages.js";
import type { CheckContext } from "./context.js";
import { allIndicators } from "./tree.js";

export const DIRECTIONS: Readonly<Record<string, "+" | "-">> = {
  benefit: "+",
  cost: "-",
  "+": "+",
  "-": "-",
};

export function checkIndicators(ctx: CheckContext): void {
  for (const ind of allIndicators(ctx.ast.items)) {
    if (!ind.direction) ctx.report(noDirection(ind.name));
    else if (!Object.hasOwn(DIRECTIONS, ind.direction.name))
      ctx.report(unknownDirection(ind.direction));
    if (!ind.value) ctx.report(noValue(ind.name));
  }
}
