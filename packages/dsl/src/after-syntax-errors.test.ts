import { expect, test } from "vitest";
import { edit, MINI } from "./check/spec-fixture.js";
import { compileSpec } from "./compile.js";

const codes = (src: string) => compileSpec(src, "t.ccd").diagnostics.map((d) => d.code);

test("a syntax error and a misspelt name elsewhere are reported together", () => {
  const src = edit(
    MINI,
    ['region c "C"', 'region c "C" ='],
    ["value gdp / pop", "value gdp / popp"],
  );
  expect(codes(src)).toEqual(["E0001", "E0102"]);
});

test("nothing about a name written on the broken line: its declaration may be what broke", () => {
  // `regoin c` loses region c; the cluster that lists it says nothing.
  expect(codes(edit(MINI, ['region c "C"', 'regoin c "C"']))).toEqual(["E0003"]);
});

test("nothing about what is missing: it may be in the broken text", () => {
  // The broken value leaves the indicator without one (E0410), which is not reported.
  expect(codes(edit(MINI, ["value gdp / pop", "value gdp / * pop"]))).toEqual(["E0003"]);
});

test("wrong words and clauses given twice are reported after a syntax error", () => {
  const src = edit(
    MINI,
    ['title "Mini"', 'title "Mini" @'],
    ["direction cost", "direction sideways"],
    ["between pairs", "between pairs\n  between all"],
  );
  expect(codes(src)).toEqual(["E0001", "E0409", "E0105"]);
});
