/**
 * Building a declared spatial weight matrix (plan.spatialWeights[i]) over the study's regions
 * from what was read for it (neighbour pairs, coordinates, the map's polygons, or a variable's
 * unit columns), adding the declared links, finding islands, transforming, and summarising.
 * Pure: the files were read before (io/spatial-inputs.ts, io/geo-reader.ts).
 */
import { maxOf, minOf, type SpatialWeights } from "@ccdc/plan";
import { type EngineIssue, pointer } from "../issues.js";
import * as msg from "../messages/index.js";
import { contiguityWeights, type RegionRings } from "./contiguity.js";
import {
  bandWeights,
  distanceMatrix,
  economicWeights,
  inverseDistanceWeights,
  knnWeights,
} from "./distance.js";
import {
  cardinalities,
  islands,
  isSymmetric,
  matrixFromPairs,
  matrixFromTriples,
  type SpatialMatrix,
} from "./matrix.js";

/** What the construction reads, already loaded, by region position in `regionIds`. */
export type WeightsInput =
  | { readonly kind: "pairs"; readonly pairs: readonly (readonly [number, number])[] }
  | { readonly kind: "coordinates"; readonly lon: Float64Array; readonly lat: Float64Array }
  | { readonly kind: "polygons"; readonly rings: readonly RegionRings[] }
  | { readonly kind: "means"; readonly means: Float64Array };

export interface WeightsSummary {
  readonly n: number;
  /** Non-zero w_ij (a symmetric pair counts twice). */
  readonly links: number;
  readonly meanNeighbours: number;
  readonly minNeighbours: number;
  readonly maxNeighbours: number;
  /** Regions with no neighbour (ids), before any drop. */
  readonly islands: readonly string[];
  readonly symmetric: boolean;
}

export interface BuiltWeights {
  readonly id: string;
  readonly regionIds: readonly string[];
  /** After the declared links, before the transform (Gi* adds self weights to this). */
  readonly raw: SpatialMatrix;
  readonly summary: WeightsSummary;
}

/** Builds plan.spatialWeights[index] over `regionIds` (the study's units, which are regions). */
export function buildWeights(
  def: SpatialWeights,
  index: number,
  regionIds: readonly string[],
  input: WeightsInput,
): { built?: BuiltWeights; errors: EngineIssue[] } {
  const at = pointer("spatialWeights", index);
  const n = regionIds.length;
  const c = def.construction;
  let m: SpatialMatrix;
  switch (c.kind) {
    case "neighbours":
    case "contiguity":
      if (input.kind === "pairs") m = matrixFromPairs(n, input.pairs);
      else if (input.kind === "polygons")
        m = contiguityWeights(
          input.rings,
          c.kind === "contiguity" ? c.rule : "queen",
          c.kind === "contiguity" ? c.tolerance : 0,
        );
      else throw new Error(`buildWeights: ${c.kind} needs pairs or polygons`);
      break;
    case "knn":
    case "distance_band":
    case "inverse_distance": {
      if (input.kind !== "coordinates")
        throw new Error(`buildWeights: ${c.kind} needs coordinates`);
      const d = distanceMatrix(input.lon, input.lat);
      if (c.kind === "knn") {
        if (c.k > n - 1)
          return {
            errors: [msg.knnTooLarge(c.k, n, `${at}/construction/k`)],
          };
        m = knnWeights(d, n, c.k);
      } else if (c.kind === "distance_band") m = bandWeights(d, n, c.bandKm);
      else {
        const same = samePoint(d, n, c.bandKm);
        if (same)
          return {
            errors: [
              msg.samePoint(
                regionIds[same[0]],
                regionIds[same[1]],
                `${at}/construction/coordinates`,
              ),
            ],
          };
        m = inverseDistanceWeights(d, n, c.power, c.bandKm);
      }
      break;
    }
    case "economic": {
      if (input.kind !== "means") throw new Error("buildWeights: economic needs means");
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++)
          if (!(input.means[i] !== input.means[j]))
            return {
              errors: [
                msg.sameMean(
                  regionIds[i],
                  regionIds[j],
                  c.variable,
                  input.means[i],
                  `${at}/construction/variable`,
                ),
              ],
            };
      m = economicWeights(input.means);
      break;
    }
  }
  m = addLinks(m, def, regionIds);
  const k = cardinalities(m);
  const isl = islands(m).map((i) => regionIds[i]!);
  return {
    built: {
      id: def.id,
      regionIds,
      raw: m,
      summary: {
        n,
        links: m.neighbours.length,
        meanNeighbours: n > 0 ? m.neighbours.length / n : 0,
        minNeighbours: n > 0 ? minOf(k) : 0,
        maxNeighbours: n > 0 ? maxOf(k) : 0,
        islands: isl,
        symmetric: isSymmetric(m),
      },
    },
    errors: [],
  };
}

/** The declared links, both ways, with weight 1 (a link already present keeps its weight). */
function addLinks(
  m: SpatialMatrix,
  def: SpatialWeights,
  regionIds: readonly string[],
): SpatialMatrix {
  if (def.links.length === 0) return m;
  const at = new Map(regionIds.map((id, i) => [id, i]));
  const triples: [number, number, number][] = [];
  for (let i = 0; i < m.n; i++)
    for (let p = m.offsets[i]!; p < m.offsets[i + 1]!; p++)
      triples.push([i, m.neighbours[p]!, m.values[p]!]);
  const has = new Set(triples.map(([i, j]) => `${i},${j}`));
  for (const link of def.links) {
    const a = at.get(link.region);
    for (const to of link.to) {
      const b = at.get(to);
      if (a === undefined || b === undefined || a === b) continue;
      if (!has.has(`${a},${b}`)) triples.push([a, b, 1]);
      if (!has.has(`${b},${a}`)) triples.push([b, a, 1]);
    }
  }
  return matrixFromTriples(m.n, triples);
}

function samePoint(d: Float64Array, n: number, band?: number): [number, number] | undefined {
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      if (d[i * n + j] === 0 && (band === undefined || 0 <= band)) return [i, j];
  return undefined;
}

/** How the construction is described in reports. */
export function describeConstruction(def: SpatialWeights): string {
  const c = def.construction;
  switch (c.kind) {
    case "neighbours":
      return `neighbour pairs from ${c.path}`;
    case "contiguity":
      return `${c.rule} contiguity of the map ${c.map}${c.tolerance > 0 ? ` (vertices within ${c.tolerance}°)` : " (vertices equal)"}`;
    case "knn":
      return `${c.k} nearest neighbours by great-circle distance (${c.coordinates.path})`;
    case "distance_band":
      return `distance band ${c.bandKm} km, great circle (${c.coordinates.path})`;
    case "inverse_distance":
      return `inverse distance d^-${c.power}${c.bandKm !== undefined ? ` within ${c.bandKm} km` : ""}, great circle (${c.coordinates.path})`;
    case "economic":
      return `economic distance 1/|x̄_i − x̄_j| of ${c.variable} (inverse_mean_difference)`;
  }
}
