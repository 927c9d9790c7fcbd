/** Lowers scales: their levels as the model holds them. */
import type { Scale } from "@ccdc/plan";
import type { ScaleModel } from "../model/model.js";
import type { SourceMapBuilder } from "./source-map.js";

export function lowerScales(scales: readonly ScaleModel[], map: SourceMapBuilder): Scale[] {
  return scales.map((s, i) => {
    if (s.range) map.add(`/scales/${i}`, s.range);
    for (const [j, l] of s.levels.entries())
      if (l.range) map.add(`/scales/${i}/levels/${j}`, l.range);
    return {
      id: s.id,
      labels: s.labels,
      levels: s.levels.map(({ range: _, labels, ...l }) => ({ ...l, labels })),
    };
  });
}
