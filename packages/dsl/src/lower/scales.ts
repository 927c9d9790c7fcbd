/** Lowers scales: their levels as written (the checker proved them ascending and tiling [0, 1]). */
import type { Scale } from "@ccdc/plan";
import type { CheckContext } from "../check/context.js";
import { lowerLabels } from "./labels.js";
import type { SourceMapBuilder } from "./source-map.js";

export function lowerScales(ctx: CheckContext, map: SourceMapBuilder): Scale[] {
  const scales = ctx.ast.items.filter((i) => i.kind === "scale");
  return scales.map((s, i) => {
    map.add(`/scales/${i}`, s.range);
    for (const [j, l] of s.levels.entries()) map.add(`/scales/${i}/levels/${j}`, l.range);
    return {
      id: s.name.name,
      labels: lowerLabels(s.labels, s.name.name),
      levels: s.levels.map((l) => ({
        level: l.level.value,
        lower: l.lower.value,
        upper: l.upper.value,
        lowerClosed: l.lowerClosed,
        upperClosed: l.upperClosed,
        labels: lowerLabels(l.labels, `level ${l.level.text}`),
      })),
    };
  });
}
