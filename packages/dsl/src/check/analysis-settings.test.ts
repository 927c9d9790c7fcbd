import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const compile = (src: string) => compileSpec(src, "t.ccd");
const codes = (src: string) => compile(src).diagnostics.map((d) => d.code);
const inner = (clause: string) =>
  edit(MINI, ["  systems econ, land\n", `  systems econ, land\n  ${clause}\n`]);

describe("pass analysis-settings", () => {
  test("defaults: standard form, equal beta, the only scale", () => {
    expect(compile(MINI).plan?.analyses[0]).toMatchObject({
      forms: ["standard"],
      formOrigin: "default",
      beta: "equal",
      betaOrigin: "default",
      scale: "s4",
    });
  });
  test("written forms and beta", () => {
    expect(
      compile(inner("coupling wang2021_modified, standard\n  beta 0.4, 0.6")).plan?.analyses[0],
    ).toMatchObject({
      forms: ["wang2021_modified", "standard"],
      formOrigin: "spec",
      beta: [0.4, 0.6],
      betaOrigin: "spec",
    });
    expect(compile(inner("beta equal")).plan?.analyses[0]).toMatchObject({
      beta: "equal",
      betaOrigin: "spec",
    });
  });
  test("E0604: an unknown form on an analysis", () => {
    expect(codes(inner("coupling standart"))).toEqual(["E0604"]);
  });
  test("E0814: beta count; E0815: sum; E0816: negative", () => {
    expect(codes(inner("beta 1"))).toEqual(["E0814"]);
    expect(codes(inner("beta 0.5, 0.6"))).toEqual(["E0815"]);
    expect(codes(inner("beta 1.5, -0.5"))).toEqual(["E0816"]);
  });
  test("beta on a between analysis: one per unit of a combination; E0817 with mixed sizes", () => {
    expect(codes(edit(MINI, ["  on total\n", "  on total\n  beta 0.3, 0.7\n"]))).toEqual([]);
    expect(codes(edit(MINI, ["  on total\n", "  on total\n  beta 0.2, 0.3, 0.5\n"]))).toEqual([
      "E0814",
    ]);
    const mixed = edit(
      MINI,
      ["units clusters", "units regions"],
      ['cluster north "North" { a, b }\ncluster south "South" { c }\n', ""],
      ["between pairs", "between (a, b), (a, b, c)"],
      ["  on total\n", "  on total\n  beta 0.5, 0.5\n"],
    );
    expect(codes(mixed)).toEqual(["E0817"]);
  });
  test("E0818: no scale; E0819: two scales and none named", () => {
    const scale = MINI.slice(MINI.indexOf("scale s4"), MINI.indexOf("analysis inner"));
    expect(codes(MINI.replace(scale, ""))).toEqual(["E0818", "E0818"]);
    const two = MINI.replace(scale, `${scale}${scale.replace("s4", "s4b")}`);
    expect(codes(two)).toEqual(["E0819", "E0819"]);
    const named = edit(
      two,
      ["  systems econ, land\n", "  systems econ, land\n  scale s4b\n"],
      ["  on total\n", "  on total\n  scale s4\n"],
    );
    expect(compile(named).plan?.analyses.map((a) => a.scale)).toEqual(["s4b", "s4"]);
    expect(compile(named).plan?.analyses.map((a) => a.scaleOrigin)).toEqual(["spec", "spec"]);
  });
  test("the only scale is used when none is named, and the plan says it was a default", () => {
    const plan = compile(MINI).plan;
    expect(plan?.analyses.map((a) => [a.scale, a.scaleOrigin])).toEqual([
      ["s4", "default"],
      ["s4", "default"],
    ]);
  });
  test("E0102/E0103: the named scale", () => {
    expect(codes(inner("scale s5"))).toEqual(["E0102"]);
    expect(codes(inner("scale econ"))).toEqual(["E0103"]);
  });
  test("E0820: more than 100,000 result rows (forms × nodes × combinations)", () => {
    // 300 regions: 300·299/2 = 44,850 pairs (under the combination limit) × 3 nodes = 134,550 rows.
    const regions = Array.from({ length: 297 }, (_, i) => `region r${i} "R${i}"`).join("\n");
    const src = edit(
      MINI,
      ["units clusters", "units regions"],
      ['cluster north "North" { a, b }\ncluster south "South" { c }\n', ""],
      ['region c "C"', `region c "C"\n${regions}`],
      ["on total", "on total, econ, land"],
    );
    const ds = compile(src).diagnostics;
    expect(ds.map((d) => d.code)).toEqual(["E0820"]);
    expect(ds[0]!.message).toBe(
      "this analysis would produce 134,550 result rows: 1 form × 3 nodes × 44,850 combinations (the limit is 100,000)",
    );
  });
});
