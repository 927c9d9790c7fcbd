/**
 * Spatial inputs and analyses: the plan's spatial parts (P0020), map files (D06xx, W06xx),
 * neighbour and coordinates files and the weights built from them (D07xx, W07xx).
 */
import { type EngineIssue, error, warning } from "../issues.js";

// ------------------------------------------------------------------ P0020 the plan

/** P0020: spatial weights or autocorrelation that do not fit the plan; `problem` from SPATIAL_PLAN_PROBLEMS. */
export const badSpatialPlan = (problem: string, at: string): EngineIssue =>
  error("P0020", problem, { pointer: at });

/** The ways the spatial parts of a plan can be inconsistent, worded for `badSpatialPlan`. */
export const SPATIAL_PLAN_PROBLEMS = {
  unitsNotRegions: () => "spatial weights need the study's units to be its regions",
  noMap: (map: string) => `no map "${map}"`,
  noVariable: (variable: string) => `no variable "${variable}"`,
  linkNotAUnit: (region: string) => `link names "${region}", which is not a unit of the study`,
  noWeights: (weights: string) => `no spatial weights "${weights}"`,
  noNode: (node: string) => `no node "${node}"`,
  notWithin: (analysis: string) => `"${analysis}" is not a within analysis of the plan`,
  formNotComputed: (analysis: string, form: string) =>
    `the analysis "${analysis}" does not compute the form "${form}"`,
} as const;

/** P0020: spatial weights read from files in a run given no file reader (runPlanOnPanel). */
export const weightsNeedFiles = (weights: string, at: string): EngineIssue =>
  error("P0020", `the spatial weights ${weights} are read from files: run the plan with runPlan`, {
    pointer: at,
  });

/** P0020: autocorrelation of a coupling analysis that is not a within analysis. */
export const autocorrelationNotWithin = (
  autocorrelation: string,
  analysis: string,
  at: string,
): EngineIssue =>
  error("P0020", `autocorrelation ${autocorrelation}: ${analysis} is not a within analysis`, {
    pointer: at,
  });

// ------------------------------------------------------------------ D06xx, W06xx map files

/** D0601: a map file that cannot be read (absent, a directory, …). */
export const mapUnreadable = (path: string, e: unknown, at: string): EngineIssue => {
  const code = (e as { code?: string }).code;
  const reason =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "it is a directory"
        : String((e as Error).message ?? e);
  return error("D0601", `cannot read the map ${path}: ${reason}`, {
    file: path,
    pointer: at,
    hint: "a map path is relative to the folder of the spec",
  });
};

/** D0601: a map file that is not JSON. */
export const mapNotJson = (path: string, why: string, at: string): EngineIssue =>
  error("D0601", `the map ${path} is not JSON: ${why}`, { file: path, pointer: at });

/** D0602: a GeoJSON map that is not a FeatureCollection (`type` as the file gives it). */
export const notFeatureCollection = (path: string, type: unknown, at: string): EngineIssue =>
  error(
    "D0602",
    `${path} is not a GeoJSON FeatureCollection (its type is ${JSON.stringify(type ?? null)})`,
    {
      file: path,
      pointer: at,
      ...(type === "Topology" ? { hint: "the file is TopoJSON: write `format topojson`" } : {}),
    },
  );

/** D0602: a TopoJSON map that is not a Topology (`type` as the file gives it). */
export const notTopology = (path: string, type: unknown, at: string): EngineIssue =>
  error(
    "D0602",
    `${path} is not a TopoJSON Topology (its type is ${JSON.stringify(type ?? null)})`,
    {
      file: path,
      pointer: at,
      ...(type === "FeatureCollection"
        ? { hint: "the file is GeoJSON: write `format geojson`" }
        : {}),
    },
  );

/** D0602: a TopoJSON map with several objects and none named, or without the one named. */
export const topologyObjectMissing = (
  path: string,
  object: string | undefined,
  names: readonly string[],
  at: string,
): EngineIssue =>
  error(
    "D0602",
    object === undefined
      ? `${path} has ${names.length} objects; the map must name one`
      : `${path} has no object "${object}"`,
    {
      file: path,
      pointer: at,
      hint: `add \`object "…"\` with one of: ${names.map((n) => `"${n}"`).join(", ") || "(none)"}`,
    },
  );

