import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { MINI } from "./spec-fixture.js";

const compile = (block: string) => compileSpec(`${MINI}\n${block}\n`, "t.ccd");
const codes = (block: string) => compile(block).diagnostics.map((d) => d.code);

describe("pass figures", () => {
  test("a figure of indices lowers with its defaults: lines, every year, every unit", () => {
    const r = compile(
      'figure fig_i "Indices" zh "指数" { show index of econ, land caption "Fig. 1" }',
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.plan?.figures).toEqual([
      {
        id: "fig_i",
        title: { en: "Indices", zh: "指数" },
        show: { measure: "index", nodes: ["econ", "land"] },
        kind: "lines",
        kindOrigin: "default",
        years: [2020, 2021, 2022],
        yearsOrigin: "default",
        caption: { en: "Fig. 1" },
      },
    ]);
    expect(r.plan?.sourceMap["/figures/0"]?.line).toBe(MINI.split("\n").length + 1);
  });
  test("a figure of D: the analysis's first form by default; a between analysis's `on` nodes", () => {
    const r = compile(
      "figure d1 { show d of inner kind heatmap units south, north }\nfigure d2 { show c of across on total years 2022, 2020 }",
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.plan?.figures?.[0]).toMatchObject({
      show: { measure: "D", analysis: "inner", form: "standard", formOrigin: "default" },
      kind: "heatmap",
      units: ["south", "north"],
    });
    expect(r.plan?.figures?.[1]).toMatchObject({
      show: { measure: "C", analysis: "across", nodes: ["total"] },
      years: [2020, 2022],
      yearsOrigin: "spec",
    });
  });
  test("bars and radars default to the first and last year, maps to first, middle, last", () => {
    const r = compile(
      [
        "figure fb { show index of econ kind bars }",
        "figure fr { show index of total, econ, land kind radar years 2021 to 2022 }",
        'map m "m.geojson" { feature "name" }',
        "figure fm { show d of inner kind map map m }",
      ].join("\n"),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.plan?.figures?.map((f) => f.years)).toEqual([
      [2020, 2022],
      [2021, 2022],
      [2020, 2021, 2022],
    ]);
    expect(r.plan?.figures?.[2]).toMatchObject({ kind: "map", map: "m" });
  });
  test("a plan without figures has no figures field", () => {
    expect(compileSpec(MINI, "t.ccd").plan).not.toHaveProperty("figures");
  });
  test("bad references: unknown node, analysis, unit, map; each with its code", () => {
    expect(codes("figure f { show index of ecom }")).toEqual(["E0102"]);
    expect(codes("figure f { show d of iner }")).toEqual(["E0102"]);
    expect(codes("figure f { show d of econ }")).toEqual(["E0103"]);
    expect(codes("figure f { show index of econ units a }")).toEqual(["E1308"]);
    expect(codes("figure f { show index of econ units north, north }")).toEqual(["E1308"]);
    expect(codes("figure f { show d of inner kind map map china }")).toEqual(["E0102"]);
  });
  test("bad words and shapes", () => {
    expect(codes("figure f { kind lines }")).toEqual(["E1301"]);
    expect(codes("figure f { show idx of econ }")).toEqual(["E1302"]);
    expect(codes("figure f { show d of inner, across }")).toEqual(["E1303"]);
    expect(codes("figure f { show d of inner modified }")).toEqual(["E1304"]);
    expect(codes("figure f { show index of econ standard }")).toEqual(["E1304"]);
    expect(codes("figure f { show index of econ kind pie }")).toEqual(["E1305"]);
    expect(codes("figure f { show index of econ kind map }")).toEqual(["E1306"]);
    expect(codes("figure f { show d of across kind map }")).toEqual(["E1306"]);
    expect(codes("figure f { show c of inner kind heatmap }")).toEqual(["E1306"]);
    expect(codes("figure f { show d of inner kind map }")).toEqual(["E1307"]);
    expect(codes("figure f { show d of inner map m }")).toEqual(["E1307"]);
    expect(codes("figure f { show index of econ years 2019, 2021 }")).toEqual(["E1309"]);
    expect(codes("figure f { show index of econ years 2022 to 2020 }")).toEqual(["E1310"]);
    expect(codes("figure f { show index of econ years 2020 to 2021, 2022 }")).toEqual(["E1310"]);
    expect(codes("figure f { show index of econ years 2021, 2021 }")).toEqual(["E1310"]);
    expect(codes("figure f { show d of inner on total }")).toEqual(["E1311"]);
    expect(codes("figure f { show d of across on econ }")).toEqual(["E1311"]);
    expect(codes("figure f { show index of econ on total }")).toEqual(["E1311"]);
    expect(codes("figure f { show index of econ, land kind radar }")).toEqual(["E1312"]);
    expect(codes("figure f { show index of econ, land kind heatmap }")).toEqual(["E1312"]);
    expect(codes("figure f { show weights of econ, land }")).toEqual(["E1312"]);
    expect(codes("figure f { show index of econ kind lines kind bars }")).toEqual(["E0105"]);
    expect(codes("figure f { show index of econ }\nfigure f { show index of land }")).toEqual([
      "E0101",
    ]);
  });
  test("a name may not be a figure and something else", () => {
    expect(codes("figure econ { show index of land }")).toEqual(["E0101"]);
  });
});
