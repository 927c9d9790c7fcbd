/**
 * Regions (key: written, else the primary label, else the name) and the study's units:
 * clusters with their member regions, or regions standing for themselves, in declaration (or
 * list) order.
 */
import type { CheckContext } from "../check/context.js";
import { labelsOf } from "./labels.js";
import type { RegionModel, UnitsModel } from "./model.js";
import { need } from "./need.js";

export function buildRegions(ctx: CheckContext): RegionModel[] {
  return ctx.ast.items
    .filter((i) => i.kind === "region")
    .map((r) => ({
      id: r.name.name,
      key: r.key?.value ?? r.labels.primary?.value ?? r.name.name,
      labels: labelsOf(r.labels, r.name.name),
      range: r.range,
    }));
}

export function buildUnits(ctx: CheckContext): UnitsModel {
  const units = need(ctx.tables.units, "the study's units");
  if (units.level === "cluster") {
    return {
      level: "cluster",
      list: units.list.map((c) => ({
        id: c.name.name,
        labels: labelsOf(c.labels, c.name.name),
        members: c.members.map((m) => m.name),
        range: c.range,
      })),
      range: units.decl.range,
    };
  }
  return {
    level: "region",
    list: units.list.map((r) => ({
      id: r.name.name,
      labels: labelsOf(r.labels, r.name.name),
      members: [r.name.name],
      range: r.range,
    })),
    range: units.decl.range,
  };
}
