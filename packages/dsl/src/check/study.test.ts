import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const diags = (src: string) => compileSpec(src, "t.ccd").diagnostics;
const codes = (src: string) => diags(src).map((d) => d.code);

describe("pass study", () => {
  test("E0201: no study block", () => {
    expect(
      codes(edit(MINI, ['study mini {\n  title "Mini"\n  period 2020 to 2022\n}\n', ""])),
    ).toEqual(["E0201"]);
  });
  test("E0202: a second study block, pointing at the first", () => {
    const ds = diags(`${MINI}\nstudy other { title "x" period 2020 to 2021 }\n`);
    expect(ds.map((d) => d.code)).toEqual(["E0202"]);
    expect(ds[0]!.related?.[0]?.range.start.line).toBe(1);
  });
  test("E0204, E0205: no title, no period", () => {
    expect(codes(edit(MINI, ['  title "Mini"\n', ""]))).toEqual(["E0204"]);
    expect(codes(edit(MINI, ["  period 2020 to 2022\n", ""]))).toEqual(["E0205"]);
  });
  test("E0206: an inverted period, with the fix in the hint", () => {
    const ds = diags(edit(MINI, ["period 2020 to 2022", "period 2022 to 2020"]));
    expect(ds.map((d) => d.code)).toEqual(["E0206"]);
    expect(ds[0]!.hint).toBe("write `period 2020 to 2022`");
  });
  test("E0207: a fractional year", () => {
    expect(codes(edit(MINI, ["period 2020 to 2022", "period 2020.5 to 2022"]))).toEqual(["E0207"]);
  });
  test("a one-year period is fine", () => {
    expect(codes(edit(MINI, ["period 2020 to 2022", "period 2020 to 2020"]))).toEqual([]);
  });
});
