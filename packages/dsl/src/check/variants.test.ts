import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

/** MINI with two indicators in `econ` (so one can be left out) and the given blocks appended. */
const BASE = edit(MINI, [
  'indicator gdp_pc "GDP per capita" { direction benefit value gdp / pop }',
  'indicator gdp_pc "GDP per capita" { direction benefit value gdp / pop }\n    indicator gdp_area "GDP per area" { direction benefit value gdp / area }',
]);
const withBlocks = (blocks: string) => `${BASE}\n${blocks}\n`;
const compile = (src: string) => compileSpec(src, "t.ccd");
const codes = (src: string) =>
  compile(src).diagnostics.map((d) => (d.code === "E0991" ? d.message : d.code));

const SENS = `
variant staged "Staged" { node total { compose staged } }
variant standard_form "Standard" { coupling standard }
variant fewer "Without GDP per area" { drop gdp_area }
sensitivity robust "Robustness" {
  choice composition { base, staged }
  choice form { base, standard_form }
  watch inner, total
}`;

describe("pass variants", () => {
  test("a variant lowers to overrides in a fixed order, each clause in the source map", () => {
    const plan = compile(
      withBlocks(`variant v "All" {
  drop gdp_area
  analysis across { scale s4 coupling product_over_mean }
  normalize shift 0.01 scope per_year
  node econ { weights equal compose staged }
  coupling standard
}`),
    ).plan;
    expect(plan?.variants).toEqual([
      {
        id: "v",
        labels: { en: "All" },
        overrides: [
          { kind: "normalization", scope: "per_year", shift: 0.01 },
          { kind: "compose", node: "econ", compose: { kind: "staged" } },
          { kind: "weighting", node: "econ", weighting: { kind: "equal" } },
          { kind: "forms", analysis: null, forms: ["standard"] },
          { kind: "forms", analysis: "across", forms: ["product_over_mean"] },
          { kind: "scale", analysis: "across", scale: "s4" },
          { kind: "drop", indicator: "gdp_area" },
        ],
      },
    ]);
    // `drop gdp_area` is line 1 of the block; the block starts after BASE.
    const line = BASE.split("\n").length + 2;
    expect(plan?.sourceMap["/variants/0/overrides/6"]?.line).toBe(line);
    expect(plan?.sourceMap["/variants/0"]?.line).toBe(line - 1);
  });

  test("a sensitivity analysis lowers with its choices, outputs and default grid", () => {
    const plan = compile(withBlocks(SENS)).plan;
    expect(plan?.sensitivity).toEqual([
      {
        id: "robust",
        labels: { en: "Robustness" },
        choices: [
          { id: "composition", alternatives: ["base", "staged"] },
          { id: "form", alternatives: ["base", "standard_form"] },
        ],
        watch: [
          { kind: "analysis", id: "inner" },
          { kind: "node", id: "total" },
        ],
        sample: { kind: "grid" },
      },
    ]);
    expect(
      compile(withBlocks(SENS.replace("watch", "sample random 3 seed 7\n  watch"))).plan
        ?.sensitivity?.[0]?.sample,
    ).toEqual({ kind: "random", count: 3, seed: 7 });
  });

  test("references: unknown node, analysis, scale, indicator, variant, output (E0102/E0103)", () => {
    expect(codes(withBlocks('variant v "V" { node nope { compose flat } }'))).toEqual(["E0102"]);
    expect(codes(withBlocks('variant v "V" { node gdp_pc { compose flat } }'))).toEqual(["E0103"]);
    expect(codes(withBlocks('variant v "V" { analysis nope { scale s4 } }'))).toEqual(["E0102"]);
    expect(codes(withBlocks('variant v "V" { scale s5 }'))).toEqual(["E0102"]);
    expect(codes(withBlocks('variant v "V" { drop econ }'))).toEqual(["E0103"]);
    expect(codes(withBlocks(SENS.replace("base, staged", "base, stagd")))).toEqual(["E0102"]);
    expect(codes(withBlocks(SENS.replace("watch inner", "watch s4")))).toEqual(["E0103"]);
  });

  test("the study's own checks apply to a variant's clauses", () => {
    expect(codes(withBlocks('variant v "V" { normalize scope peryear }'))).toEqual(["E0603"]);
    expect(codes(withBlocks('variant v "V" { normalize shift -1 }'))).toEqual(["E0602"]);
    expect(codes(withBlocks('variant v "V" { coupling standrd }'))).toEqual(["E0604"]);
    expect(codes(withBlocks('variant v "V" { node econ { compose stacked } }'))).toEqual(["E0411"]);
    expect(codes(withBlocks('variant v "V" { node econ { weights entrpy } }'))).toEqual(["E0412"]);
    // Fixed weights follow the composition the variant gives: staged weighs children.
    expect(
      codes(
        withBlocks(
          'variant v "V" { node total { compose staged weights fixed { econ 0.5, land 0.5 } } }',
        ),
      ),
    ).toEqual([]);
    expect(
      codes(withBlocks('variant v "V" { node total { weights fixed { econ 0.5, land 0.5 } } }')),
    ).toEqual(["E0415", "E0413", "E0413"]);
  });

  test("E0105: a clause twice; E1201: a node or analysis twice", () => {
    expect(
      codes(withBlocks('variant v "V" { coupling standard coupling product_over_mean }')),
    ).toEqual(["E0105"]);
    expect(
      codes(withBlocks('variant v "V" { node econ { compose flat } node econ { weights equal } }')),
    ).toEqual(["E1201"]);
    expect(
      codes(
        withBlocks(
          'variant v "V" { analysis inner { scale s4 } analysis inner { coupling standard } }',
        ),
      ),
    ).toEqual(["E1201"]);
  });

  test("E1203: leaving a node without indicators; E1204: one with a fixed weight", () => {
    expect(codes(withBlocks('variant v "V" { drop density }'))).toEqual(
      ["E1203", "E1203"].slice(0, 1),
    );
    const fixed = edit(BASE, [
      'system econ "Economy" {',
      'system econ "Economy" {\n    weights fixed { gdp_pc 0.5, gdp_area 0.5 }',
    ]);
    expect(codes(`${fixed}\nvariant v "V" { drop gdp_area }\n`)).toEqual(["E1204"]);
    // Re-weighting the node in the same variant lifts it.
    expect(
      codes(`${fixed}\nvariant v "V" { drop gdp_area node econ { weights entropy } }\n`),
    ).toEqual([]);
  });

  test("E1205: `base` is reserved; W1201: a variant that changes nothing", () => {
    expect(codes(withBlocks('variant base "B" { coupling standard }'))).toEqual(["E1205"]);
    expect(codes(withBlocks('variant v "V" { }'))).toEqual(["W1201"]);
  });

  test("sensitivity: E1206 no choice, E1207 choice twice, E1208 alternative twice, W1202 one alternative", () => {
    const s = (body: string) =>
      withBlocks(
        `variant staged "S" { node total { compose staged } }\nsensitivity r "R" {\n${body}\nwatch inner\n}`,
      );
    expect(codes(s(""))).toEqual(["E1206"]);
    expect(codes(s("choice a { base, staged }\nchoice a { base, staged }"))).toContain("E1207");
    expect(codes(s("choice a { base, staged, base }"))).toEqual(["E1208"]);
    expect(codes(s("choice a { staged }"))).toEqual(["W1202"]);
  });

  test("E1209: two choices that change the same setting", () => {
    const src = withBlocks(`variant f1 "F1" { coupling standard }
variant f2 "F2" { analysis inner { coupling product_over_mean } }
sensitivity r "R" { choice a { base, f1 } choice b { base, f2 } watch inner }`);
    const ds = compile(src).diagnostics;
    expect(ds.map((d) => d.code)).toEqual(["E1209"]);
    expect(ds[0]!.message).toBe("choices `a` and `b` both change the coupling forms of `inner`");
  });

  test("E1210: no watch; E1211: a bad sample; E1212: too many runs", () => {
    expect(codes(withBlocks(SENS.replace("watch inner, total", "")))).toEqual(["E1210"]);
    expect(codes(withBlocks(SENS.replace("watch", "sample lottery\n  watch")))).toEqual(["E1211"]);
    expect(codes(withBlocks(SENS.replace("watch", "sample random 10\n  watch")))).toEqual([
      "E1211",
    ]);
    // A misspelt `seed` is not read as one: the words after the count are a syntax error.
    expect(codes(withBlocks(SENS.replace("watch", "sample random 10 sead 1\n  watch")))).toEqual([
      "E0003",
    ]);
    expect(codes(withBlocks(SENS.replace("watch", "sample random 2.5 seed 1\n  watch")))).toEqual([
      "E1211",
    ]);
    expect(
      codes(withBlocks(SENS.replace("watch", "sample random 200000 seed 1\n  watch"))),
    ).toEqual(["E1212"]);
    // 7 choices of 6 alternatives: 6^7 = 279,936 runs.
    const many = Array.from(
      { length: 7 },
      (_, i) => `choice c${i} { base, v1, v2, v3, v4, v5 }`,
    ).join("\n");
    const variants = Array.from(
      { length: 5 },
      (_, i) => `variant v${i + 1} "V" { normalize shift 0.00${i + 1} }`,
    ).join("\n");
    expect(
      codes(withBlocks(`${variants}\nsensitivity r "R" {\n${many}\nwatch inner\n}`)),
    ).toContain("E1212");
  });
});
