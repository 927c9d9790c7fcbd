/**
 * Pass `maps`: every `map` has a file, a format (written, or inferred from a `.geojson` /
 * `.topojson` extension), the feature property holding each region's key (`feature "…"`), and
 * how that value is matched (`match key` — the default, the region's data key —, `match id`,
 * or a label language such as `match zh`, which every region must then have). `object` names
 * a TopoJSON object; `approval` is the map's approval number (审图号). Whether every region
 * has a feature is checked when the file is read (engine codes D06xx).
 *
 * Codes: E1001-E1004 (settings), E1010-E1015.
 */
import type { MapDef, MapMatch } from "@ccdc/plan";
import type { MapDecl } from "../ast-spatial.js";
import {
  mapCannotInferFormat,
  mapMatchUnknown,
  mapNoPath,
  mapObjectNotTopojson,
  mapRegionNoLabel,
  mapUnknownFormat,
  settingMissing,
} from "../spatial-messages.js";
import type { CheckContext } from "./context.js";
import { SettingsReader } from "./settings.js";
import { spatialTables } from "./spatial-tables.js";

const MAP_SETTINGS = ["feature", "match", "object", "approval"] as const;

export function checkMaps(ctx: CheckContext): void {
  for (const item of ctx.ast.items) {
    if (item.kind !== "map") continue;
    const def = checkMap(ctx, item);
    if (def) spatialTables(ctx).maps.set(item, def);
  }
}

function checkMap(ctx: CheckContext, map: MapDecl): MapDef | undefined {
  const before = ctx.errorCount;
  const s = new SettingsReader(ctx, map.settings, "a map", MAP_SETTINGS);
  if (!map.path) ctx.report(mapNoPath(map.name));
  const format = mapFormat(ctx, map);
  const feature = s.string("feature");
  if (!s.get("feature")) ctx.report(settingMissing(map.name.range, "the map", 'feature "name"'));
  const object = s.string("object");
  if (object && format === "geojson") ctx.report(mapObjectNotTopojson(object.range));
  const approval = s.string("approval");
  const match = mapMatch(ctx, s);
  if (ctx.errorCount > before || !map.path || !format || !feature || !match) return undefined;
  return {
    id: map.name.name,
    path: map.path.value,
    format,
    ...(object && { object: object.value }),
    featureKey: feature.value,
    match: match.match,
    matchOrigin: match.origin,
    ...(approval && { approval: approval.value }),
  };
}

function mapFormat(ctx: CheckContext, map: MapDecl): MapDef["format"] | undefined {
  if (map.format) {
    const f = map.format.name;
    if (f === "geojson" || f === "topojson") return f;
    ctx.report(mapUnknownFormat(map.format));
    return undefined;
  }
  if (!map.path) return undefined;
  const ext = /\.([A-Za-z0-9]+)$/.exec(map.path.value)?.[1]?.toLowerCase();
  if (ext === "geojson" || ext === "topojson") return ext;
  ctx.report(mapCannotInferFormat(map.path));
  return undefined;
}

function mapMatch(
  ctx: CheckContext,
  s: SettingsReader,
): { match: MapMatch; origin: "spec" | "default" } | undefined {
  if (!s.get("match")) return { match: { kind: "key" }, origin: "default" };
  const value = s.name("match");
  if (!value) return undefined;
  if (value.name === "key" || value.name === "id")
    return { match: { kind: value.name }, origin: "spec" };
  const regions = ctx.ast.items.filter((i) => i.kind === "region");
  const langs = new Set(regions.flatMap((r) => r.labels.others.map((o) => o.lang.name)));
  if (value.name !== "en" && !langs.has(value.name)) {
    ctx.report(mapMatchUnknown(value, [...langs].sort()));
    return undefined;
  }
  let ok = true;
  for (const r of regions) {
    const has = value.name === "en" || r.labels.others.some((o) => o.lang.name === value.name);
    if (!has) {
      ctx.report(mapRegionNoLabel(r.name, value.name, value.range));
      ok = false;
    }
  }
  return ok ? { match: { kind: "label", lang: value.name }, origin: "spec" } : undefined;
}
