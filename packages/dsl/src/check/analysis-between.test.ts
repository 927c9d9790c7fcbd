import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const compile = (src: string) => compileSpec(src, "t.ccd");
const codes = (src: string) => compile(src).diagnostics.map((d) => d.code);
/** MINI at region level: units a, b, c. */
const REGIONS = edit(
  MINI,
  ["units clusters", "units regions"],
  ['cluster north "North" { a, b }\ncluster south "South" { c }\n', ""],
);
const between = (clause: string, src = REGIONS) =>
  edit(src, ["between pairs", `between ${clause}`]);
const combos = (src: string) => {
  const a = compile(src).plan?.analyses[1];
  return a?.kind === "between" ? a.combinations : undefined;
};

describe("pass analysis-between", () => {
  test("pairs, triples and all, in lexicographic order of declaration", () => {
    expect(combos(between("pairs"))).toEqual([
      ["a", "b"],
      ["a", "c"],
      ["b", "c"],
    ]);
    expect(combos(between("triples"))).toEqual([["a", "b", "c"]]);
    expect(combos(between("all"))).toEqual([["a", "b", "c"]]);
  });
  test("`of` restricts the pool, in the order written", () => {
    expect(combos(between("pairs of c, a"))).toEqual([["c", "a"]]);
  });
  test("a list of combinations, as written", () => {
    expect(combos(between("(c, a), (a, b, c)"))).toEqual([
      ["c", "a"],
      ["a", "b", "c"],
    ]);
  });
  test("several modes and combinations in one clause, in the order written", () => {
    expect(combos(between("pairs, all"))).toEqual([
      ["a", "b"],
      ["a", "c"],
      ["b", "c"],
      ["a", "b", "c"],
    ]);
    expect(combos(between("pairs of c, a, (a, b, c)"))).toEqual([
      ["c", "a"],
      ["a", "b", "c"],
    ]);
  });
  test("E0812: a combination an earlier item already couples, once per item", () => {
    const ds = compile(between("pairs, (b, a), (c, b), all")).diagnostics;
    expect(ds.map((d) => d.code)).toEqual(["E0812", "E0812"]);
    expect(ds[0]?.message).toBe("the combination (b, a) is coupled twice");
    expect(codes(between("pairs, pairs"))).toEqual(["E0812"]);
    expect(codes(between("triples, all"))).toEqual(["E0812"]);
  });
  test("E0809: too few units for the mode", () => {
    expect(codes(between("triples", MINI))).toEqual(["E0809"]);
    expect(codes(between("pairs of a"))).toEqual(["E0809"]);
  });
  test("E0810: no `on`; E0807: a node twice; E0103: not a node", () => {
    expect(codes(edit(MINI, ["  on total\n", ""]))).toEqual(["E0810"]);
    expect(codes(edit(MINI, ["on total", "on total, total"]))).toEqual(["E0807"]);
    expect(codes(edit(MINI, ["on total", "on gdp_pc"]))).toEqual(["E0103"]);
  });
  test("any node may be coupled between units, the index included", () => {
    expect(
      compile(edit(MINI, ["on total", "on econ, land, total"])).plan?.analyses[1],
    ).toMatchObject({
      nodes: ["econ", "land", "total"],
    });
  });
  test("E0811: a combination of one; E0807: a unit twice in one; E0812: a combination twice", () => {
    expect(codes(between("(a), (a, b)"))).toEqual(["E0811"]);
    expect(codes(between("(a, a)"))).toEqual(["E0807"]);
    expect(codes(between("(a, b), (b, a)"))).toEqual(["E0812"]);
  });
  test("E0808: not a unit at this level", () => {
    expect(codes(between("(north, a)", MINI))).toEqual(["E0808"]);
  });
  test("E0813: more than 100,000 combinations", () => {
    const regions = Array.from({ length: 87 }, (_, i) => `region r${i} "R${i}"`).join("\n");
    const src = edit(
      REGIONS,
      ['region c "C"', `region c "C"\n${regions}`],
      ["between pairs", "between triples"],
    );
    const ds = compile(src).diagnostics;
    // 3 + 87 = 90 regions: C(90, 3) = 90·89·88/6 = 117,480 triples.
    expect(ds.map((d) => d.code)).toEqual(["E0813"]);
    expect(ds[0]!.message).toBe(
      "this analysis would couple 117,480 combinations (the limit is 100,000)",
    );
  });
});
