import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const compile = (src: string) => compileSpec(src, "t.ccd");
const codes = (src: string) => compile(src).diagnostics.map((d) => d.code);
const LEVELS = `  level 1 [0.0, 0.25) "low"
  level 2 [0.25, 0.5) "fair"
  level 3 [0.5, 0.75) "good"
  level 4 [0.75, 1.0] "high"`;
const levels = (text: string) => edit(MINI, [LEVELS, text]);

describe("pass scales", () => {
  test("the fixture's scale lowers as written", () => {
    const scale = compile(MINI).plan?.scales[0];
    expect(
      scale?.levels.map((l) => [l.level, l.lower, l.upper, l.lowerClosed, l.upperClosed]),
    ).toEqual([
      [1, 0, 0.25, true, false],
      [2, 0.25, 0.5, true, false],
      [3, 0.5, 0.75, true, false],
      [4, 0.75, 1, true, true],
    ]);
  });
  test("open lower bounds tile too: (a, b] then (b, c]", () => {
    expect(codes(levels('  level 1 [0.0, 0.5] "low"\n  level 2 (0.5, 1.0] "high"'))).toEqual([]);
  });
  test("E0701: a gap between bounds, and a shared bound neither level includes", () => {
    expect(codes(levels('  level 1 [0.0, 0.4) "low"\n  level 2 [0.5, 1.0] "high"'))).toEqual([
      "E0701",
    ]);
    expect(codes(levels('  level 1 [0.0, 0.5) "low"\n  level 2 (0.5, 1.0] "high"'))).toEqual([
      "E0701",
    ]);
  });
  test("E0702: overlapping intervals, and a shared bound both include", () => {
    expect(codes(levels('  level 1 [0.0, 0.6) "low"\n  level 2 [0.5, 1.0] "high"'))).toEqual([
      "E0702",
    ]);
    expect(codes(levels('  level 1 [0.0, 0.5] "low"\n  level 2 [0.5, 1.0] "high"'))).toEqual([
      "E0702",
    ]);
  });
  test("E0703: bounds outside [0, 1]", () => {
    expect(codes(levels('  level 1 [-0.1, 0.5) "low"\n  level 2 [0.5, 1.2] "high"'))).toEqual([
      "E0703",
      "E0703",
    ]);
  });
  test("E0704: 0 or 1 not covered", () => {
    expect(codes(levels('  level 1 (0.0, 0.5) "low"\n  level 2 [0.5, 1.0) "high"'))).toEqual([
      "E0704",
      "E0704",
    ]);
    expect(codes(levels('  level 1 [0.1, 0.5) "low"\n  level 2 [0.5, 0.9] "high"'))).toEqual([
      "E0704",
      "E0704",
    ]);
  });
  test("E0705: a level number twice", () => {
    expect(codes(levels('  level 1 [0.0, 0.5) "low"\n  level 1 [0.5, 1.0] "high"'))).toEqual([
      "E0705",
    ]);
  });
  test("E0706: an empty interval", () => {
    expect(
      codes(
        levels(
          '  level 1 [0.0, 0.5) "low"\n  level 2 [0.5, 0.5) "none"\n  level 3 [0.5, 1.0] "high"',
        ),
      ),
    ).toEqual(["E0706"]);
  });
  test("E0707: levels out of order", () => {
    expect(codes(levels('  level 2 [0.5, 1.0] "high"\n  level 1 [0.0, 0.5) "low"'))).toEqual([
      "E0707",
    ]);
  });
  test("E0708: a level number that is not a positive whole number", () => {
    expect(codes(levels('  level 0 [0.0, 0.5) "low"\n  level 1.5 [0.5, 1.0] "high"'))).toEqual([
      "E0708",
      "E0708",
    ]);
  });
  test("E0709: no levels", () => {
    expect(codes(levels(""))).toEqual(["E0709"]);
  });
  test("E0710: level numbers descending while intervals ascend", () => {
    expect(codes(levels('  level 2 [0.0, 0.5) "low"\n  level 1 [0.5, 1.0] "high"'))).toEqual([
      "E0710",
    ]);
  });
});
