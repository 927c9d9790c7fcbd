/** Lowers regions and the study's units. */
import type { Region, Units } from "@ccdc/plan";
import type { RegionModel, UnitsModel } from "../model/model.js";
import type { SourceMapBuilder } from "./source-map.js";

export function lowerRegions(regions: readonly RegionModel[], map: SourceMapBuilder): Region[] {
  return regions.map((r, i) => {
    map.add(`/regions/${i}`, r.range);
    return { id: r.id, key: r.key, labels: r.labels };
  });
}

export function lowerUnits(units: UnitsModel, map: SourceMapBuilder): Units {
  map.add("/units", units.range);
  for (const [i, u] of units.list.entries()) map.add(`/units/list/${i}`, u.range);
  return {
    level: units.level,
    list: units.list.map((u) => ({ id: u.id, labels: u.labels, members: [...u.members] })),
  };
}
