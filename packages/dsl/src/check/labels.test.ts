import { expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const codes = (src: string) => compileSpec(src, "t.ccd").diagnostics.map((d) => d.code);

test("E0104: a language given twice", () => {
  expect(codes(edit(MINI, ['region a "A"', 'region a "A" zh "甲" zh "乙"']))).toEqual(["E0104"]);
});
test("E0104: an explicit `en` beside the primary label", () => {
  expect(codes(edit(MINI, ['region a "A"', 'region a "A" en "Ay"']))).toEqual(["E0104"]);
});
test("labels on indicators and scale levels are checked too", () => {
  expect(codes(edit(MINI, ['"low"', '"low" de "niedrig" de "tief"']))).toEqual(["E0104"]);
  expect(
    codes(edit(MINI, ['"GDP per capita"', '"GDP per capita" zh "人均" zh "人均GDP"'])),
  ).toEqual(["E0104"]);
});
