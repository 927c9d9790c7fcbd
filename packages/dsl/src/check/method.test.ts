import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const withMethod = (body: string) =>
  edit(MINI, ["units clusters\n", `units clusters\n\nmethod {\n${body}\n}\n`]);
const compile = (src: string) => compileSpec(src, "t.ccd");
const codes = (src: string) => compile(src).diagnostics.map((d) => d.code);

describe("pass method", () => {
  test("written choices lower with origin spec", () => {
    const plan = compile(
      withMethod("normalize minmax shift 0.01 scope per_year\nconstant error"),
    ).plan;
    expect(plan?.method).toEqual({
      normalization: {
        kind: "minmax",
        shift: 0.01,
        scope: "per_year",
        origin: { shift: "spec", scope: "spec" },
      },
      constantIndicator: { rule: "error", origin: "spec" },
    });
  });
  test("E0601: only minmax", () => {
    expect(codes(withMethod("normalize zscore"))).toEqual(["E0601"]);
  });
  test("E0602: a negative shift; W0906: a large one", () => {
    expect(codes(withMethod("normalize shift -0.1"))).toEqual(["E0602"]);
    expect(codes(withMethod("normalize shift 0.5"))).toEqual(["W0906"]);
    expect(codes(withMethod("normalize shift 0.1"))).toEqual([]);
  });
  test("E0603: scope", () => {
    expect(codes(withMethod("normalize scope peryear"))).toEqual(["E0603"]);
  });
  test("E0604: coupling form, with a suggestion; E0607: listed twice", () => {
    const ds = compile(withMethod("coupling wang2021_modifed")).diagnostics;
    expect(ds.map((d) => d.code)).toEqual(["E0604"]);
    expect(ds[0]!.hint).toMatch(/^did you mean `wang2021_modified`\?/);
    expect(codes(withMethod("coupling standard, standard"))).toEqual(["E0607"]);
  });
  test("E0605: constant rule", () => {
    expect(codes(withMethod("constant skip"))).toEqual(["E0605"]);
  });
  test("E0606: two method blocks", () => {
    expect(codes(`${withMethod("constant zero")}\nmethod { constant error }\n`)).toEqual(["E0606"]);
  });
  test("E0411, E0412: default compose and weights; E0417: fixed is no default; E0418: a list on entropy", () => {
    expect(codes(withMethod("compose stacked"))).toEqual(["E0411"]);
    expect(codes(withMethod("weights entropie"))).toEqual(["E0412"]);
    expect(codes(withMethod("weights fixed { econ 1 }"))).toEqual(["E0417"]);
    expect(codes(withMethod("weights entropy { econ 1 }"))).toEqual(["E0418"]);
  });
  test("method defaults reach nodes and analyses with origin spec", () => {
    const plan = compile(
      withMethod("weights equal\ncompose staged\ncoupling wang2021_modified"),
    ).plan;
    expect(
      plan?.nodes.map((n) => [
        n.compose.kind,
        n.composeOrigin,
        n.weighting.kind,
        n.weightingOrigin,
      ]),
    ).toEqual([
      ["staged", "spec", "equal", "spec"],
      ["staged", "spec", "equal", "spec"],
      ["staged", "spec", "equal", "spec"],
    ]);
    expect(plan?.analyses.map((a) => [a.forms, a.formOrigin])).toEqual([
      [["wang2021_modified"], "spec"],
      [["wang2021_modified"], "spec"],
    ]);
  });
});
