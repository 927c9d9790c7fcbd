/** Lowers sources and their variables (see model/sources.ts for how each part was resolved). */
import type { Source } from "@ccdc/plan";
import type { SourceModel } from "../model/model.js";
import type { SourceMapBuilder } from "./source-map.js";

export function lowerSources(sources: readonly SourceModel[], map: SourceMapBuilder): Source[] {
  return sources.map((s, i) => {
    map.add(`/sources/${i}`, s.range);
    for (const [j, v] of s.variables.entries()) map.add(`/sources/${i}/variables/${j}`, v.range);
    return {
      id: s.id,
      path: s.path,
      format: s.format.value,
      ...(s.sheet !== undefined && { sheet: s.sheet }),
      layout: s.layout,
      variables: s.variables.map((v) => ({
        id: v.id,
        key: v.key,
        unit: v.unit,
        aggregate: v.aggregate,
        missing: v.missing.value,
        missingOrigin: v.missing.origin,
        ...(v.note !== undefined && { note: v.note }),
      })),
    };
  });
}
