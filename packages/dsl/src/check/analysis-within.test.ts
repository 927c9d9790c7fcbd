import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const compile = (src: string) => compileSpec(src, "t.ccd");
const codes = (src: string) => compile(src).diagnostics.map((d) => d.code);
const systems = (list: string) => edit(MINI, ["systems econ, land", `systems ${list}`]);

describe("pass analysis-within", () => {
  test("within each unit expands to every unit", () => {
    expect(compile(MINI).plan?.analyses[0]).toMatchObject({
      kind: "within",
      systems: ["econ", "land"],
      units: ["north", "south"],
    });
  });
  test("a list of units", () => {
    const plan = compile(edit(MINI, ["within each unit", "within south"])).plan;
    expect(plan?.analyses[0]).toMatchObject({ units: ["south"] });
  });
  test("E0804: fewer than two systems", () => {
    expect(codes(systems("econ"))).toEqual(["E0804"]);
    expect(codes(edit(MINI, ["  systems econ, land\n", ""]))).toEqual(["E0804"]);
  });
  test("groups may be coupled; E0805: not with their ancestors", () => {
    const grouped = edit(MINI, [
      '    indicator gdp_pc "GDP per capita" { direction benefit value gdp / pop }\n',
      '    group output "Output" {\n      indicator gdp_pc "GDP per capita" { direction benefit value gdp / pop }\n    }\n',
    ]);
    expect(codes(edit(grouped, ["systems econ, land", "systems output, land"]))).toEqual([]);
    expect(codes(edit(grouped, ["systems econ, land", "systems econ, output, land"]))).toEqual([
      "E0805",
    ]);
  });
  test("E0806: the index; E0807: twice; E0103: not a node", () => {
    expect(codes(systems("total, econ"))).toEqual(["E0806"]);
    expect(codes(systems("econ, econ, land"))).toEqual(["E0807"]);
    expect(codes(systems("econ, gdp_pc"))).toEqual(["E0103"]);
  });
  test("E0808: a region at cluster level is not a unit; E0102: unknown unit", () => {
    const ds = compile(edit(MINI, ["within each unit", "within north, a"])).diagnostics;
    expect(ds.map((d) => d.code)).toEqual(["E0808"]);
    expect(ds[0]!.hint).toBe("the units are `north`, `south`");
    expect(codes(edit(MINI, ["within each unit", "within nort"]))).toEqual(["E0102"]);
  });
});
