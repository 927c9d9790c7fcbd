import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const diags = (src: string) => compileSpec(src, "t.ccd").diagnostics;
const codes = (src: string) => diags(src).map((d) => d.code);
const GDP = 'variable gdp "gdp" unit "亿元" aggregate sum';
const POP = 'variable pop "pop" unit "万人" aggregate sum';
const withRule = (rule: string) => edit(MINI, [GDP, `${GDP} missing ${rule}`]);

describe("pass missing-rules", () => {
  test("the four rules", () => {
    for (const rule of ["error", "interpolate", "nearest", "splice pop"])
      expect(codes(withRule(rule))).toEqual([]);
  });
  test("a source-wide default applies to variables without their own rule", () => {
    const src = edit(
      MINI,
      ["  layout long", "  missing nearest\n  layout long"],
      [POP, `${POP} missing error`],
    );
    const vars = compileSpec(src, "t.ccd").plan?.sources[0]?.variables;
    expect(vars?.map((v) => [v.missing.kind, v.missingOrigin])).toEqual([
      ["nearest", "spec"],
      ["error", "spec"],
      ["nearest", "spec"],
    ]);
  });
  test("E0230: an unknown rule, with a suggestion", () => {
    const ds = diags(withRule("nearst"));
    expect(ds.map((d) => d.code)).toEqual(["E0230"]);
    expect(ds[0]!.hint).toMatch(/^did you mean `nearest`\?/);
  });
  test("E0231: splice without a proxy; E0232: a proxy on another rule", () => {
    expect(codes(withRule("splice"))).toEqual(["E0231"]);
    expect(codes(withRule("nearest pop"))).toEqual(["E0232"]);
  });
  test("E0233: a variable splicing itself", () => {
    expect(codes(withRule("splice gdp"))).toEqual(["E0233"]);
  });
  test("E0234: a splice cycle, reported once", () => {
    const src = edit(
      MINI,
      [GDP, `${GDP} missing splice pop`],
      [POP, `${POP} missing splice area`],
      ["aggregate sum\n}", "aggregate sum missing splice gdp\n}"],
    );
    const ds = diags(src);
    expect(ds.map((d) => d.code)).toEqual(["E0234"]);
    expect(ds[0]!.message).toBe("splice proxies form a cycle: `gdp` → `pop` → `area` → `gdp`");
  });
  test("E0235: a source-wide splice", () => {
    expect(codes(edit(MINI, ["  layout long", "  missing splice pop\n  layout long"]))).toEqual([
      "E0235",
    ]);
  });
  test("E0102/E0103: the proxy is unknown or not a variable", () => {
    expect(codes(withRule("splice popp"))).toEqual(["E0102"]);
    expect(codes(withRule("splice s4"))).toEqual(["E0103"]);
  });
});
