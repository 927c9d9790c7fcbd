/**
 * The relative-development and obstacle analyses in the model: each declaration the checker
 * built (check/relative-obstacle.ts, already in plan shape), in spec order, with its range.
 */
import type { CheckContext } from "../check/context.js";
import { relativeObstacleTables } from "../check/relative-obstacle.js";
import type { Range } from "../diagnostic.js";
import type { Located, RelativeObstacleModel } from "./model.js";

export function buildRelativeObstacle(ctx: CheckContext): RelativeObstacleModel {
  const t = relativeObstacleTables(ctx);
  const inOrder = <D extends { readonly range: Range }, V>(table: Map<D, V>): Located<V>[] =>
    [...table.entries()]
      .sort(([a], [b]) => a.range.start.offset - b.range.start.offset)
      .map(([decl, value]) => ({ value, range: decl.range }));
  return { relative: inOrder(t.relative), obstacles: inOrder(t.obstacles) };
}
