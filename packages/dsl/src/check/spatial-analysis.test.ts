import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

/** MINI at region level: units a, b, c. */
const REGIONS = edit(
  MINI,
  ["units clusters", "units regions"],
  ["analysis across", "analysis across0"],
);
const compile = (extra: string, base = REGIONS) => compileSpec(`${base}\n${extra}\n`, "t.ccd");
const codes = (extra: string, base = REGIONS) =>
  compile(extra, base).diagnostics.map((d) => d.code);
const W = 'spatial_weights adj "Adjacency" { neighbours "nb.csv" }';

describe("pass spatial-analysis: spatial_weights", () => {
  test("a neighbour list lowers with its defaults (row transform, islands error)", () => {
    const r = compile(`${W}\nautocorrelation d_moran { values inner matrix adj statistics moran }`);
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(r.plan?.spatialWeights).toEqual([
      {
        id: "adj",
        labels: { en: "Adjacency" },
        construction: {
          kind: "neighbours",
          path: "nb.csv",
          region: "region",
          neighbour: "neighbour",
        },
        transform: "row",
        transformOrigin: "default",
        links: [],
        islands: "error",
        islandsOrigin: "default",
      },
    ]);
    expect(r.plan?.autocorrelations?.[0]).toEqual({
      id: "d_moran",
      labels: { en: "d_moran" },
      values: { kind: "coordination", analysis: "inner", form: "standard" },
      weights: "adj",
      statistics: ["moran"],
      permutations: 999,
      seed: 12345,
      significance: 0.05,
      origins: {
        permutations: "default",
        seed: "default",
        significance: "default",
        form: "default",
      },
    });
  });
  test("every construction, transform binary, islands drop, links", () => {
    const spec = (body: string) =>
      compile(`spatial_weights w { ${body} }`).plan?.spatialWeights?.[0];
    expect(spec('coordinates "xy.csv" knn 2 transform binary')?.construction).toMatchObject({
      kind: "knn",
      k: 2,
    });
    expect(spec('coordinates "xy.csv" band 500')?.construction).toMatchObject({
      kind: "distance_band",
      bandKm: 500,
    });
    expect(spec('coordinates "xy.csv" power 2 band 800')?.construction).toMatchObject({
      kind: "inverse_distance",
      power: 2,
      bandKm: 800,
    });
    expect(spec("economic gdp")?.construction).toEqual({
      kind: "economic",
      variable: "gdp",
      variant: "inverse_mean_difference",
    });
    const linked = spec('neighbours "nb.csv" islands drop link c to a, b');
    expect(linked).toMatchObject({ islands: "drop", links: [{ region: "c", to: ["a", "b"] }] });
    const r = compile(
      'map m "m.geojson" { feature "name" }\nspatial_weights w { contiguity rook of m tolerance 0.001 }',
    );
    expect(r.plan?.spatialWeights?.[0]?.construction).toEqual({
      kind: "contiguity",
      rule: "rook",
      map: "m",
      tolerance: 0.001,
    });
  });
  test("E1020 / E1021: no construction, two constructions", () => {
    expect(codes("spatial_weights w { transform row }")).toEqual(["E1020"]);
    expect(codes('spatial_weights w { neighbours "a.csv" economic gdp }')).toEqual(["E1021"]);
  });
  test("E1022-E1026: contiguity, coordinates and distance rules", () => {
    expect(
      codes('map m "m.geojson" { feature "n" }\nspatial_weights w { contiguity bishop of m }'),
    ).toEqual(["E1022"]);
    expect(codes('spatial_weights w { neighbours "a.csv" knn 2 }')).toEqual(["E1023"]);
    expect(codes('spatial_weights w { coordinates "xy.csv" }')).toEqual(["E1024"]);
    expect(codes('spatial_weights w { coordinates "xy.csv" knn 2 band 100 }')).toEqual(["E1025"]);
    // k larger than n − 1 = 2 (three regions).
    const k = compile('spatial_weights w { coordinates "xy.csv" knn 3 }').diagnostics;
    expect(k.map((d) => [d.code, d.message])).toEqual([
      ["E1026", "`knn` must be a whole number from 1 to 2 (the other regions) (3)"],
    ]);
    expect(codes('spatial_weights w { coordinates "xy.csv" power 0 }')).toEqual(["E1026"]);
  });
  test("E1027-E1029, E1038: transform, islands, link, tolerance", () => {
    expect(codes('spatial_weights w { neighbours "a.csv" transform rows }')).toEqual(["E1027"]);
    expect(codes('spatial_weights w { neighbours "a.csv" islands keep }')).toEqual(["E1028"]);
    expect(codes('spatial_weights w { neighbours "a.csv" link c a }')).toEqual(["E1029"]);
    expect(codes('spatial_weights w { neighbours "a.csv" link c to zz }')).toEqual(["E0102"]);
    expect(codes('spatial_weights w { neighbours "a.csv" tolerance 0.1 }')).toEqual(["E1038"]);
  });
  test("E1031: units that are clusters", () => {
    expect(codes('spatial_weights w { neighbours "a.csv" }', MINI)).toEqual(["E1031"]);
  });
});

describe("pass spatial-analysis: autocorrelation", () => {
  const ac = (body: string) => codes(`${W}\nautocorrelation t { ${body} }`);
  test("a node's index, a form, every statistic and setting", () => {
    const r = compile(
      `${W}\nautocorrelation t "T" zh "空间" { values total matrix adj statistics moran, lisa, gi_star, gi_star_pysal permutations 99 seed 7 significance 0.1 }`,
    );
    expect(r.plan?.autocorrelations?.[0]).toMatchObject({
      labels: { en: "T", zh: "空间" },
      values: { kind: "index", node: "total" },
      statistics: ["moran", "lisa", "gi_star", "gi_star_pysal"],
      permutations: 99,
      seed: 7,
      significance: 0.1,
    });
  });
  test("E1004: values, matrix and statistics are required", () => {
    expect(ac("")).toEqual(["E1004", "E1004", "E1004"]);
  });
  test("E1030: a between analysis; E1036: a form the analysis does not compute", () => {
    expect(ac("values across0 matrix adj statistics moran")).toEqual(["E1030"]);
    expect(ac("values inner form wang2021_modified matrix adj statistics moran")).toEqual([
      "E1036",
    ]);
  });
  test("E1032 / E1037: unknown or repeated statistic", () => {
    expect(ac("values inner matrix adj statistics morans")).toEqual(["E1032"]);
    expect(ac("values inner matrix adj statistics moran, moran")).toEqual(["E1037"]);
  });
  test("E1033-E1035: permutations, seed, significance", () => {
    expect(ac("values inner matrix adj statistics moran permutations 100000")).toEqual(["E1033"]);
    expect(ac("values inner matrix adj statistics lisa permutations 0")).toEqual(["E1033"]);
    expect(ac("values inner matrix adj statistics moran seed -1")).toEqual(["E1034"]);
    expect(ac("values inner matrix adj statistics moran significance 1")).toEqual(["E1035"]);
  });
  test("E0103: a matrix that is not spatial weights", () => {
    expect(ac("values inner matrix s4 statistics moran")).toEqual(["E0103"]);
  });
});
