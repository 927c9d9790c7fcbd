import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const diags = (src: string) => compileSpec(src, "t.ccd").diagnostics;
const codes = (src: string) => diags(src).map((d) => d.code);
const POP = 'variable pop "pop" unit "万人" aggregate sum';

describe("pass variables", () => {
  test("E0220, E0221: no unit, no aggregate (with the three choices in the hint)", () => {
    const ds = diags(edit(MINI, [POP, 'variable pop "pop"']));
    expect(ds.map((d) => d.code)).toEqual(["E0220", "E0221"]);
    expect(ds[1]!.hint).toContain("`aggregate mean weighted by <var>`");
  });
  test("E0222: an unknown aggregation", () => {
    expect(codes(edit(MINI, [POP, 'variable pop "pop" unit "万人" aggregate summ']))).toEqual([
      "E0222",
    ]);
  });
  test("E0223: mean without a weight", () => {
    expect(codes(edit(MINI, [POP, 'variable pop "pop" unit "万人" aggregate mean']))).toEqual([
      "E0223",
    ]);
  });
  test("E0224: a weight on sum", () => {
    expect(
      codes(edit(MINI, [POP, 'variable pop "pop" unit "万人" aggregate sum weighted by area'])),
    ).toEqual(["E0224"]);
  });
  test("mean weighted by a variable lowers to weighted_mean", () => {
    const r = compileSpec(
      edit(MINI, [POP, 'variable pop "pop" unit "万人" aggregate mean weighted by area']),
      "t.ccd",
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.plan?.sources[0]?.variables[1]?.aggregate).toEqual({
      kind: "weighted_mean",
      by: "area",
    });
  });
  test("E0102, E0103: the weighting variable is unknown or not a variable", () => {
    const weighted = (by: string) =>
      edit(MINI, [POP, `variable pop "pop" unit "万人" aggregate mean weighted by ${by}`]);
    const ds = diags(weighted("aera"));
    expect(ds.map((d) => d.code)).toEqual(["E0102"]);
    expect(ds[0]!.hint).toBe("did you mean `area`?");
    expect(codes(weighted("north"))).toEqual(["E0103"]);
  });
  test("E0225: weighted by itself", () => {
    expect(
      codes(edit(MINI, [POP, 'variable pop "pop" unit "万人" aggregate mean weighted by pop'])),
    ).toEqual(["E0225"]);
  });
  test("E0226: two variables of a source with one data key (explicit or defaulted)", () => {
    expect(codes(edit(MINI, ['variable pop "pop"', 'variable pop "gdp"']))).toEqual(["E0226"]);
    expect(codes(edit(MINI, [POP, `${POP}\n  variable x "area" unit "1" aggregate sum`]))).toEqual([
      "E0226",
    ]);
  });
});
