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
import type { MapDef, Plan, Region } from "@ccdc/plan";
import { feature as topoFeature } from "topojson-client";
import { type EngineIssue, error, pointer, warning } from "../issues.js";

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
    const code = (e as { code?: string }).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a directory"
          : String((e as Error).message ?? e);
    return fail([
      error("D0601", `cannot read the map ${def.path}: ${reason}`, {
        file: def.path,
        pointer: `${at}/path`,
        hint: "a map path is relative to the folder of the spec",
      }),
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail([
      error("D0601", `the map ${def.path} is not JSON: ${(e as Error).message}`, {
        file: def.path,
        pointer: at,
      }),
    ]);
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
    warnings.push(...o.warnings);
    if (o.ok) maps.push(o.map);
    else errors.push(...o.errors);
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
        error(
          "D0603",
          `feature ${index} of ${def.path} has no property "${def.featureKey}" (a string or a number)`,
          {
            file: def.path,
            pointer: `${at}/featureKey`,
            hint: `its properties are: ${Object.keys(f.properties ?? {}).join(", ") || "none"}`,
          },
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
        error(
          "D0606",
          `features ${first.index} and ${index} of ${def.path} both have ${def.featureKey} "${key}" (region ${region.id})`,
          {
            file: def.path,
            pointer: at,
            hint: "a region is one feature: merge its parts into one MultiPolygon",
          },
        ),
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
      error(
        "D0605",
        `${missing.length === 1 ? "region" : "regions"} with no feature in ${def.path}: ${listSome(names)}`,
        {
          file: def.path,
          pointer: `${at}/match`,
          hint:
            unmatched.length > 0
              ? `features are matched by ${matchDescription(def)} against their "${def.featureKey}"; features matching no region: ${listSome(unmatched.map((k) => `"${k}"`))}`
              : `features are matched by ${matchDescription(def)} against their "${def.featureKey}"`,
        },
      ),
    );
  }
  const warnings: EngineIssue[] = [];
  if (unmatched.length > 0)
    warnings.push(
      warning(
        "W0601",
        `${unmatched.length === 1 ? "1 feature" : `${unmatched.length} features`} of ${def.path} ${unmatched.length === 1 ? "matches" : "match"} no region and ${unmatched.length === 1 ? "is" : "are"} not used: ${listSome(unmatched.map((k) => `"${k}"`))}`,
        {
          file: def.path,
          pointer: at,
        },
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
  const bad = (message: string, hint?: string) => ({
    errors: [error("D0602", message, { file: def.path, pointer: at, ...(hint ? { hint } : {}) })],
  });
  const type = (json as { type?: unknown } | null)?.type;
  if (def.format === "geojson") {
    if (type !== "FeatureCollection" || !Array.isArray((json as { features?: unknown }).features))
      return bad(
        `${def.path} is not a GeoJSON FeatureCollection (its type is ${JSON.stringify(type ?? null)})`,
        type === "Topology" ? "the file is TopoJSON: write `format topojson`" : undefined,
      );
    return { list: (json as { features: Feature[] }).features.filter(isObject) };
  }
  if (type !== "Topology" || !isObject((json as { objects?: unknown }).objects))
    return bad(
      `${def.path} is not a TopoJSON Topology (its type is ${JSON.stringify(type ?? null)})`,
      type === "FeatureCollection" ? "the file is GeoJSON: write `format geojson`" : undefined,
    );
  const topology = json as { objects: Record<string, unknown> };
  const names = Object.keys(topology.objects);
  const name = def.object ?? (names.length === 1 ? names[0] : undefined);
  if (name === undefined || !Object.hasOwn(topology.objects, name))
    return bad(
      def.object === undefined
        ? `${def.path} has ${names.length} objects; the map must name one`
        : `${def.path} has no object "${def.object}"`,
      `add \`object "…"\` with one of: ${names.map((n) => `"${n}"`).join(", ") || "(none)"}`,
    );
  try {
    // biome-ignore lint/suspicious/noExplicitAny: topojson-client's types want its own Topology type
    const fc = topoFeature(json as any, topology.objects[name] as any) as unknown as {
      type: string;
      features?: Feature[];
    };
    const list = fc.type === "FeatureCollection" ? (fc.features ?? []) : [fc as unknown as Feature];
    return { list };
  } catch (e) {
    return bad(
      `${def.path}: the TopoJSON object "${name}" cannot be decoded: ${(e as Error).message}`,
    );
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
    errors.push(
      error(
        "D0603",
        `${where} has ${g ? `a ${g.type}` : "no"} geometry; a region is a Polygon or a MultiPolygon`,
        {
          file: def.path,
          pointer: at,
        },
      ),
    );
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
          errors.push(
            error(
              "D0604",
              `${where} has the point ${JSON.stringify(p)}, not a [longitude, latitude] in degrees`,
              {
                file: def.path,
                pointer: at,
                hint: "longitude in [-180, 180], latitude in [-90, 90] (WGS84); a projected map (metres) must be converted first",
              },
            ),
          );
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
  errors.push(
    error(
      "D0603",
      `${where} has malformed polygon coordinates (a ring needs at least 4 positions)`,
      {
        file: def.path,
        pointer: at,
      },
    ),
  );
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
