import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const compile = (src: string) => compileSpec(src, "t.ccd");
const codes = (src: string) => compile(src).diagnostics.map((d) => d.code);
const value = (expr: string) => edit(MINI, ["value gdp / pop", `value ${expr}`]);

describe("pass expressions", () => {
  test("E0102: an unknown variable, suggesting among variables; E0103: not a variable", () => {
    const ds = compile(value("gdp / popp")).diagnostics;
    expect(ds.map((d) => d.code)).toEqual(["E0102"]);
    expect(ds[0]!.hint).toBe("did you mean `pop`?");
    expect(codes(value("gdp / north"))).toEqual(["E0103"]);
  });
  test("E0501: adding or subtracting different units", () => {
    const add = compile(value("gdp + pop")).diagnostics;
    expect(add.map((d) => d.code)).toEqual(["E0501"]);
    expect(add[0]!.message).toBe("cannot add `gdp` (亿元) and `pop` (万人): different units");
    const sub = compile(value("gdp / pop - pop / area")).diagnostics;
    expect(sub[0]!.message).toBe(
      "cannot subtract `pop / area` (万人/万平方公里) from `gdp / pop` (亿元/万人): different units",
    );
  });
  test("same units add; units cancel; literals take the other side's unit", () => {
    expect(codes(value("(gdp + gdp) / pop"))).toEqual([]);
    expect(codes(value("gdp / gdp + 1"))).toEqual([]);
    expect(codes(value("100 - gdp / pop"))).toEqual([]);
    expect(codes(value("gdp / pop * 10000 + gdp / pop"))).toEqual([]);
    expect(codes(value("-gdp / pop + 2"))).toEqual([]);
  });
  test("a dimensionless ratio does not add to a quantity", () => {
    expect(codes(value("gdp / gdp + pop"))).toEqual(["E0501"]);
  });
  test("one mismatch is reported once, not again by the enclosing expression", () => {
    expect(codes(value("(gdp + pop) + area"))).toEqual(["E0501"]);
  });
  test("E0503: division by a literal zero", () => {
    expect(codes(value("gdp / 0"))).toEqual(["E0503"]);
    expect(codes(value("gdp / 0.0"))).toEqual(["E0503"]);
  });
  test("E0502: aggregate none at cluster level with a multi-region cluster", () => {
    const none = edit(MINI, [
      'variable area "area" unit "万平方公里" aggregate sum',
      'variable area "area" unit "万平方公里" aggregate none',
    ]);
    const ds = compile(none).diagnostics;
    expect(ds.map((d) => d.code)).toEqual(["E0502"]);
    expect(ds[0]!.message).toBe(
      "variable `area` has `aggregate none`, but cluster `north` has 2 regions",
    );
    // Fine at region level, or when every unit cluster has one region.
    expect(codes(edit(none, ["units clusters", "units regions"]))).toEqual(["W0904", "W0904"]);
    expect(
      codes(
        edit(
          none,
          ['"North" { a, b }', '"North" { a }'],
          ["region b", 'region x "X"\nregion b'],
          ['"South" { c }', '"South" { c }\ncluster west "West" { b }'],
        ).replace("units clusters", "units north, south"),
      ),
    ).toEqual(["W0902", "W0904"]);
  });
  test("E0502 applies to given variables too", () => {
    const src = edit(
      MINI,
      [
        'variable area "area" unit "万平方公里" aggregate sum',
        'variable area "area" unit "万平方公里" aggregate none',
      ],
      ['index total "Total" {', 'index total "Total" {\n  given area'],
      ["value pop / area", "value pop"],
    );
    expect(codes(src)).toEqual(["E0502"]);
  });
  test("exprText is canonical", () => {
    const plan = compile(value("( gdp/ (pop) )*100")).plan;
    expect(plan?.indicators[0]?.exprText).toBe("gdp / pop * 100");
  });
});
