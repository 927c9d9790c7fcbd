/**
 * Lowers the spatial blocks: the checked model (check/spatial-tables.ts) is already in plan
 * shape, so this copies it in spec order and records each block's range in the source map.
 * Absent blocks leave the plan's optional lists out.
 */
import type { Plan } from "@ccdc/plan";
import type { CheckContext } from "../check/context.js";
import { spatialTables } from "../check/spatial-tables.js";
import type { SourceMapBuilder } from "./source-map.js";

type SpatialPart = Pick<Plan, "maps" | "spatialWeights" | "autocorrelations">;

export function lowerSpatial(ctx: CheckContext, map: SourceMapBuilder): SpatialPart {
  const t = spatialTables(ctx);
  const out: { -readonly [K in keyof SpatialPart]: SpatialPart[K] } = {};
  const lower = <D extends { range: import("../diagnostic.js").Range }, V>(
    key: keyof SpatialPart,
    table: Map<D, V>,
  ): V[] | undefined => {
    const list = [...table.entries()].sort(
      ([a], [b]) => a.range.start.offset - b.range.start.offset,
    );
    for (const [i, [decl]] of list.entries()) map.add(`/${key}/${i}`, decl.range);
    return list.length > 0 ? list.map(([, v]) => v) : undefined;
  };
  const maps = lower("maps", t.maps);
  if (maps) out.maps = maps;
  const weights = lower("spatialWeights", t.weights);
  if (weights) out.spatialWeights = weights;
  const autocorrelations = lower("autocorrelations", t.autocorrelations);
  if (autocorrelations) out.autocorrelations = autocorrelations;
  return out;
}
