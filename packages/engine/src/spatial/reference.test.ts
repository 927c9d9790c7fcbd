/**
 * The spatial kernels against PySAL (libpysal 4.7 weights, esda 2.5.1 statistics) and R spdep
 * 1.2-7 (Ord & Getis Gi*, Moran moments): fixtures/pysal.json and fixtures/spdep.json, written
 * once by packages/engine/scripts/spatial-fixtures.py and spatial-fixtures.R from synthetic
 * geometry. Analytical values agree to 1e-12 (z and p to 1e-9: p goes through erfc);
 * permutation p-values cannot share PySAL's random stream (NumPy's Mersenne Twister), so ours
 * at 99,999 permutations must lie within Monte Carlo error of esda's at 99,999, or of the exact
 * limit where the fixture enumerates it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { gridCells, squaresGeoJson } from "../testing/squares.js";
import { contiguityWeights, type RegionRings } from "./contiguity.js";
import {
  bandWeights,
  distanceMatrix,
  economicWeights,
  inverseDistanceWeights,
  knnWeights,
} from "./distance.js";
import { giStar, starWeights } from "./getis-ord.js";
import { localMoran } from "./local-moran.js";
import { matrixFromTriples, type SpatialMatrix } from "./matrix.js";
import { globalMoran } from "./moran.js";
import { binarise, rowStandardise } from "./transform.js";

interface Stats {
  transform: "row" | "binary";
  moran: Record<
    "I" | "EI" | "VI_norm" | "VI_rand" | "z_norm" | "z_rand" | "p_norm" | "p_rand",
    number | null
  >;
  lisa: { Is: number[]; q: number[] };
  gi_star_pysal: (number | null)[];
  /**
   * esda's pseudo p-values at `count` permutations; for rows of equal weights on few regions,
   * also their exact limit by enumeration of every neighbour set (ties counted as larger: esda
   * itself decides ties by rounding, so its p_sim can sit one tie's mass away).
   */
  permutations?: {
    count: number;
    moran_p_sim: number;
    lisa_p_sim: number[];
    lisa_p_limit?: number[];
  };
}
interface Case {
  name: string;
  values: number[];
  links: [number, number][][];
  stats: Stats[];
  coordinates?: [number, number][];
  knn?: number;
  band_km?: number;
  power?: number;
  means?: number[];
}
const fixture = (f: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${f}`, import.meta.url), "utf8"));
const pysal: { cases: Case[] } = fixture("pysal.json");
const spdep: {
  cases: { name: string; row: { gi_star_ord_getis: (number | string)[]; moran_VI_rand: number } }[];
} = fixture("spdep.json");

/** PySAL's neighbour lists as a matrix. */
const fromLinks = (links: [number, number][][]): SpatialMatrix =>
  matrixFromTriples(
    links.length,
    links.flatMap((row, i) => row.map(([j, w]) => [i, j, w] as [number, number, number])),
  );
/** A matrix as PySAL-style neighbour lists. */
const toLinks = (w: SpatialMatrix): [number, number][][] =>
  Array.from({ length: w.n }, (_, i) =>
    Array.from({ length: w.offsets[i + 1]! - w.offsets[i]! }, (_, p) => [
      w.neighbours[w.offsets[i]! + p]!,
      w.values[w.offsets[i]! + p]!,
    ]),
  );
const close = (a: number | null, b: number | null, tol = 1e-12) => {
  if (b === null) expect(a).toBeNull();
  else expect(Math.abs((a ?? Number.NaN) - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));
};

const binomial = (n: number, k: number): number => {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
};

/** Rings of the squares the Python script drew for a case (same grid layout). */
function squareRings(rows: number, cols: number): RegionRings[] {
  const json = squaresGeoJson(
    gridCells(
      rows,
      cols,
      Array.from({ length: rows * cols }, (_, i) => String(i)),
    ),
  );
  return json.features.map((f) => [
    (f as { geometry: { coordinates: [number, number][][] } }).geometry.coordinates,
  ]);
}
const GRIDS: Record<string, [number, number]> = {
  line4: [1, 4],
  grid2x2: [2, 2],
  lattice5: [5, 5],
};

describe("weights constructions match libpysal", () => {
  for (const c of pysal.cases) {
    test(c.name, () => {
      const [shape, rule] = c.name.split("_");
      let built: SpatialMatrix | undefined;
      if (shape && GRIDS[shape] && (rule === "rook" || rule === "queen"))
        built = contiguityWeights(squareRings(...GRIDS[shape]!), rule, 0);
      else if (c.coordinates) {
        const lon = Float64Array.from(c.coordinates, (p) => p[0]);
        const lat = Float64Array.from(c.coordinates, (p) => p[1]);
        const d = distanceMatrix(lon, lat);
        const n = lon.length;
        if (c.knn !== undefined) built = knnWeights(d, n, c.knn);
        else if (c.power !== undefined) built = inverseDistanceWeights(d, n, c.power, c.band_km);
        else built = bandWeights(d, n, c.band_km!);
      } else if (c.means) built = economicWeights(Float64Array.from(c.means));
      expect(built).toBeDefined();
      const got = toLinks(built!);
      expect(got.map((r) => r.map(([j]) => j))).toEqual(c.links.map((r) => r.map(([j]) => j)));
      for (const [i, row] of got.entries())
        for (const [p, [, w]] of row.entries()) close(w, c.links[i]![p]![1]!);
    });
  }
});

describe("statistics match esda (and spdep for Gi* of Ord & Getis)", () => {
  for (const c of pysal.cases) {
    const raw = fromLinks(c.links);
    const x = Float64Array.from(c.values);
    const ref = spdep.cases.find((s) => s.name === c.name)!;
    for (const s of c.stats) {
      const w = s.transform === "row" ? rowStandardise(raw) : binarise(raw);
      test(`${c.name}, ${s.transform}: Moran's I and its moments`, () => {
        const m = globalMoran(x, w);
        expect(m.defined).toBe(true);
        if (!m.defined) return;
        close(m.i, s.moran.I);
        close(m.expected, s.moran.EI);
        // Where every region neighbours every other, I = E[I] whatever the values and the
        // variance is 0 up to rounding: esda divides by it (±inf, NaN); ccdc declares it null.
        const flat = (v: number | null) => v === null || Math.abs(v) <= 1e-12 * s.moran.EI! ** 2;
        const norm = flat(s.moran.VI_norm) ? null : s.moran;
        const rand = flat(s.moran.VI_rand) ? null : s.moran;
        close(m.varianceNormality, norm?.VI_norm ?? null);
        close(m.varianceRandomisation, rand?.VI_rand ?? null);
        close(m.zNormality, norm?.z_norm ?? null, 1e-9);
        close(m.zRandomisation, rand?.z_rand ?? null, 1e-9);
        close(m.pNormality, norm?.p_norm ?? null, 1e-9);
        close(m.pRandomisation, rand?.p_rand ?? null, 1e-9);
      });
      test(`${c.name}, ${s.transform}: local Moran and quadrants`, () => {
        const l = localMoran(x, w);
        expect(l.defined).toBe(true);
        if (!l.defined) return;
        for (const [k, v] of l.i.entries()) close(v, s.lisa.Is[k]!);
        const esdaQuadrant = ["", "HH", "LH", "LL", "HL"];
        expect(l.quadrant).toEqual(s.lisa.q.map((q) => esdaQuadrant[q]));
      });
      test(`${c.name}, ${s.transform}: Gi* z, both variants`, () => {
        const star = starWeights(raw, s.transform);
        const pysalZ = giStar(x, star, "pysal");
        expect(pysalZ.defined).toBe(true);
        if (!pysalZ.defined) return;
        // esda gives NaN where the variance is 0 (a region linked to all); ccdc declares z = 0.
        for (const [k, v] of pysalZ.z.entries()) close(v, s.gi_star_pysal[k] ?? 0, 1e-9);
        const og = giStar(x, star, "ord_getis_1995");
        if (!og.defined) return;
        // spdep's localG is the Ord & Getis z; it is the same for any row scaling, so it is
        // the reference for the row transform, and for binary links it equals esda's binary z.
        const expected =
          s.transform === "row"
            ? ref.row.gi_star_ord_getis.map((v) => (typeof v === "number" ? v : 0))
            : c.stats.find((t) => t.transform === "binary")!.gi_star_pysal.map((v) => v ?? 0);
        for (const [k, v] of og.z.entries()) close(v, expected[k]!, 1e-9);
      });
      if (s.permutations) {
        const { count, moran_p_sim, lisa_p_sim, lisa_p_limit } = s.permutations;
        // Within 5 Monte Carlo standard errors: of one estimate against an exact limit, of
        // the difference of two independent estimates against esda's.
        const se = (p: number, both: boolean) => Math.sqrt(((both ? 2 : 1) * p * (1 - p)) / count);
        // Heavy (millions of draws): a long timeout for a loaded machine.
        test(`${c.name}, ${s.transform}: pseudo p-values at ${count} permutations`, () => {
          const m = globalMoran(x, w, count, 7);
          if (m.defined)
            expect(Math.abs(m.permutation!.pseudoP - moran_p_sim)).toBeLessThanOrEqual(
              5 * se(moran_p_sim, true) + 2 / count,
            );
          const l = localMoran(x, w, count, 7);
          if (!l.defined) return;
          Array.from(l.pseudoP!).forEach((p, k) => {
            const ref = lisa_p_limit?.[k] ?? lisa_p_sim[k]!;
            // esda decides a redraw of the observed neighbour set itself (a tie, probability
            // 1 / C(n − 1, k)) by rounding; ccdc counts it as larger. Allow that mass too.
            const tie = lisa_p_limit ? 0 : 1 / binomial(x.length - 1, c.links[k]!.length);
            const bound = 5 * se(Math.max(p, ref), lisa_p_limit === undefined) + 2 / count + tie;
            expect(Math.abs(p - ref), `region ${k}`).toBeLessThanOrEqual(bound);
          });
        }, 120_000);
      }
    }
  }
});
