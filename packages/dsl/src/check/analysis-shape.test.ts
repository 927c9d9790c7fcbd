import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const codes = (src: string) => compileSpec(src, "t.ccd").diagnostics.map((d) => d.code);

describe("pass analysis-shape", () => {
  test("E0801: neither within nor between", () => {
    expect(codes(edit(MINI, ["  between pairs\n", ""]))).toEqual(["E0801"]);
  });
  test("E0802: both", () => {
    expect(
      codes(edit(MINI, ["  between pairs\n", "  between pairs\n  within each unit\n"])),
    ).toEqual(["E0802"]);
  });
  test("E0803: clauses of the other kind", () => {
    expect(
      codes(edit(MINI, ["  systems econ, land\n", "  systems econ, land\n  on total\n"])),
    ).toEqual(["E0803"]);
    expect(codes(edit(MINI, ["  on total\n", "  on total\n  systems econ, land\n"]))).toEqual([
      "E0803",
    ]);
  });
});
