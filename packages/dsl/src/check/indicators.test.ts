import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const compile = (src: string) => compileSpec(src, "t.ccd");
const codes = (src: string) => compile(src).diagnostics.map((d) => d.code);

describe("pass indicators", () => {
  test("directions benefit/cost/+/- lower to + and -", () => {
    for (const [word, dir] of [
      ["benefit", "+"],
      ["+", "+"],
      ["cost", "-"],
      ["-", "-"],
    ] as const) {
      const plan = compile(edit(MINI, ["direction benefit", `direction ${word}`])).plan;
      expect(plan?.indicators[0]?.direction).toBe(dir);
    }
  });
  test("E0408: no direction, hint names both", () => {
    const ds = compile(edit(MINI, ["direction benefit ", ""])).diagnostics;
    expect(ds.map((d) => d.code)).toEqual(["E0408"]);
    expect(ds[0]!.hint).toContain("`direction benefit`");
    expect(ds[0]!.hint).toContain("`direction cost`");
  });
  test("E0409: an unknown direction", () => {
    expect(codes(edit(MINI, ["direction cost", "direction costs"]))).toEqual(["E0409"]);
  });
  test("E0410: no value", () => {
    expect(codes(edit(MINI, [" value gdp / pop", ""]))).toEqual(["E0410"]);
  });
  test("unit, provenance and labels lower; the unit defaults to the expression's", () => {
    const src = edit(
      MINI,
      [
        "direction benefit value gdp / pop",
        'direction benefit unit "yuan" value gdp / pop from "NBS"',
      ],
      ['"GDP per capita"', '"GDP per capita" zh "人均GDP"'],
    );
    const plan = compile(src).plan;
    expect(plan?.indicators[0]).toMatchObject({
      unit: "yuan",
      provenance: "NBS",
      labels: { en: "GDP per capita", zh: "人均GDP" },
    });
    expect(plan?.indicators[1]?.unit).toBe("万人/万平方公里");
  });
});
