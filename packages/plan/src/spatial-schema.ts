/**
 * The plan's spatial parts: declared maps (GeoJSON/TopoJSON files whose features are the
 * study's regions), spatial weight matrices, and spatial autocorrelation analyses (global and
 * local Moran's I, Getis-Ord Gi*). docs/language.md ("map", "spatial_weights",
 * "autocorrelation") and docs/method.md ("Spatial weights", "Spatial autocorrelation") describe
 * every field; the engine builds the matrices and computes the statistics.
 */
import { type Static, Type as T } from "@sinclair/typebox";
import type { DeepReadonly } from "./readonly.js";

const Id = T.String({ pattern: "^[A-Za-z_][A-Za-z0-9_]*$", description: "a resolved identifier" });
const Labels = T.Record(T.String(), T.String(), {
  description: "labels by language tag, e.g. { en: 'Beijing', zh: '北京' }; 'en' is always present",
});
const Origin = T.Union([T.Literal("spec"), T.Literal("default")]);

// ---------------------------------------------------------------- maps
export const MapMatchSchema = T.Union([
  /** The feature property's value is the region's key in the data (`region … key "…"`). */
  T.Object({ kind: T.Literal("key") }),
  /** … the region's name in the spec. */
  T.Object({ kind: T.Literal("id") }),
  /** … the region's label in a language (`match zh`). */
  T.Object({ kind: T.Literal("label"), lang: T.String() }),
]);

export const MapSchema = T.Object({
  id: Id,
  /** Path as written in the spec, relative to the spec's folder. */
  path: T.String(),
  format: T.Union([T.Literal("geojson"), T.Literal("topojson")]),
  /** TopoJSON: the object whose geometries are the regions; absent: the file's only object. */
  object: T.Optional(T.String()),
  /** The feature property holding each region's key (a string or a number). */
  featureKey: T.String(),
  match: MapMatchSchema,
  matchOrigin: Origin,
  /** The map's approval number (审图号), printed with every map drawn from it. */
  approval: T.Optional(T.String()),
});

// ---------------------------------------------------------------- spatial weights
/** A CSV file of region coordinates (longitude, latitude in decimal degrees, WGS84). */
export const CoordinatesSchema = T.Object({
  path: T.String(),
  region: T.String({ description: "the header of the column naming the region (id or key)" }),
  longitude: T.String(),
  latitude: T.String(),
});

export const WeightsConstructionSchema = T.Union([
  /** A CSV of region pairs; each pair links both ways (w_ij = w_ji = 1). */
  T.Object({
    kind: T.Literal("neighbours"),
    path: T.String(),
    region: T.String({ description: "header of the first column of a pair" }),
    neighbour: T.String({ description: "header of the second column of a pair" }),
  }),
  /**
   * Contiguity from the map's polygons: rook = a shared edge (two consecutive vertices in
   * common), queen = a shared vertex. Vertices match when both coordinates differ by at most
   * `tolerance` degrees (0: exactly equal).
   */
  T.Object({
    kind: T.Literal("contiguity"),
    rule: T.Union([T.Literal("queen"), T.Literal("rook")]),
    map: Id,
    tolerance: T.Number({ minimum: 0 }),
  }),
  /** The k nearest regions by great-circle distance (asymmetric in general). */
  T.Object({
    kind: T.Literal("knn"),
    coordinates: CoordinatesSchema,
    k: T.Integer({ minimum: 1 }),
  }),
  /** Every region within `bandKm` great-circle kilometres (binary). */
  T.Object({
    kind: T.Literal("distance_band"),
    coordinates: CoordinatesSchema,
    bandKm: T.Number({ exclusiveMinimum: 0 }),
  }),
  /** w_ij = d_ij^−power (great-circle km), every pair, or only within `bandKm` when given. */
  T.Object({
    kind: T.Literal("inverse_distance"),
    coordinates: CoordinatesSchema,
    power: T.Number({ exclusiveMinimum: 0 }),
    bandKm: T.Optional(T.Number({ exclusiveMinimum: 0 })),
  }),
  /**
   * Economic distance, variant `inverse_mean_difference`: w_ij = 1 / |x̄_i − x̄_j|, x̄ the
   * variable's mean over the study's years in each unit.
   */
  T.Object({
    kind: T.Literal("economic"),
    variable: Id,
    variant: T.Literal("inverse_mean_difference"),
  }),
]);

export const SpatialWeightsSchema = T.Object({
  id: Id,
  labels: Labels,
  construction: WeightsConstructionSchema,
  /** "row": each row sums to 1 (row-standardised); "binary": every link weighs 1. */
  transform: T.Union([T.Literal("row"), T.Literal("binary")]),
  transformOrigin: Origin,
  /** Hand-declared links, added both ways before islands are looked for. */
  links: T.Array(T.Object({ region: Id, to: T.Array(Id) })),
  /** A region with no neighbour: "error" stops the run naming it; "drop" leaves it out of every statistic. */
  islands: T.Union([T.Literal("error"), T.Literal("drop")]),
  islandsOrigin: Origin,
});

// ---------------------------------------------------------------- autocorrelation
export const AutocorrelationStatisticSchema = T.Union([
  /** Global Moran's I (Cliff & Ord): E[I], Var under normality and randomisation, z, p, pseudo-p. */
  T.Literal("moran"),
  /** Local Moran I_i (Anselin 1995) scaled as PySAL esda: (n − 1) z_i Σ_j w_ij z_j / Σ z². */
  T.Literal("lisa"),
  /** Getis-Ord Gi* z of Ord & Getis (1995), eq. (8) (invariant to the row transform). */
  T.Literal("gi_star"),
  /** Getis-Ord Gi* z as PySAL esda G_Local(star=True) computes it for the declared transform. */
  T.Literal("gi_star_pysal"),
]);

export const AutocorrelationSchema = T.Object({
  id: Id,
  labels: Labels,
  /** The values tested: D of a within-unit analysis (one coupling form), or a node's index. */
  values: T.Union([
    T.Object({ kind: T.Literal("coordination"), analysis: Id, form: T.String() }),
    T.Object({ kind: T.Literal("index"), node: Id }),
  ]),
  weights: Id,
  statistics: T.Array(AutocorrelationStatisticSchema),
  /** Conditional/total permutations for pseudo p-values (0: none). */
  permutations: T.Integer({ minimum: 0, maximum: 99999 }),
  /** Seed of the permutation stream (xoshiro128**, seeded through splitmix32). */
  seed: T.Integer({ minimum: 0, maximum: 4294967295 }),
  /** The significance level for LISA clusters and hot/cold spots. */
  significance: T.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1 }),
  origins: T.Object({ permutations: Origin, seed: Origin, significance: Origin, form: Origin }),
});

export type MapDef = DeepReadonly<Static<typeof MapSchema>>;
export type MapMatch = DeepReadonly<Static<typeof MapMatchSchema>>;
export type Coordinates = DeepReadonly<Static<typeof CoordinatesSchema>>;
export type WeightsConstruction = DeepReadonly<Static<typeof WeightsConstructionSchema>>;
export type SpatialWeights = DeepReadonly<Static<typeof SpatialWeightsSchema>>;
export type AutocorrelationStatistic = DeepReadonly<Static<typeof AutocorrelationStatisticSchema>>;
export type Autocorrelation = DeepReadonly<Static<typeof AutocorrelationSchema>>;
