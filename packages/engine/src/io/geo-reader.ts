/**
 * Reading a declared map (plan.maps[i]): a GeoJSON FeatureCollection, or a TopoJSON Topology
 * converted with topojson-client, into one shape per region of the plan.
 *
 * Output shape (`RegionMap`), for the spatial weights (contiguity) and for figures:
 * - `regions`: one `RegionShape` per plan region, in plan.regions order, each with its
 *   polygons; a polygon is a list of rings, the outer ring first, then holes; a ring is a list
 *   of [longitude, latitude] pairs in WGS84 degrees, closed (first point = last point) as
 *   GeoJSON requires. A Polygon feature gives one polygon, a MultiPolygon several.
 * - `bbox`: [min longitude, min latitude, max longitude, max latitude] over the matched regions.
 * - `unmatched`: the keys of features that match no region (warned, W0601; not drawn).
 * - `approval`: the map's approval number (审图号) as declared, to print under a map figure.
 *
 * A feature matches a region when String(properties[featureKey]) equals the region's data key,
 * id, or label in a language (plan map `match`). Every region must have exactly one feature
 * (D0605, D0606); a feature matching no region is a warning.
 */

import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { appendAll, type MapDef, type Plan, type Region } from "@ccdc/plan";
import { feature as topoFeature } from "topojson-client";
import { type EngineIssue, pointer } from "../issues.js";
import * as msg from "../messages/index.js";

/** [longitude, latitude] in degrees. */
export type LonLat = readonly [number, number];
/** A closed ring: first point = last point. */
export type Ring = readonly LonLat[];
/** An outer ring, then its holes. */
export type Polygon = readonly Ring[];

export interface RegionShape {
  /** The region's id in the plan. */
  readonly region: string;
  /** The feature property's value that matched it. */
  readonly featureKey: string;
  readonly polygons: readonly Polygon[];
}

export interface RegionMap {
  readonly id: string;
  readonly approval?: string;
  /** One per plan region, in plan.regions order. */
  readonly regions: readonly RegionShape[];
  readonly bbox: readonly [number, number, number, number];
  /** Keys of features that match no region, in file order. */
  readonly unmatched: readonly string[];
}

export type ReadMapOutcome =
  | { readonly ok: true; readonly map: RegionMap; readonly warnings: EngineIssue[] }
  | { readonly ok: false; readonly errors: EngineIssue[]; readonly warnings: EngineIssue[] };

/** How many names a message lists before "and N more". */
const LIST_LIMIT = 12;