/** D0602: a TopoJSON object that topojson-client cannot decode. */
export const topologyUndecodable = (
  path: string,
  object: string,
  why: string,
  at: string,
): EngineIssue =>
  error("D0602", `${path}: the TopoJSON object "${object}" cannot be decoded: ${why}`, {
    file: path,
    pointer: at,
  });

/** D0603: a feature without the key property (`properties`: the names it has). */
export const featureWithoutKey = (
  index: number,
  path: string,
  featureKey: string,
  properties: readonly string[],
  at: string,
): EngineIssue =>
  error(
    "D0603",
    `feature ${index} of ${path} has no property "${featureKey}" (a string or a number)`,
    { file: path, pointer: at, hint: `its properties are: ${properties.join(", ") || "none"}` },
  );

/** D0603: a feature whose geometry is not a polygon (`type`: its geometry's type, if any). */
export const featureNotPolygon = (
  where: string,
  type: string | undefined,
  path: string,
  at: string,
): EngineIssue =>
  error(
    "D0603",
    `${where} has ${type !== undefined ? `a ${type}` : "no"} geometry; a region is a Polygon or a MultiPolygon`,
    { file: path, pointer: at },
  );

/** D0603: polygon coordinates of the wrong shape. */
export const malformedPolygon = (where: string, path: string, at: string): EngineIssue =>
  error("D0603", `${where} has malformed polygon coordinates (a ring needs at least 4 positions)`, {
    file: path,
    pointer: at,
  });

/** D0604: a map point that is not a longitude/latitude in degrees. */
export const mapPointNotDegrees = (
  where: string,
  point: unknown,
  path: string,
  at: string,
): EngineIssue =>
  error(
    "D0604",
    `${where} has the point ${JSON.stringify(point)}, not a [longitude, latitude] in degrees`,
    {
      file: path,
      pointer: at,
      hint: "longitude in [-180, 180], latitude in [-90, 90] (WGS84); a projected map (metres) must be converted first",
    },
  );

/** D0605: regions without a feature (`listed`: the regions as shown, already shortened). */
export const regionsWithoutFeature = (
  count: number,
  path: string,
  listed: string,
  how: string,
  featureKey: string,
  unmatched: string | undefined,
  at: string,
): EngineIssue =>
  error("D0605", `${count === 1 ? "region" : "regions"} with no feature in ${path}: ${listed}`, {
    file: path,
    pointer: at,
    hint:
      unmatched !== undefined
        ? `features are matched by ${how} against their "${featureKey}"; features matching no region: ${unmatched}`
        : `features are matched by ${how} against their "${featureKey}"`,
  });

/** D0606: two features for one region. */
export const duplicateFeature = (
  first: number,
  second: number,
  path: string,
  featureKey: string,
  key: string,
  region: string,
  at: string,
): EngineIssue =>
  error(
    "D0606",
    `features ${first} and ${second} of ${path} both have ${featureKey} "${key}" (region ${region})`,
    {
      file: path,
      pointer: at,
      hint: "a region is one feature: merge its parts into one MultiPolygon",
    },
  );

/** W0601: features that match no region (`listed`: their keys as shown, already shortened). */
export const unmatchedFeatures = (
  count: number,
  path: string,
  listed: string,
  at: string,
): EngineIssue =>
  warning(
    "W0601",
    `${count === 1 ? "1 feature" : `${count} features`} of ${path} ${count === 1 ? "matches" : "match"} no region and ${count === 1 ? "is" : "are"} not used: ${listed}`,
    { file: path, pointer: at, args: { count, file: path, listed } },
  );

// ------------------------------------------------------------------ D07xx, W07xx spatial weights

/** D0102: a neighbour or coordinates file without the columns it is read by. */
export const spatialColumnsMissing = (
  file: string,
  absent: readonly string[],
  headerRow: number,
  header: readonly string[],
  at: string,
): EngineIssue =>
  error("D0102", `${file} has no column ${absent.map((c) => `"${c}"`).join(", ")}`, {
    file,
    row: headerRow,
    pointer: at,
    hint: `its header is: ${header.join(", ")}`,
  });

/** D0701: a cell naming a region the study does not declare. */
export const spatialUnknownRegion = (
  file: string,
  row: number,
  column: string,
  text: string,
  at: string,
): EngineIssue =>
  error("D0701", `${file} names a region "${text}" that the study does not declare`, {
    file,
    row,
    column,
    pointer: at,
    hint: "a cell names a region by its name in the spec or its key in the data",
  });

