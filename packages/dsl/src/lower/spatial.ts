/**
 * Lowers the spatial blocks: the model holds them in plan shape (check/spatial-tables.ts, then
 * model/spatial.ts), in spec order; this records each block's range in the source map. Absent
 * blocks leave the plan's optional lists out.
 */
import type { Plan } from "@ccdc/plan";
import type { Located, SpatialModel } from "../model/model.js";
import type { SourceMapBuilder } from "./source-map.js";

type SpatialPart = Pick<Plan, "maps" | "spatialWeights" | "autocorrelations">;

export function lowerSpatial(spatial: SpatialModel, map: SourceMapBuilder): SpatialPart {
  const out: { -readonly [K in keyof SpatialPart]: SpatialPart[K] } = {};
  const lower = <V>(key: keyof SpatialPart, list: readonly Located<V>[]): V[] | undefined => {
    for (const [i, x] of list.entries()) map.add(`/${key}/${i}`, x.range);
    return list.length > 0 ? list.map((x) => x.value) : undefined;
  };
  const maps = lower("maps", spatial.maps);
  if (maps) out.maps = maps;
  const weights = lower("spatialWeights", spatial.spatialWeights);
  if (weights) out.spatialWeights = weights;
  const autocorrelations = lower("autocorrelations", spatial.autocorrelations);
  if (autocorrelations) out.autocorrelations = autocorrelations;
  return out;
}
