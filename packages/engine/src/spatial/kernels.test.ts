/**
 * Hand-checked small cases for every matrix construction and statistic: a 4-region line
 * (0 – 1 – 2 – 3) and a 2 × 2 grid (0 1 / 2 3). Each expected value is derived in the comment
 * above it. PySAL and spdep agreement on larger cases is in reference.test.ts.
 */

import type { Autocorrelation, SpatialWeights } from "@ccdc/plan";
import { describe, expect, test } from "vitest";
import { gridCells, squaresGeoJson } from "../testing/squares.js";
import { type AutocorrelationOutcome, runAutocorrelation } from "./autocorrelation.js";
import { buildWeights } from "./build.js";
import { contiguityWeights, type RegionRings } from "./contiguity.js";
import { greatCircleKm } from "./distance.js";
import { giStar, starWeights } from "./getis-ord.js";
import { localMoran } from "./local-moran.js";
import { matrixFromPairs, type SpatialMatrix } from "./matrix.js";
import { globalMoran } from "./moran.js";
import { binarise, rowStandardise, weightSums } from "./transform.js";

const lists = (w: SpatialMatrix): [number, number][][] =>
  Array.from({ length: w.n }, (_, i) =>
    Array.from({ length: w.offsets[i + 1]! - w.offsets[i]! }, (_, p): [number, number] => [
      w.neighbours[w.offsets[i]! + p]!,
      w.values[w.offsets[i]! + p]!,
    ]),
  );
const nbs = (w: SpatialMatrix) => lists(w).map((r) => r.map(([j]) => j));
const rings = (rows: number, cols: number): RegionRings[] =>
  squaresGeoJson(gridCells(rows, cols, ["a", "b", "c", "d"])).features.map((f) => [
    (f as { geometry: { coordinates: [number, number][][] } }).geometry.coordinates,
  ]);
const IDS = ["a", "b", "c", "d"];
const weightsDef = (
  construction: SpatialWeights["construction"],
  extra: Partial<SpatialWeights> = {},
): SpatialWeights => ({
  id: "w",
  labels: { en: "w" },
  construction,
  transform: "row",
  transformOrigin: "default",
  links: [],
  islands: "error",
  islandsOrigin: "default",
  ...extra,
});
/** Four points on the equator at longitude 0, 1, 2 and 4: 1° = 6371 π / 180 = 111.19492664 km. */
const LINE_POINTS = {
  kind: "coordinates" as const,
  lon: Float64Array.from([0, 1, 2, 4]),
  lat: new Float64Array(4),
};
const coords = { path: "xy.csv", region: "region", longitude: "longitude", latitude: "latitude" };
const KM_PER_DEGREE = (6371 * Math.PI) / 180;