/** Reads plan.maps[mapIndex] from disk (paths relative to `baseDir`) and matches its features. */
export async function readMap(
  plan: Plan,
  mapIndex: number,
  baseDir: string,
): Promise<ReadMapOutcome> {
  const def = plan.maps?.[mapIndex];
  if (!def) throw new RangeError(`readMap: the plan has no map ${mapIndex}`);
  const at = pointer("maps", mapIndex);
  let text: string;
  try {
    text = await readFile(resolve(baseDir, def.path), "utf8");
  } catch (e) {
    return fail([msg.mapUnreadable(def.path, e, `${at}/path`)]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail([msg.mapNotJson(def.path, (e as Error).message, at)]);
  }
  return regionMapFromJson(plan, mapIndex, json);
}

/** Reads every map the plan declares. */
export async function readMaps(
  plan: Plan,
  baseDir: string,
): Promise<{ maps: RegionMap[]; errors: EngineIssue[]; warnings: EngineIssue[] }> {
  const outcomes = await Promise.all((plan.maps ?? []).map((_, i) => readMap(plan, i, baseDir)));
  const maps: RegionMap[] = [];
  const errors: EngineIssue[] = [];
  const warnings: EngineIssue[] = [];
  for (const o of outcomes) {
    appendAll(warnings, o.warnings);
    if (o.ok) maps.push(o.map);
    else appendAll(errors, o.errors);
  }
  return { maps, errors, warnings };
}

interface Feature {
  readonly properties: Record<string, unknown> | null;
  readonly geometry: { readonly type: string; readonly coordinates?: unknown } | null;
}

/** Matches a parsed GeoJSON or TopoJSON document against plan.maps[mapIndex]. */
export function regionMapFromJson(plan: Plan, mapIndex: number, json: unknown): ReadMapOutcome {
  const def = plan.maps?.[mapIndex];
  if (!def) throw new RangeError(`regionMapFromJson: the plan has no map ${mapIndex}`);
  const at = pointer("maps", mapIndex);
  const features = featuresOf(def, json, at);
  if ("errors" in features) return fail(features.errors);

  const errors: EngineIssue[] = [];
  const byValue = new Map<string, Region>();
  for (const r of plan.regions) byValue.set(matchValue(def, r), r);
  const found = new Map<string, { key: string; index: number; polygons: Polygon[] }>();
  const unmatched: string[] = [];
  /** Regions whose feature was found but whose geometry is in error (not also "missing"). */
  const broken = new Set<string>();
  for (const [index, f] of features.list.entries()) {
    const raw = f.properties?.[def.featureKey];
    if (typeof raw !== "string" && typeof raw !== "number") {
      errors.push(
        msg.featureWithoutKey(
          index,
          def.path,
          def.featureKey,
          Object.keys(f.properties ?? {}),
          `${at}/featureKey`,
        ),
      );
      continue;
    }
    const key = String(raw);
    const region = byValue.get(key);
    if (!region) {
      unmatched.push(key);
      continue;
    }
    const polygons = polygonsOf(f, def, index, key, region.id, at, errors);
    const first = found.get(region.id);
    if (first) {
      errors.push(
        msg.duplicateFeature(first.index, index, def.path, def.featureKey, key, region.id, at),
      );
      continue;
    }
    if (polygons) found.set(region.id, { key, index, polygons });
    else broken.add(region.id);
  }
  const missing = plan.regions.filter((r) => !found.has(r.id) && !broken.has(r.id));
  if (missing.length > 0) {
    const names = missing.map((r) => `${r.id} ("${matchValue(def, r)}")`);
    errors.push(
      msg.regionsWithoutFeature(
        missing.length,
        def.path,
        listSome(names),
        matchDescription(def),
        def.featureKey,
        unmatched.length > 0 ? listSome(unmatched.map((k) => `"${k}"`)) : undefined,
        `${at}/match`,
      ),
    );
  }
  const warnings: EngineIssue[] = [];
  if (unmatched.length > 0)
    warnings.push(
      msg.unmatchedFeatures(
        unmatched.length,
        def.path,
        listSome(unmatched.map((k) => `"${k}"`)),
        at,
      ),
    );
  if (errors.length > 0) return { ok: false, errors, warnings };

  const regions = plan.regions.map((r) => {
    const f = found.get(r.id)!;
    return { region: r.id, featureKey: f.key, polygons: f.polygons };
  });
  return {
    ok: true,
    map: {
      id: def.id,
      ...(def.approval !== undefined ? { approval: def.approval } : {}),
      regions,
      bbox: boundingBox(regions),
      unmatched,
    },
    warnings,
  };
}

function fail(errors: EngineIssue[]): ReadMapOutcome {
  return { ok: false, errors, warnings: [] };
}

/** The value a region's feature must carry. */
function matchValue(def: MapDef, r: Region): string {
  switch (def.match.kind) {
    case "key":
      return r.key;
    case "id":
      return r.id;
    case "label":
      return r.labels[def.match.lang] ?? "";
  }
}

function matchDescription(def: MapDef): string {
  return def.match.kind === "label"
    ? `each region's ${def.match.lang} label`
    : `each region's ${def.match.kind === "key" ? "data key" : "name"}`;
}

function listSome(xs: readonly string[]): string {
  const shown = xs.slice(0, LIST_LIMIT).join(", ");
  return xs.length > LIST_LIMIT ? `${shown} and ${xs.length - LIST_LIMIT} more` : shown;
}

/** The features of a GeoJSON FeatureCollection, or of the TopoJSON object the map names. */
function featuresOf(
  def: MapDef,
  json: unknown,
  at: string,
): { list: Feature[] } | { errors: EngineIssue[] } {
  const bad = (issue: EngineIssue) => ({ errors: [issue] });
  const type = (json as { type?: unknown } | null)?.type;
  if (def.format === "geojson") {
    if (type !== "FeatureCollection" || !Array.isArray((json as { features?: unknown }).features))
      return bad(msg.notFeatureCollection(def.path, type, at));
    return { list: (json as { features: Feature[] }).features.filter(isObject) };
  }
  if (type !== "Topology" || !isObject((json as { objects?: unknown }).objects))
    return bad(msg.notTopology(def.path, type, at));
  const topology = json as { objects: Record<string, unknown> };
  const names = Object.keys(topology.objects);
  const name = def.object ?? (names.length === 1 ? names[0] : undefined);
  if (name === undefined || !Object.hasOwn(topology.objects, name))
    return bad(msg.topologyObjectMissing(def.path, def.object, names, at));
  try {
    // biome-ignore lint/suspicious/noExplicitAny: topojson-client's types want its own Topology type
    const fc = topoFeature(json as any, topology.objects[name] as any) as unknown as {
      type: string;
      features?: Feature[];
    };
    const list = fc.type === "FeatureCollection" ? (fc.features ?? []) : [fc as unknown as Feature];
    return { list };
  } catch (e) {
    return bad(msg.topologyUndecodable(def.path, name, (e as Error).message, at));
  }
}

const isObject = (x: unknown): x is Feature => typeof x === "object" && x !== null;

/** A feature's polygons, each coordinate checked (D0603, D0604); undefined after an error. */
function polygonsOf(
  f: Feature,
  def: MapDef,
  index: number,
  key: string,
  region: string,
  at: string,
  errors: EngineIssue[],
): Polygon[] | undefined {
  const where = `feature ${index} ("${key}", region ${region}) of ${def.path}`;
  const g = f.geometry;
  const raw =
    g?.type === "Polygon"
      ? [g.coordinates]
      : g?.type === "MultiPolygon"
        ? (g.coordinates as unknown[])
        : undefined;
  if (!raw || !Array.isArray(raw)) {
    errors.push(msg.featureNotPolygon(where, g ? String(g.type) : undefined, def.path, at));
    return undefined;
  }
  const polygons: Polygon[] = [];
  for (const poly of raw) {
    if (!Array.isArray(poly)) return shapeError(where, def, at, errors);
    const rings: Ring[] = [];
    for (const ring of poly) {
      if (!Array.isArray(ring) || ring.length < 4) return shapeError(where, def, at, errors);
      const points: LonLat[] = [];
      for (const p of ring) {
        const lon = Array.isArray(p) ? p[0] : undefined;
        const lat = Array.isArray(p) ? p[1] : undefined;
        if (!isLon(lon) || !isLat(lat)) {
          errors.push(msg.mapPointNotDegrees(where, p, def.path, at));
          return undefined;
        }
        points.push([lon, lat]);
      }
      const a = points[0]!;
      const b = points[points.length - 1]!;
      if (a[0] !== b[0] || a[1] !== b[1]) points.push(a);
      rings.push(points);
    }
    if (rings.length > 0) polygons.push(rings);
  }
  return polygons;
}

function shapeError(where: string, def: MapDef, at: string, errors: EngineIssue[]): undefined {
  errors.push(msg.malformedPolygon(where, def.path, at));
  return undefined;
}

const isLon = (x: unknown): x is number =>
  typeof x === "number" && Number.isFinite(x) && x >= -180 && x <= 180;
const isLat = (x: unknown): x is number =>
  typeof x === "number" && Number.isFinite(x) && x >= -90 && x <= 90;

function boundingBox(regions: readonly RegionShape[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [180, 90, -180, -90];
  for (const r of regions)
    for (const poly of r.polygons)
      for (const ring of poly)
        for (const [x, y] of ring) {
          if (x < x0) x0 = x;
          if (x > x1) x1 = x;
          if (y < y0) y0 = y;
          if (y > y1) y1 = y;
        }
  return regions.length > 0 ? [x0, y0, x1, y1] : [0, 0, 0, 0];
}
