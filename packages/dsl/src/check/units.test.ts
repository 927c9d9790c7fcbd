import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const compile = (src: string) => compileSpec(src, "t.ccd");
const codes = (src: string) => compile(src).diagnostics.map((d) => d.code);

describe("pass units", () => {
  test("units clusters: every cluster in order, members as declared", () => {
    expect(compile(MINI).plan?.units).toEqual({
      level: "cluster",
      list: [
        { id: "north", labels: { en: "North" }, members: ["a", "b"] },
        { id: "south", labels: { en: "South" }, members: ["c"] },
      ],
    });
  });
  test("units regions: every region, each its own member (clusters then unused)", () => {
    const r = compile(edit(MINI, ["units clusters", "units regions"]));
    expect(r.plan?.units.list.map((u) => [u.id, u.members])).toEqual([
      ["a", ["a"]],
      ["b", ["b"]],
      ["c", ["c"]],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["W0904", "W0904"]);
  });
  test("a list of regions, in list order", () => {
    const r = compile(edit(MINI, ["units clusters", "units c, a, b"]));
    expect(r.plan?.units.list.map((u) => u.id)).toEqual(["c", "a", "b"]);
  });
  test("E0304, E0305: the level names nothing", () => {
    const noClusters = edit(MINI, [
      'cluster north "North" { a, b }\ncluster south "South" { c }\n',
      "",
    ]);
    expect(codes(noClusters)).toEqual(["E0304"]);
    const noRegions = edit(
      MINI,
      ["units clusters", "units regions"],
      ['region a "A"\nregion b "B"\nregion c "C"\n', ""],
      ['cluster north "North" { a, b }\ncluster south "South" { c }\n', ""],
    );
    expect(codes(noRegions)).toEqual(["E0305"]);
  });
  test("E0306: no units; E0307: two", () => {
    expect(codes(edit(MINI, ["units clusters\n", ""]))).toEqual(["E0306"]);
    expect(codes(edit(MINI, ["units clusters\n", "units clusters\nunits regions\n"]))).toEqual([
      "E0307",
    ]);
  });
  test("E0308: a list mixing clusters and regions", () => {
    expect(codes(edit(MINI, ["units clusters", "units north, c"]))).toEqual(["E0308"]);
  });
  test("E0309: a unit listed twice; E0103: a unit that is neither", () => {
    expect(codes(edit(MINI, ["units clusters", "units north, south, north"]))).toEqual(["E0309"]);
    expect(codes(edit(MINI, ["units clusters", "units north, s4"]))).toEqual(["E0103"]);
  });
  test("E0310: two regions with one data key", () => {
    expect(codes(edit(MINI, ['region b "B"', 'region b "B" key "A"']))).toEqual(["E0310"]);
  });
});
