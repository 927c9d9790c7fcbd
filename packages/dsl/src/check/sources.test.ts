import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const diags = (src: string) => compileSpec(src, "t.ccd").diagnostics;
const codes = (src: string) => diags(src).map((d) => d.code);
const LAYOUT = 'layout long { region "region" year "year" variable "variable" value "value" }';

describe("pass sources", () => {
  test("the format is inferred from .csv and .xlsx (any case)", () => {
    const plan = compileSpec(edit(MINI, ['"data.csv"', '"data.XLSX"']), "t.ccd").plan;
    expect(plan?.sources[0]?.format).toBe("xlsx");
  });
  test("E0212: an unknown format, with a suggestion", () => {
    const ds = diags(edit(MINI, [LAYOUT, `format xslx\n  ${LAYOUT}`]));
    expect(ds.map((d) => d.code)).toEqual(["E0212"]);
    expect(ds[0]!.hint).toMatch(/^did you mean `xlsx`\?/);
  });
  test("E0213: no format and an unknown extension", () => {
    expect(codes(edit(MINI, ['"data.csv"', '"data.txt"']))).toEqual(["E0213"]);
  });
  test("an explicit format overrides the extension", () => {
    expect(
      codes(edit(MINI, ['"data.csv"', '"data.txt"'], [LAYOUT, `format csv\n  ${LAYOUT}`])),
    ).toEqual([]);
  });
  test("E0214: a sheet on a csv source; fine on xlsx", () => {
    expect(codes(edit(MINI, [LAYOUT, `sheet "S"\n  ${LAYOUT}`]))).toEqual(["E0214"]);
    expect(
      codes(edit(MINI, ['"data.csv"', '"data.xlsx"'], [LAYOUT, `sheet "S"\n  ${LAYOUT}`])),
    ).toEqual([]);
  });
  test("E0215: no layout", () => {
    expect(codes(edit(MINI, [LAYOUT, ""]))).toEqual(["E0215"]);
  });
  test("E0216: an unknown layout shape", () => {
    expect(codes(edit(MINI, ["layout long", "layout lung"]))).toEqual(["E0216"]);
  });
  test("E0217: a long layout lacks a column; a wide layout needs only region and year", () => {
    expect(codes(edit(MINI, [' value "value" }', " }"]))).toEqual(["E0217"]);
    expect(codes(edit(MINI, [LAYOUT, 'layout wide { region "region" year "year" }']))).toEqual([]);
  });
  test("E0218: a column role twice", () => {
    expect(codes(edit(MINI, [' value "value" }', ' value "value" year "y" }']))).toEqual(["E0218"]);
  });
  test("W0905: a role the layout does not use is a warning", () => {
    const src = edit(MINI, [LAYOUT, 'layout wide { region "region" year "year" value "v" }']);
    const r = compileSpec(src, "t.ccd");
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([["W0905", "warning"]]);
    expect(r.plan?.sources[0]?.layout).toEqual({ kind: "wide", region: "region", year: "year" });
  });
});