describe("constructions on a 4-region line and a 2 × 2 grid", () => {
  test("neighbour pairs link both ways", () => {
    expect(
      nbs(
        matrixFromPairs(4, [
          [0, 1],
          [1, 2],
          [2, 3],
        ]),
      ),
    ).toEqual([[1], [0, 2], [1, 3], [2]]);
  });
  test("contiguity of squares: rook = queen on a line; the grid's queen adds the diagonals", () => {
    expect(nbs(contiguityWeights(rings(1, 4), "rook", 0))).toEqual([[1], [0, 2], [1, 3], [2]]);
    expect(nbs(contiguityWeights(rings(1, 4), "queen", 0))).toEqual([[1], [0, 2], [1, 3], [2]]);
    // Grid a b / c d: rook a–b, a–c, b–d, c–d; queen also a–d, b–c (corners).
    expect(nbs(contiguityWeights(rings(2, 2), "rook", 0))).toEqual([
      [1, 2],
      [0, 3],
      [0, 3],
      [1, 2],
    ]);
    expect(nbs(contiguityWeights(rings(2, 2), "queen", 0))).toEqual([
      [1, 2, 3],
      [0, 2, 3],
      [0, 1, 3],
      [0, 1, 2],
    ]);
  });
  test("contiguity tolerance: squares 0.0005° apart touch only within a tolerance", () => {
    const [a, b] = rings(1, 2);
    const shifted = b!.map((poly) =>
      poly.map((ring) => ring.map(([x, y]) => [x + 0.0005, y] as [number, number])),
    );
    expect(nbs(contiguityWeights([a!, shifted], "rook", 0))).toEqual([[], []]);
    expect(nbs(contiguityWeights([a!, shifted], "rook", 0.001))).toEqual([[1], [0]]);
  });
  test("great circle: 1° of the equator is 6371 π / 180 km", () => {
    expect(greatCircleKm(0, 0, 1, 0)).toBeCloseTo(KM_PER_DEGREE, 9);
    // Beijing (116.4, 39.9) to Shanghai (121.5, 31.2): about 1067 km.
    expect(greatCircleKm(116.4, 39.9, 121.5, 31.2)).toBeGreaterThan(1060);
    expect(greatCircleKm(116.4, 39.9, 121.5, 31.2)).toBeLessThan(1075);
  });
  test("knn 1 on the line: ties go to the earlier region, and the result is asymmetric", () => {
    // b is 1° from a and from c: a (earlier). c: b at 1°, d at 2° → b. d: c at 2° → c.
    const b = buildWeights(
      weightsDef({ kind: "knn", coordinates: coords, k: 1 }),
      0,
      IDS,
      LINE_POINTS,
    );
    expect(nbs(b.built!.raw)).toEqual([[1], [0], [1], [2]]);
    expect(b.built!.summary.symmetric).toBe(false);
  });
  test("knn with k > n − 1 is D0706", () => {
    const b = buildWeights(
      weightsDef({ kind: "knn", coordinates: coords, k: 4 }),
      0,
      IDS,
      LINE_POINTS,
    );
    expect(b.errors.map((e) => [e.code, e.message])).toEqual([
      ["D0706", "knn 4 for 4 regions: a region has at most 3 others"],
    ]);
  });
  test("distance band 150 km: a–b and b–c (111 km); d is 222 km from c: an island", () => {
    const b = buildWeights(
      weightsDef({ kind: "distance_band", coordinates: coords, bandKm: 150 }),
      0,
      IDS,
      LINE_POINTS,
    );
    expect(nbs(b.built!.raw)).toEqual([[1], [0, 2], [1], []]);
    expect(b.built!.summary).toMatchObject({
      links: 4,
      islands: ["d"],
      minNeighbours: 0,
      maxNeighbours: 2,
    });
    expect(b.built!.summary.meanNeighbours).toBe(1);
  });
  test("inverse distance, power 1 and 2, cut at a band", () => {
    const all = buildWeights(
      weightsDef({ kind: "inverse_distance", coordinates: coords, power: 1 }),
      0,
      IDS,
      LINE_POINTS,
    );
    // w_ad = 1 / (4 × 111.19…) km.
    expect(lists(all.built!.raw)[0]![2]![1]).toBeCloseTo(1 / (4 * KM_PER_DEGREE), 15);
    const cut = buildWeights(
      weightsDef({ kind: "inverse_distance", coordinates: coords, power: 2, bandKm: 150 }),
      0,
      IDS,
      LINE_POINTS,
    );
    expect(lists(cut.built!.raw)[1]).toEqual([
      [0, expect.closeTo(1 / KM_PER_DEGREE ** 2, 18)],
      [2, expect.closeTo(1 / KM_PER_DEGREE ** 2, 18)],
    ]);
  });
  test("inverse distance with two regions at one point is D0707", () => {
    const same = { ...LINE_POINTS, lon: Float64Array.from([0, 0, 2, 4]) };
    const b = buildWeights(
      weightsDef({ kind: "inverse_distance", coordinates: coords, power: 1 }),
      0,
      IDS,
      same,
    );
    expect(b.errors.map((e) => e.code)).toEqual(["D0707"]);
  });
  test("economic distance 1/|x̄_i − x̄_j| (means 1, 2, 4, 8); equal means are D0708", () => {
    const def = weightsDef({
      kind: "economic",
      variable: "gdp",
      variant: "inverse_mean_difference",
    });
    const b = buildWeights(def, 0, IDS, { kind: "means", means: Float64Array.from([1, 2, 4, 8]) });
    // a: 1/|1−2| = 1, 1/|1−4| = 1/3, 1/|1−8| = 1/7.
    expect(lists(b.built!.raw)[0]).toEqual([
      [1, 1],
      [2, 1 / 3],
      [3, 1 / 7],
    ]);
    const tie = buildWeights(def, 0, IDS, {
      kind: "means",
      means: Float64Array.from([1, 2, 2, 8]),
    });
    expect(tie.errors.map((e) => e.code)).toEqual(["D0708"]);
  });
  test("a declared link joins an island both ways", () => {
    const def = weightsDef(
      { kind: "distance_band", coordinates: coords, bandKm: 150 },
      { links: [{ region: "d", to: ["c"] }] },
    );
    const b = buildWeights(def, 0, IDS, LINE_POINTS);
    expect(nbs(b.built!.raw)).toEqual([[1], [0, 2], [1, 3], [2]]);
    expect(b.built!.summary.islands).toEqual([]);
  });
  test("transforms: row sums to 1, binary is all ones; S0, S1, S2 of the binary line", () => {
    const w = matrixFromPairs(4, [
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(lists(rowStandardise(w))[1]).toEqual([
      [0, 0.5],
      [2, 0.5],
    ]);
    expect(lists(binarise(rowStandardise(w)))[1]).toEqual([
      [0, 1],
      [2, 1],
    ]);
    // S0 = 6 links; S1 = ½ Σ (w_ij + w_ji)² = ½ · 6 · 2² = 12; S2 = Σ (2 d_i)² = 4 + 16 + 16 + 4 = 40.
    expect(weightSums(w)).toEqual({ s0: 6, s1: 12, s2: 40 });
  });
});

describe("statistics on the line, by hand", () => {
  // x = (1, 3, 2, 6): x̄ = 3, z = (−2, 0, −1, 3), Σ z² = 14.
  const x = Float64Array.from([1, 3, 2, 6]);
  const line = matrixFromPairs(4, [
    [0, 1],
    [1, 2],
    [2, 3],
  ]);
  test("Moran's I, binary: I = (4/6)(2(0 + 0 − 3))/14 = −2/7; Var_N = 7/27 − 1/9 = 4/27", () => {
    const m = globalMoran(x, binarise(line));
    expect(m.defined).toBe(true);
    if (!m.defined) return;
    expect(m.i).toBeCloseTo(-2 / 7, 15);
    expect(m.expected).toBeCloseTo(-1 / 3, 15);
    // E[I²] = (16·12 − 4·40 + 3·36) / (15·36) = 140/540 = 7/27.
    expect(m.varianceNormality).toBeCloseTo(4 / 27, 15);
    // z = (−2/7 + 1/3) / √(4/27) = (1/21)(3√3/2) = √3/14.
    expect(m.zNormality).toBeCloseTo(Math.sqrt(3) / 14, 14);
  });
  test("Moran's I, row-standardised: Σ w z z = 0 + 0 + (−1)(1.5) + 3(−1) = −4.5, I = −4.5/14", () => {
    const m = globalMoran(x, rowStandardise(line));
    expect(m.defined && m.i).toBeCloseTo(-4.5 / 14, 15);
  });
  test("local Moran, binary: I_i = 3 z_i lag_i / 14 with lag = (0, −3, 3, −1)", () => {
    const l = localMoran(x, binarise(line));
    expect(l.defined).toBe(true);
    if (!l.defined) return;
    expect(Array.from(l.i)).toEqual([0, 0, -9 / 14, -9 / 14].map((v) => expect.closeTo(v, 15)));
    // H when > 0 (esda): a (−2, 0) LL, b (0, −3) LL, c (−1, 3) LH, d (3, −1) HL.
    expect(l.quadrant).toEqual(["LL", "LL", "LH", "HL"]);
  });
  test("the Moran scatter plot: z / σ and its lag; with row weights the slope of lag on z is I", () => {
    // σ = √(14/4) = √3.5; binary lag of z = (0, −3, 3, −1).
    const l = localMoran(x, binarise(line));
    if (!l.defined) throw new Error("undefined");
    const sd = Math.sqrt(3.5);
    expect(Array.from(l.z)).toEqual([-2, 0, -1, 3].map((v) => expect.closeTo(v / sd, 15)));
    expect(Array.from(l.lag)).toEqual([0, -3, 3, -1].map((v) => expect.closeTo(v / sd, 15)));
    const r = localMoran(x, rowStandardise(line));
    if (!r.defined) throw new Error("undefined");
    let zl = 0;
    let zz = 0;
    for (let k = 0; k < 4; k++) {
      zl += r.z[k]! * r.lag[k]!;
      zz += r.z[k]! * r.z[k]!;
    }
    expect(zl / zz).toBeCloseTo(-4.5 / 14, 14);
  });
  test("Gi*, both variants: x̄ = 3, s² = 50/4 − 9 = 3.5", () => {
    const raw = line;
    // Ord & Getis, binary star sets {a,b}: (4 − 3·2) / (√3.5 √((4·2 − 4)/3)) = −2 √(3/14).
    const og = giStar(x, starWeights(raw, "binary"), "ord_getis_1995");
    expect(og.defined && og.z[0]).toBeCloseTo(-2 * Math.sqrt(3 / 14), 14);
    // b: {a,b,c}, Σ = 6: (6 − 9) / (√3.5 √((12 − 9)/3)) = −3/√3.5.
    expect(og.defined && og.z[1]).toBeCloseTo(-3 / Math.sqrt(3.5), 14);
    // The same under the row transform (the z does not change with a row's scale).
    const ogRow = giStar(x, starWeights(raw, "row"), "ord_getis_1995");
    expect(ogRow.defined && ogRow.z[0]).toBeCloseTo(-2 * Math.sqrt(3 / 14), 14);
    // PySAL, row: w* = ½ on {a, b}: (Σ w* x − x̄)/s = (2 − 3)/√3.5.
    const py = giStar(x, starWeights(raw, "row"), "pysal");
    expect(py.defined && py.z[0]).toBeCloseTo(-1 / Math.sqrt(3.5), 14);
    // PySAL, binary: the Ord & Getis z.
    const pyB = giStar(x, starWeights(raw, "binary"), "pysal");
    expect(pyB.defined && pyB.z[0]).toBeCloseTo(-2 * Math.sqrt(3 / 14), 14);
  });
});

describe("declared degenerate cases", () => {
  const grid = matrixFromPairs(4, [
    [0, 1],
    [0, 2],
    [1, 3],
    [2, 3],
  ]);
  const k4 = matrixFromPairs(4, [
    [0, 1],
    [0, 2],
    [0, 3],
    [1, 2],
    [1, 3],
    [2, 3],
  ]);
  test("all values equal: every statistic is undefined (never NaN)", () => {
    const x = Float64Array.from([0.4, 0.4, 0.4, 0.4]);
    expect(globalMoran(x, rowStandardise(grid))).toEqual({
      defined: false,
      n: 4,
      reason: "constant",
    });
    expect(localMoran(x, rowStandardise(grid))).toEqual({ defined: false, reason: "constant" });
    expect(giStar(x, starWeights(grid, "row"), "ord_getis_1995")).toEqual({
      defined: false,
      reason: "constant",
    });
  });
  test("fewer than 3 regions", () => {
    const pair = matrixFromPairs(2, [[0, 1]]);
    expect(globalMoran(Float64Array.from([1, 2]), pair)).toMatchObject({
      defined: false,
      reason: "too_few",
    });
  });
  test("every region linked to every other: I = E[I] = −1/3, the variances, z and p are null", () => {
    // Grid values (1, 2, 4, 3): z = (−1.5, −0.5, 1.5, 0.5), Σ z = 0, so Σ_{i≠j} z_i z_j = −Σ z² and I = −1/(n−1).
    const m = globalMoran(Float64Array.from([1, 2, 4, 3]), rowStandardise(k4));
    expect(m).toMatchObject({
      defined: true,
      varianceNormality: null,
      zNormality: null,
      pNormality: null,
      pRandomisation: null,
    });
    expect(m.defined && m.i).toBeCloseTo(-1 / 3, 15);
    // Gi* of a region linked to all: its star set is every region, so z = 0 (spdep: NaN).
    const g = giStar(Float64Array.from([1, 2, 4, 3]), starWeights(k4, "binary"), "ord_getis_1995");
    expect(g.defined && Array.from(g.z)).toEqual([0, 0, 0, 0]);
  });
});

describe("islands under each rule (runAutocorrelation)", () => {
  // Band 150 km on the line points: d is an island.
  const construction = { kind: "distance_band" as const, coordinates: coords, bandKm: 150 };
  const def: Autocorrelation = {
    id: "t",
    labels: { en: "t" },
    values: { kind: "index", node: "n" },
    weights: "w",
    statistics: ["moran", "lisa"],
    permutations: 99,
    seed: 1,
    significance: 0.05,
    origins: { permutations: "spec", seed: "spec", significance: "spec", form: "default" },
  };
  const run = (w: SpatialWeights): AutocorrelationOutcome => {
    const b = buildWeights(w, 0, IDS, LINE_POINTS);
    return runAutocorrelation(def, w, b.built!, IDS, [2020], () => Float64Array.from([1, 3, 2, 6]));
  };
  test("drop: d is left out, the statistics run on a, b, c", () => {
    const out = run(weightsDef(construction, { islands: "drop" }));
    expect(out.regions).toEqual(["a", "b", "c"]);
    expect(out.dropped).toEqual(["d"]);
    // a – b – c with x = (1, 3, 2): z = (−1, 1, 0), Σ z² = 2; row weights: Σ w z z = −1 + 1·(−0.5) + 0 = −1.5, I = (3/3)(−1.5/2) = −0.75.
    const m = out.moran![0]!;
    expect(m.defined && m.I).toBeCloseTo(-0.75, 15);
  });
  test("link: d is linked to c and takes part", () => {
    const out = run(weightsDef(construction, { links: [{ region: "d", to: ["c"] }] }));
    expect(out.regions).toEqual(IDS);
    expect(out.dropped).toEqual([]);
    const m = out.moran![0]!;
    expect(m.defined && m.I).toBeCloseTo(-4.5 / 14, 15);
  });
  test("error: the matrix summary names the island (the stage then stops with D0709)", () => {
    const b = buildWeights(weightsDef(construction), 0, IDS, LINE_POINTS);
    expect(b.built!.summary.islands).toEqual(["d"]);
  });
  test("the same seed gives the same pseudo p-values", () => {
    const w = weightsDef(construction, { links: [{ region: "d", to: ["c"] }] });
    expect(run(w)).toEqual(run(w));
  });
});
