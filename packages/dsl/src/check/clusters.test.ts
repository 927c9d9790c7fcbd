import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const diags = (src: string) => compileSpec(src, "t.ccd").diagnostics;
const codes = (src: string) => diags(src).map((d) => d.code);

describe("pass clusters", () => {
  test("E0102: an unknown member, with a suggestion among regions only", () => {
    const ds = diags(edit(MINI, ['"North" { a, b }', '"North" { a, bb }']));
    expect(ds.map((d) => d.code)).toEqual(["E0102"]);
    expect(ds[0]!.message).toBe("unknown region `bb`");
    expect(ds[0]!.hint).toBe("did you mean `b`?");
  });
  test("E0103: a member that is not a region", () => {
    expect(codes(edit(MINI, ['"North" { a, b }', '"North" { a, b, south }']))).toEqual(["E0103"]);
  });
  test("E0301: a region in two clusters, pointing at the other membership", () => {
    const ds = diags(edit(MINI, ['"South" { c }', '"South" { c, a }']));
    expect(ds.map((d) => d.code)).toEqual(["E0301"]);
    expect(ds[0]!.message).toBe("region `a` is in two clusters: `north` and `south`");
    expect(ds[0]!.related?.[0]?.range.start.line).toBe(16);
  });
  test("E0302: an empty cluster", () => {
    expect(codes(edit(MINI, ['"South" { c }', '"South" { c }\ncluster east "East" { }']))).toEqual([
      "E0302",
    ]);
  });
  test("E0303: a member listed twice in one cluster", () => {
    expect(codes(edit(MINI, ['"North" { a, b }', '"North" { a, b, a }']))).toEqual(["E0303"]);
  });
});
