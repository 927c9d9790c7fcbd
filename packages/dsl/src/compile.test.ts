import { describe, expect, test } from "vitest";
import { edit, MINI } from "./check/spec-fixture.js";
import { compileSpec } from "./compile.js";

const compile = (src: string) => compileSpec(src, "t.ccd");
const codes = (src: string) => compile(src).diagnostics.map((d) => d.code);

describe("compileSpec", () => {
  test("a clean spec gives a plan and no diagnostics", () => {
    const r = compile(MINI);
    expect(r.diagnostics).toEqual([]);
    expect(r.plan?.planVersion).toBe(1);
    expect(r.ast.items.length).toBeGreaterThan(0);
  });
  test("warnings only: a plan is still made", () => {
    const r = compile(edit(MINI, ['region c "C"', 'region c "C"\nregion d "D"']));
    expect(r.diagnostics.map((d) => d.severity)).toEqual(["warning"]);
    expect(r.plan).toBeDefined();
  });
  test("an error: no plan", () => {
    const r = compile(edit(MINI, ["direction benefit", "direction up"]));
    expect(r.diagnostics.map((d) => d.code)).toEqual(["E0409"]);
    expect(r.plan).toBeUndefined();
  });
  test("after a syntax error, what is written is still checked, without echoes", () => {
    // A broken cluster declaration: its members would otherwise look unknown or unused; the
    // misspelt variable elsewhere and the duplicate region are reported in the same run.
    const src = edit(
      MINI,
      ['"South" { c }', '"South" { c'],
      ["value gdp / pop", "value gdpp / pop"],
      ['region c "C"', 'region c "C"\nregion a "again"'],
    );
    const got = codes(src);
    expect(got.filter((c) => !c.startsWith("E00"))).toEqual(["E0101", "E0102"]);
  });
  test("diagnostics are sorted by position", () => {
    const ds = compile(
      edit(
        MINI,
        ["direction cost", "direction costt"],
        ["direction benefit", "direction benefitt"],
      ),
    ).diagnostics;
    expect(ds.map((d) => d.range.start.line)).toEqual(
      [...ds.map((d) => d.range.start.line)].sort((a, b) => a - b),
    );
  });
  test("the file name is used as given, in ranges and the source map", () => {
    const r = compileSpec(MINI, "../specs/x.ccd");
    expect(r.plan?.sourceMap["/study"]?.file).toBe("../specs/x.ccd");
    expect(compileSpec("", "../specs/x.ccd").diagnostics[0]?.range.file).toBe("../specs/x.ccd");
  });
  test("an empty file: what a spec needs", () => {
    expect(codes("")).toEqual(["E0201", "E0306", "E0401"]);
  });
});