/** D0702: a neighbour pair of one region with itself. */
export const selfNeighbour = (
  file: string,
  region: string,
  row: number,
  column: string,
  at: string,
): EngineIssue =>
  error("D0702", `${file} pairs the region ${region} with itself`, {
    file,
    row,
    column,
    pointer: at,
  });

/** D0703: regions without coordinates. */
export const coordinatesMissing = (file: string, regions: readonly string[], at: string) =>
  error("D0703", `${file} has no coordinates for ${regions.join(", ")}`, { file, pointer: at });

/** D0704: a region given twice in a coordinates file. */
export const coordinatesTwice = (
  file: string,
  region: string,
  first: number,
  row: number,
  column: string,
  at: string,
): EngineIssue =>
  error("D0704", `${file} gives the region ${region} twice (rows ${first} and ${row})`, {
    file,
    row,
    column,
    pointer: at,
  });

/** D0705: a coordinate outside its range (`shown`: the cell as shown; `range`: "[-180, 180]"). */
export const coordinateNotDegrees = (
  file: string,
  shown: string,
  column: string,
  range: string,
  row: number,
  at: string,
): EngineIssue =>
  error("D0705", `${file}: ${shown} is not a ${column} in ${range} degrees`, {
    file,
    row,
    column,
    pointer: at,
    hint: "decimal degrees in WGS84 (e.g. 116.40, 39.90 for Beijing), not projected metres",
  });

/** D0706: k nearest neighbours with k ≥ n. */
export const knnTooLarge = (k: number, n: number, at: string): EngineIssue =>
  error("D0706", `knn ${k} for ${n} regions: a region has at most ${n - 1} others`, {
    pointer: at,
    hint: `use a k from 1 to ${n - 1}`,
  });

/** D0707: two regions at one point under inverse-distance weights. */
export const samePoint = (a: string | undefined, b: string | undefined, at: string) =>
  error("D0707", `${a} and ${b} have the same coordinates: inverse distance 1/0 has no value`, {
    pointer: at,
  });

/** D0708: two regions with one mean under economic-distance weights. */
export const sameMean = (
  a: string | undefined,
  b: string | undefined,
  variable: string,
  mean: number | undefined,
  at: string,
): EngineIssue =>
  error(
    "D0708",
    `${a} and ${b} have the same mean ${variable} (${mean}): the economic weight 1/|x̄_i − x̄_j| has no value`,
    { pointer: at },
  );

const hasHave = (n: number) => (n === 1 ? "has" : "have");

/** D0709: islands of a weights matrix under `islands error`. */
export const islands = (regions: readonly string[], weights: string, at: string): EngineIssue =>
  error(
    "D0709",
    `${regions.join(", ")} ${hasHave(regions.length)} no neighbour under the spatial weights ${weights}`,
    {
      pointer: at,
      hint: `link ${regions.length === 1 ? "it" : "each"} by hand (\`link ${regions[0]} to …\`) or declare \`islands drop\` to leave ${regions.length === 1 ? "it" : "them"} out of the statistics`,
    },
  );

/** D0709: islands among the regions one autocorrelation tests, under `islands error`. */
export const islandsAmongTested = (
  regions: readonly string[],
  autocorrelation: string,
  weights: string,
  at: string,
): EngineIssue =>
  error(
    "D0709",
    `${regions.join(", ")} ${hasHave(regions.length)} no neighbour among the regions ${autocorrelation} tests, under the spatial weights ${weights}`,
    { pointer: at, hint: "link them by hand, or declare `islands drop` on the weights" },
  );

/** W0701: islands left out of the statistics (`islands drop`). */
export const islandsDropped = (regions: readonly string[], weights: string, at: string) =>
  warning(
    "W0701",
    `${regions.join(", ")} ${hasHave(regions.length)} no neighbour under ${weights} and ${regions.length === 1 ? "is" : "are"} left out of its statistics (islands drop)`,
    { pointer: at, args: { regions, weights } },
  );

/** W0702: k-nearest-neighbour weights that are not symmetric. */
export const knnAsymmetric = (k: number, weights: string, at: string): EngineIssue =>
  warning(
    "W0702",
    `the ${k}-nearest-neighbour weights ${weights} are not symmetric (a region can be among another's nearest without the converse)`,
    { pointer: at, args: { k, weights } },
  );
