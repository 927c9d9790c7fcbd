/**
 * Lowers the relative-development and obstacle analyses: the model holds them in plan shape,
 * in spec order; this records each declaration's range in the source map. Absent
 * declarations leave the plan's optional lists out.
 */
import type { Plan } from "@ccdc/plan";
import type { Located, RelativeObstacleModel } from "../model/model.js";
import type { SourceMapBuilder } from "./source-map.js";

type Part = Pick<Plan, "relative" | "obstacles">;

export function lowerRelativeObstacle(model: RelativeObstacleModel, map: SourceMapBuilder): Part {
  const out: { -readonly [K in keyof Part]: Part[K] } = {};
  const lower = <V>(key: keyof Part, list: readonly Located<V>[]): V[] | undefined => {
    for (const [i, x] of list.entries()) map.add(`/${key}/${i}`, x.range);
    return list.length > 0 ? list.map((x) => x.value) : undefined;
  };
  const relative = lower("relative", model.relative);
  if (relative) out.relative = relative;
  const obstacles = lower("obstacles", model.obstacles);
  if (obstacles) out.obstacles = obstacles;
  return out;
}
