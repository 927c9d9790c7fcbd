import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const compile = (src: string) => compileSpec(src, "t.ccd");
const codes = (src: string) => compile(src).diagnostics.map((d) => d.code);
const onRoot = (clauses: string) =>
  edit(MINI, ['index total "Total" {', `index total "Total" {\n  ${clauses}`]);

describe("pass compose-weights", () => {
  test("defaults: flat and entropy, origin default", () => {
    const root = compile(MINI).plan?.nodes[0];
    expect(root).toMatchObject({
      compose: { kind: "flat" },
      composeOrigin: "default",
      weighting: { kind: "entropy" },
      weightingOrigin: "default",
    });
  });
  test("E0411, E0412: unknown compose and weighting", () => {
    expect(codes(onRoot("compose stagged"))).toEqual(["E0411"]);
    expect(codes(onRoot("weights equals"))).toEqual(["E0412"]);
  });
  test("staged fixed weights name direct children", () => {
    const r = compile(onRoot("compose staged\n  weights fixed { econ 0.25, land 0.75 }"));
    expect(r.diagnostics).toEqual([]);
    expect(r.plan?.nodes[0]?.weighting).toEqual({
      kind: "fixed",
      weights: { econ: 0.25, land: 0.75 },
    });
  });
  test("flat fixed weights name leaf indicators", () => {
    expect(codes(onRoot("weights fixed { gdp_pc 0.5, density 0.5 }"))).toEqual([]);
    expect(codes(onRoot("weights fixed { econ 0.5, land 0.5 }"))).toEqual([
      "E0415",
      "E0413",
      "E0413",
    ]);
  });
  test("E0413: not a child; E0102: unknown, suggesting among children", () => {
    const ds = compile(
      onRoot("compose staged\n  weights fixed { econ 0.5, lnad 0.5 }"),
    ).diagnostics;
    expect(ds.map((d) => d.code)).toEqual(["E0415", "E0102"]);
    expect(ds[1]!.hint).toBe("did you mean `land`?");
    expect(codes(onRoot("compose staged\n  weights fixed { econ 0.5, density 0.5 }"))).toEqual([
      "E0415",
      "E0413",
    ]);
  });
  test("E0414: the sum is checked within 1e-9", () => {
    expect(codes(onRoot("compose staged\n  weights fixed { econ 0.3, land 0.6 }"))).toEqual([
      "E0414",
    ]);
    // 0.1 + 0.2 = 0.30000000000000004 in binary: within the tolerance.
    const src = onRoot("weights equal").replace(
      "weights equal",
      "compose staged\n  weights fixed { econ 0.7, land 0.1 }",
    );
    expect(codes(src)).toEqual(["E0414"]);
  });
  test("E0415: every child weighted; E0416: once; E0421: not negative", () => {
    expect(codes(onRoot("compose staged\n  weights fixed { econ 1 }"))).toEqual(["E0415"]);
    expect(codes(onRoot("compose staged\n  weights fixed { econ 0.5, econ 0.5 }"))).toEqual([
      "E0415",
      "E0416",
    ]);
    expect(codes(onRoot("compose staged\n  weights fixed { econ 1.5, land -0.5 }"))).toEqual([
      "E0421",
    ]);
  });
  test("E0418: a weight list on a non-fixed method", () => {
    expect(codes(onRoot("weights equal { econ 1 }"))).toEqual(["E0418"]);
  });
  test("E0419: flat above a given node; E0420: compose or weights on a given node", () => {
    const given = edit(MINI, [
      'system land "Land" {\n    indicator density "Density" { direction cost value pop / area }\n  }',
      'system land "Land" { given area }',
    ]);
    expect(codes(given)).toEqual(["E0419"]);
    expect(codes(edit(given, ["{ given area }", "{ given area compose staged }"]))).toEqual([
      "E0419",
      "E0420",
    ]);
  });
});
