import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const withMap = (block: string, ...edits: [string, string][]) =>
  edit(`${MINI}\n${block}\n`, ...edits);
const compile = (src: string) => compileSpec(src, "t.ccd");
const codes = (src: string) => compile(src).diagnostics.map((d) => d.code);

describe("pass maps", () => {
  test("a map lowers with its defaults: format from the extension, match by data key", () => {
    const r = compile(
      withMap('map m "maps/abc.geojson" { feature "name" approval "GS(2019)1822号" }'),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.plan?.maps).toEqual([
      {
        id: "m",
        path: "maps/abc.geojson",
        format: "geojson",
        featureKey: "name",
        match: { kind: "key" },
        matchOrigin: "default",
        approval: "GS(2019)1822号",
      },
    ]);
    expect(r.plan?.sourceMap["/maps/0"]?.line).toBe(MINI.split("\n").length + 1);
  });
  test("a TopoJSON map names its object; match by id or by a label language", () => {
    const src = withMap(
      'map m "abc.json" { format topojson object "provinces" feature "adcode" match zh }',
      ['region a "A"', 'region a "A" zh "甲"'],
      ['region b "B"', 'region b "B" zh "乙"'],
      ['region c "C"', 'region c "C" zh "丙"'],
    );
    const r = compile(src);
    expect(r.diagnostics).toEqual([]);
    expect(r.plan?.maps?.[0]).toMatchObject({
      format: "topojson",
      object: "provinces",
      match: { kind: "label", lang: "zh" },
      matchOrigin: "spec",
    });
    expect(
      compile(withMap('map m "a.topojson" { feature "n" match id }')).plan?.maps?.[0]?.match,
    ).toEqual({ kind: "id" });
  });
  test("a plan without maps has no maps field", () => {
    expect(compile(MINI).plan).not.toHaveProperty("maps");
  });
  test("E1012: the format cannot be inferred from .json; E1011: an unknown format", () => {
    expect(codes(withMap('map m "a.json" { feature "n" }'))).toEqual(["E1012"]);
    const ds = compile(withMap('map m "a.json" { format geojsn feature "n" }')).diagnostics;
    expect(ds.map((d) => d.code)).toEqual(["E1011"]);
    expect(ds[0]!.hint).toMatch(/did you mean `geojson`/);
  });
  test("E1004: no feature property; E1010: no file", () => {
    expect(codes(withMap('map m "a.geojson" { approval "x" }'))).toEqual(["E1004"]);
    expect(codes(withMap('map m { feature "n" format geojson }'))).toEqual(["E1010"]);
  });
  test("E1001 / E1002 / E1003: a foreign setting, a repeated one, a value of the wrong kind", () => {
    expect(codes(withMap('map m "a.geojson" { feature "n" knn 4 }'))).toEqual(["E1001"]);
    expect(codes(withMap('map m "a.geojson" { feature "n" feature "m" }'))).toEqual(["E1002"]);
    expect(codes(withMap('map m "a.geojson" { feature name }'))).toEqual(["E1003"]);
  });
  test("E1013: object on a GeoJSON map", () => {
    expect(codes(withMap('map m "a.geojson" { feature "n" object "x" }'))).toEqual(["E1013"]);
  });
  test("E1014: match by a language no region has; E1015: a region without that label", () => {
    expect(codes(withMap('map m "a.geojson" { feature "n" match fr }'))).toEqual(["E1014"]);
    const ds = compile(
      withMap('map m "a.geojson" { feature "n" match zh }', [
        'region a "A"',
        'region a "A" zh "甲"',
      ]),
    ).diagnostics;
    expect(ds.map((d) => [d.code, d.message])).toEqual([
      ["E1015", "region `b` has no `zh` label to match the map's features with"],
      ["E1015", "region `c` has no `zh` label to match the map's features with"],
    ]);
  });
  test("E0101: a map's name shares the spec's one namespace", () => {
    expect(codes(withMap('map a "a.geojson" { feature "n" }'))).toEqual(["E0101"]);
  });
});
