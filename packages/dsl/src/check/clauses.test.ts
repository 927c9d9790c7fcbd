import { expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const diags = (src: string) => compileSpec(src, "t.ccd").diagnostics;
const codes = (src: string) => diags(src).map((d) => d.code);

test("E0105: a second direction is an error pointing at the first", () => {
  const d = diags(edit(MINI, ["direction benefit", "direction benefit direction cost"]));
  expect(d.map((x) => x.code)).toEqual(["E0105"]);
  expect(d[0]?.message).toBe("`direction` is given twice in this indicator");
  expect(d[0]?.related?.[0]?.message).toBe("first given here");
  expect(d[0]?.related?.[0]?.range.start.column).toBeLessThan(d[0]!.range.start.column);
});
test("E0105: each repeat is reported, the first kept", () => {
  const src = edit(MINI, ["between pairs", "between pairs\n  between all\n  between triples"]);
  expect(codes(src)).toEqual(["E0105", "E0105"]);
});
test("E0105: parts of normalize, and list clauses", () => {
  expect(
    codes(
      edit(MINI, [
        "units clusters",
        "units clusters\nmethod { normalize scope pooled scope per_year }",
      ]),
    ),
  ).toEqual(["E0105"]);
  expect(
    codes(
      edit(MINI, [
        "units clusters",
        "units clusters\nmethod { coupling standard\n coupling product_over_mean }",
      ]),
    ),
  ).toEqual(["E0105"]);
  expect(codes(edit(MINI, ["systems econ, land", "systems econ\n  systems land"]))).toEqual([
    "E0804",
    "E0105",
  ]);
});
test("E0105 is reported after a syntax error too", () => {
  const src = edit(MINI, ['title "Mini"', 'title "Mini" title "Again" =']);
  expect(codes(src)).toContain("E0105");
});
test("clauses that repeat are not errors", () => {
  const src = edit(MINI, [
    'title "Mini"',
    'title "Mini"\n  note "a"\n  note "b"\n  cite x "X"\n  cite y "Y"',
  ]);
  expect(codes(src)).toEqual([]);
});
