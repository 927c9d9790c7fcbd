import { matrixFromTriples, type SpatialMatrix } from "./matrix.js";

/** The Earth's radius for great-circle distances: 6371.0 km, libpysal's RADIUS_EARTH_KM. */
export const EARTH_RADIUS_KM = 6371.0;

/**
 * Great-circle distance in km between (lon1, lat1) and (lon2, lat2), degrees, by the
 * haversine formula: d = 2R asin √(sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2)).
 */
export function greatCircleKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const dPhi = (lat2 - lat1) * rad;
  const dLambda = (lon2 - lon1) * rad;
  const a =
    Math.sin(dPhi / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLambda / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Every pairwise distance (km), row-major n × n. */
export function distanceMatrix(lon: Float64Array, lat: Float64Array): Float64Array {
  const n = lon.length;
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const dij = greatCircleKm(lon[i]!, lat[i]!, lon[j]!, lat[j]!);
      d[i * n + j] = dij;
      d[j * n + i] = dij;
    }
  return d;
}

/**
 * k nearest neighbours by great-circle distance: w_ij = 1 for the k regions nearest to i
 * (ties broken by region order). Not symmetric in general: j may be among i's k nearest
 * without i being among j's. Precondition: 1 ≤ k ≤ n − 1.
 */
export function knnWeights(d: Float64Array, n: number, k: number): SpatialMatrix {
  if (!(k >= 1 && k <= n - 1)) throw new RangeError(`knnWeights: k = ${k} with n = ${n}`);
  const triples: [number, number, number][] = [];
  for (let i = 0; i < n; i++) {
    const others = Array.from({ length: n }, (_, j) => j).filter((j) => j !== i);
    others.sort((a, b) => d[i * n + a]! - d[i * n + b]! || a - b);
    for (const j of others.slice(0, k)) triples.push([i, j, 1]);
  }
  return matrixFromTriples(n, triples);
}

/** Distance band: w_ij = 1 when d_ij ≤ band (km), i ≠ j. Symmetric. */
export function bandWeights(d: Float64Array, n: number, bandKm: number): SpatialMatrix {
  const triples: [number, number, number][] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) if (i !== j && d[i * n + j]! <= bandKm) triples.push([i, j, 1]);
  return matrixFromTriples(n, triples);
}

/**
 * Inverse distance: w_ij = d_ij^(−power) for every pair i ≠ j, or only for d_ij ≤ band when a
 * band is given. Precondition: every d_ij > 0 (two regions at one point are refused by the
 * caller, since 1/0 has no value).
 */
export function inverseDistanceWeights(
  d: Float64Array,
  n: number,
  power: number,
  bandKm?: number,
): SpatialMatrix {
  const triples: [number, number, number][] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const dij = d[i * n + j]!;
      if (i === j || (bandKm !== undefined && dij > bandKm)) continue;
      if (!(dij > 0)) throw new RangeError(`inverseDistanceWeights: d(${i}, ${j}) = ${dij}`);
      triples.push([i, j, dij ** -power]);
    }
  return matrixFromTriples(n, triples);
}

/**
 * Economic distance, variant "inverse_mean_difference": w_ij = 1 / |x̄_i − x̄_j| for every pair
 * i ≠ j, x̄ each region's mean of a variable over the period (a common choice in Chinese
 * regional studies, e.g. 李婧等 2010). Precondition: the means are pairwise distinct (equal
 * means give 1/0, refused by the caller naming the two regions).
 */
export function economicWeights(means: Float64Array): SpatialMatrix {
  const n = means.length;
  const triples: [number, number, number][] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const diff = Math.abs(means[i]! - means[j]!);
      if (!(diff > 0)) throw new RangeError(`economicWeights: equal means for ${i} and ${j}`);
      triples.push([i, j, 1 / diff]);
    }
  return matrixFromTriples(n, triples);
}
