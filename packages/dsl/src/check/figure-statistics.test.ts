import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

/** MINI at region level (autocorrelation needs regions), with a map, weights and statistics. */
const REGIONS = edit(MINI, ["units clusters", "units regions"]);
const SPATIAL = `
map m "m.geojson" { feature "name" }
spatial_weights w { contiguity queen of m }
autocorrelation ac { values inner matrix w statistics moran, lisa permutations 99 }
dynamics dyn { of inner density }
`;

/** The spec's errors only (MINI's clusters are unused at region level: W0904). */
const compile = (block: string, spatial = SPATIAL) => {
  const r = compileSpec(`${REGIONS}\n${spatial}\n${block}\n`, "t.ccd");
  return { ...r, diagnostics: r.diagnostics.filter((d) => d.severity === "error") };
};
const codes = (block: string, spatial = SPATIAL) =>
  compile(block, spatial).diagnostics.map((d) => d.code);

describe("figures of a statistic: density, moran, lisa_map", () => {
  test("each finds the only declaration computing its statistic of the figure's values", () => {
    const r = compile(
      [
        "figure fd { show d of inner kind density }",
        "figure fm { show d of inner kind moran }",
        "figure fl { show d of inner kind lisa_map map m }",
      ].join("\n"),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.plan?.figures?.map((f) => [f.kind, f.from, f.fromOrigin, f.years])).toEqual([
      ["density", "dyn", "default", [2020, 2021, 2022]],
      ["moran", "ac", "default", [2020, 2021, 2022]],
      ["lisa_map", "ac", "default", [2020, 2021, 2022]],
    ]);
    expect(r.plan?.figures?.[2]).toMatchObject({ map: "m", show: { measure: "D" } });
  });

  test("`from` names one of several; a node's index works as D does", () => {
    const spatial = `${SPATIAL}
autocorrelation ac2 { values inner matrix w statistics lisa permutations 99 }
autocorrelation ac_node { values econ matrix w statistics lisa permutations 99 }
dynamics dyn_node { of econ density }`;
    const r = compile(
      [
        "figure fm { show d of inner kind moran from ac2 years 2021 }",
        "figure fn { show index of econ kind lisa_map map m }",
        "figure fk { show index of econ kind density }",
      ].join("\n"),
      spatial,
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.plan?.figures?.map((f) => [f.from, f.fromOrigin, f.years])).toEqual([
      ["ac2", "spec", [2021]],
      ["ac_node", "default", [2020, 2021, 2022]],
      ["dyn_node", "default", [2020, 2021, 2022]],
    ]);
    // Two autocorrelations of inner's D and no `from`: which one is not guessed.
    expect(codes("figure f { show d of inner kind moran }", spatial)).toEqual(["E1314"]);
  });

  test("no declaration computes it: E1313, naming those on other values", () => {
    const r = compile(
      "figure f { show d of inner kind moran }",
      SPATIAL.replace("moran, lisa", "moran"),
    );
    expect(r.diagnostics.map((d) => d.code)).toEqual(["E1313"]);
    expect(r.diagnostics[0]?.hint).toContain("statistics moran, lisa");
    const node = compile("figure f { show index of land kind density }");
    expect(node.diagnostics.map((d) => d.code)).toEqual(["E1313"]);
    expect(node.diagnostics[0]?.hint).toContain("`dyn` is of D of `inner` (standard)");
  });

  test("`from` naming a declaration without the statistic or of other values: E1315", () => {
    const spatial = `${SPATIAL}
autocorrelation plain { values inner matrix w statistics moran }
dynamics markov_only { of inner markov }
dynamics of_node { of econ density }`;
    expect(codes("figure f { show d of inner kind moran from plain }", spatial)).toEqual(["E1315"]);
    expect(codes("figure f { show d of inner kind density from markov_only }", spatial)).toEqual([
      "E1315",
    ]);
    const r = compile("figure f { show d of inner kind density from of_node }", spatial);
    expect(r.diagnostics[0]?.message).toContain("it is of the index of `econ`, not D of `inner`");
    expect(codes("figure f { show d of inner kind density from ac }")).toEqual(["E0103"]);
    expect(codes("figure f { show d of inner kind density from nowhere }")).toEqual(["E0102"]);
    expect(codes("figure f { show d of inner kind lines from dyn }")).toEqual(["E1315"]);
  });

  test("bad combinations: between analyses, c and t, several nodes, a map, units", () => {
    expect(codes("figure f { show d of across kind moran }")).toEqual(["E1306"]);
    expect(codes("figure f { show d of across kind density }")).toEqual(["E1306"]);
    expect(codes("figure f { show c of inner kind density }")).toEqual(["E1306"]);
    expect(codes("figure f { show t of inner kind lisa_map map m }")).toEqual(["E1306"]);
    expect(codes("figure f { show weights of total kind moran }")).toEqual(["E1306"]);
    expect(codes("figure f { show index of econ, land kind moran }")).toEqual(["E1312"]);
    expect(codes("figure f { show d of inner kind lisa_map }")).toEqual(["E1307"]);
    expect(codes("figure f { show d of inner kind moran map m }")).toEqual(["E1307"]);
    expect(codes("figure f { show d of inner kind moran units a, b }")).toEqual(["E1316"]);
    expect(codes("figure f { show d of inner kind density units a }")).toEqual(["E1316"]);
    // A LISA map may show some of the units: the others are simply not drawn.
    expect(codes("figure f { show d of inner kind lisa_map map m units a, b }")).toEqual([]);
  });

  test("`from` is read once", () => {
    expect(codes("figure f { show d of inner kind moran from ac from ac }")).toEqual(["E0105"]);
  });
});
