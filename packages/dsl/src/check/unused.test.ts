import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const compile = (src: string) => compileSpec(src, "t.ccd");
const codes = (src: string) => compile(src).diagnostics.map((d) => d.code);

describe("pass unused", () => {
  test("W0901: an unused variable; the plan is still made", () => {
    const r = compile(
      edit(MINI, [
        '  variable pop "pop"',
        '  variable extra "extra" unit "人" aggregate sum\n  variable pop "pop"',
      ]),
    );
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([["W0901", "warning"]]);
    expect(r.plan).toBeDefined();
  });
  test("variables used only as weights, proxies or given indices count as used", () => {
    const extra = edit(MINI, [
      '  variable pop "pop"',
      '  variable w "w" unit "人" aggregate sum\n  variable pop "pop"',
    ]);
    expect(
      codes(edit(extra, ['"亿元" aggregate sum', '"亿元" aggregate mean weighted by w'])),
    ).toEqual([]);
    expect(
      codes(edit(extra, ['"亿元" aggregate sum', '"亿元" aggregate sum missing splice w'])),
    ).toEqual([]);
  });
  test("W0902: a region in no unit; W0904: a cluster that is not a unit", () => {
    expect(codes(edit(MINI, ['region c "C"', 'region c "C"\nregion d "D"']))).toEqual(["W0902"]);
    const east = edit(
      MINI,
      ['region c "C"', 'region c "C"\nregion d "D"\ncluster east "East" { d }'],
      ["units clusters", "units north, south"],
    );
    expect(codes(east)).toEqual(["W0904"]);
  });
  test("W0903: a scale no analysis uses", () => {
    const src = edit(
      MINI,
      [
        "analysis inner",
        'scale two "Two" {\n  level 1 [0.0, 0.5) "a"\n  level 2 [0.5, 1.0] "b"\n}\n\nanalysis inner',
      ],
      ["  systems econ, land\n", "  systems econ, land\n  scale s4\n"],
      ["  on total\n", "  on total\n  scale s4\n"],
    );
    expect(codes(src)).toEqual(["W0903"]);
  });
  test("no unused warnings while there are errors (they are usually caused by them)", () => {
    expect(codes(edit(MINI, ["value gdp / pop", "value gdpp / pop"]))).toEqual(["E0102"]);
  });
});
