import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const diags = (src: string) => compileSpec(src, "t.ccd").diagnostics;

describe("pass symbols", () => {
  test("the fixture is clean", () => {
    const r = compileSpec(MINI, "t.ccd");
    expect(r.diagnostics).toEqual([]);
    expect(r.plan).toBeDefined();
  });
  test("E0101: a duplicate name, with the first declaration as related", () => {
    const ds = diags(edit(MINI, ['region c "C"', 'region c "C"\nregion a "A2"']));
    expect(ds.map((d) => d.code)).toEqual(["E0101"]);
    expect(ds[0]!.message).toBe("`a` is declared twice");
    expect(ds[0]!.related?.[0]?.message).toBe("`a` first declared here as a region");
    expect(ds[0]!.related?.[0]?.range.start.line).toBe(13);
  });
  test("E0101: names are unique across kinds", () => {
    const ds = diags(
      edit(
        MINI,
        ['scale s4 "Four levels"', 'scale econ "Four levels"'],
        ["  within each unit", "  within each unit\n  scale econ"],
      ),
    );
    expect(ds.map((d) => d.code)).toContain("E0101");
    expect(ds.find((d) => d.code === "E0101")!.related?.[0]?.message).toBe(
      "`econ` first declared here as a system",
    );
  });
  test("E0101: citation names are their own namespace, unique among citations", () => {
    const src = edit(MINI, [
      '  title "Mini"',
      '  title "Mini"\n  cite a "x"\n  cite k "y"\n  cite k "z"',
    ]);
    expect(diags(src).map((d) => d.code)).toEqual(["E0101"]);
  });
});
