/**
 * The GeoJSON features a map figure draws for a unit: one per member region the map has (a
 * unit that is a cluster is drawn as its member regions; a region the map lacks is not drawn),
 * its polygons wound as d3-geo expects. Shared by the choropleth and the LISA cluster map, which
 * differ only in the properties they add.
 */
import type { RegionMap } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import type { Names } from "../render/names.js";
import { d3Winding } from "./winding.js";

/**
 * Appends to `into` a unit's features in a year, with the figure's own `properties` after the
 * common ones.
 */
export type UnitFeatures = (
  into: object[],
  unit: string,
  year: number,
  properties: Readonly<Record<string, unknown>>,
) => void;

/**
 * The features of `map` for the units of `plan`: each with the region's and the unit's ids and
 * names in `names`' language and the year, then the given properties (in that order, which the
 * Vega-Lite JSON keeps).
 */
export function unitFeatures(plan: Plan, map: RegionMap, names: Names): UnitFeatures {
  const membersOf = new Map(plan.units.list.map((u) => [u.id, u.members] as const));
  const shapes = new Map(map.regions.map((r) => [r.region, r] as const));
  return (into, unit, year, properties) => {
    for (const region of membersOf.get(unit) ?? []) {
      const shape = shapes.get(region);
      if (!shape) continue;
      into.push({
        type: "Feature",
        geometry: { type: "MultiPolygon", coordinates: shape.polygons.map(d3Winding) },
        properties: {
          region,
          regionName: names.region(region),
          unit,
          unitName: names.unit(unit),
          year,
          ...properties,
        },
      });
    }
  };
}
