import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const compile = (src: string) => compileSpec(src, "t.ccd");
const codes = (src: string) => compile(src).diagnostics.map((d) => d.code);
const ECON = 'system econ "Economy" {';

describe("pass hierarchy", () => {
  test("nodes root first, depth-first; parents, children and leaves", () => {
    const src = edit(MINI, [
      '    indicator gdp_pc "GDP per capita" { direction benefit value gdp / pop }\n',
      '    group output "Output" {\n      indicator gdp_pc "GDP per capita" { direction benefit value gdp / pop }\n    }\n    indicator gdp_level "GDP" { direction benefit value gdp }\n',
    ]);
    const plan = compile(src).plan;
    expect(plan?.nodes.map((n) => [n.id, n.parent, n.role, n.children, n.leaves])).toEqual([
      ["total", null, "root", ["econ", "land"], ["gdp_pc", "gdp_level", "density"]],
      ["econ", "total", "system", ["output", "gdp_level"], ["gdp_pc", "gdp_level"]],
      ["output", "econ", "group", ["gdp_pc"], ["gdp_pc"]],
      ["land", "total", "system", ["density"], ["density"]],
    ]);
    expect(plan?.indicators.map((i) => [i.id, i.parent])).toEqual([
      ["gdp_pc", "output"],
      ["gdp_level", "econ"],
      ["density", "land"],
    ]);
  });
  test("E0401: no index", () => {
    const src = edit(MINI, ['index total "Total" {', 'system total "Total" {']);
    expect(codes(src)).toContain("E0401");
  });
  test("E0402: a second index", () => {
    expect(
      codes(`${MINI}\nindex other "Other" { indicator x "X" { direction cost value gdp } }\n`),
    ).toEqual(["E0402"]);
  });
  test("E0403: a system inside a system; E0404: a group under the index", () => {
    const src = edit(MINI, [
      ECON,
      `${ECON}\n    system sub "Sub" { indicator x "X" { direction cost value gdp } }`,
    ]);
    expect(codes(src)).toEqual(["E0403"]);
    expect(codes(edit(MINI, ['system land "Land"', 'group land "Land"']))).toEqual(["E0404"]);
  });
  test("E0405: an index inside a node", () => {
    const src = edit(MINI, [
      ECON,
      `${ECON}\n    index sub "Sub" { indicator x "X" { direction cost value gdp } }`,
    ]);
    expect(codes(src)).toEqual(["E0405"]);
  });
  test("E0406: a node without children", () => {
    expect(codes(edit(MINI, [ECON, `${ECON}\n    group empty "Empty" { }`]))).toEqual(["E0406"]);
  });
  test("a given node: no children needed; child nodes allowed; E0407: indicators not", () => {
    const given = edit(MINI, [
      'system land "Land" {\n    indicator density "Density" { direction cost value pop / area }\n  }',
      'system land "Land" { given area }',
    ]);
    const r = compile(given);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["E0419"]); // the index composes flat (default)
    const staged = edit(given, [
      'index total "Total" {',
      'index total "Total" {\n  compose staged',
    ]);
    expect(compile(staged).plan?.nodes[2]?.compose).toEqual({ kind: "given", variable: "area" });
    const withChildNode = edit(MINI, [
      'index total "Total" {',
      'index total "Total" {\n  given gdp',
    ]);
    expect(codes(withChildNode)).toEqual([]);
    const withIndicator = edit(staged, [
      "{ given area }",
      '{ given area\n    indicator x "X" { direction cost value area }\n  }',
    ]);
    expect(codes(withIndicator)).toEqual(["E0407"]);
  });
  test("E0102/E0103: the given variable", () => {
    expect(
      codes(edit(MINI, ['index total "Total" {', 'index total "Total" {\n  given gpd'])),
    ).toEqual(["E0102"]);
    expect(
      codes(edit(MINI, ['index total "Total" {', 'index total "Total" {\n  given north'])),
    ).toEqual(["E0103"]);
  });
});
