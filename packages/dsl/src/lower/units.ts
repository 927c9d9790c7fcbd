/**
 * Lowers regions (key: written, else the primary label, else the name) and the units: clusters
 * with their member regions, or regions standing for themselves, in declaration (or list) order.
 */
import type { Region, Units } from "@ccdc/plan";
import type { CheckContext } from "../check/context.js";
import { lowerLabels } from "./labels.js";
import type { SourceMapBuilder } from "./source-map.js";

export function lowerRegions(ctx: CheckContext, map: SourceMapBuilder): Region[] {
  const regions = ctx.ast.items.filter((i) => i.kind === "region");
  return regions.map((r, i) => {
    map.add(`/regions/${i}`, r.range);
    return {
      id: r.name.name,
      key: r.key?.value ?? r.labels.primary?.value ?? r.name.name,
      labels: lowerLabels(r.labels, r.name.name),
    };
  });
}

export function lowerUnits(ctx: CheckContext, map: SourceMapBuilder): Units {
  const units = ctx.tables.units;
  if (!units) return { level: "region", list: [] };
  map.add("/units", units.decl.range);
  for (const [i, u] of units.list.entries()) map.add(`/units/list/${i}`, u.range);
  if (units.level === "cluster") {
    return {
      level: "cluster",
      list: units.list.map((c) => ({
        id: c.name.name,
        labels: lowerLabels(c.labels, c.name.name),
        members: c.members.map((m) => m.name),
      })),
    };
  }
  return {
    level: "region",
    list: units.list.map((r) => ({
      id: r.name.name,
      labels: lowerLabels(r.labels, r.name.name),
      members: [r.name.name],
    })),
  };
}
