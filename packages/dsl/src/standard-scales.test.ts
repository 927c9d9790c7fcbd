import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { edit, MINI } from "./check/spec-fixture.js";
import { compileSpec } from "./compile.js";
import { STANDARD_SCALES, type StandardScale } from "./standard-scales.js";

const S4 = MINI.slice(MINI.indexOf('scale s4 "Four levels"'), MINI.indexOf("analysis inner"));

/** A standard scale written as a declaration. */
function declaration(s: StandardScale): string {
  const num = (x: number) => (Number.isInteger(x) ? x.toFixed(1) : String(x));
  const levels = s.levels.map(
    (l) =>
      `  level ${l.level} ${l.lowerClosed ? "[" : "("}${num(l.lower)}, ${num(l.upper)}${l.upperClosed ? "]" : ")"} "${l.labels.en}"`,
  );
  return `scale ${s.id} "${s.labels.en}" {\n${levels.join("\n")}\n}\n\n`;
}

const compile = (src: string) => compileSpec(src, "t.ccd");

describe("standard scales", () => {
  test.each(STANDARD_SCALES.map((s) => [s.id, s] as const))(
    "%s passes every check a declared scale must (levels tile [0, 1])",
    (_, s) => {
      expect(compile(edit(MINI, [S4, declaration(s)])).diagnostics).toEqual([]);
    },
  );

  test("ccd10 is Table 2 as specs/northern.ccd declares it", () => {
    const text = readFileSync(new URL("../../../specs/northern.ccd", import.meta.url), "utf8");
    const declared = compile(text).plan?.scales.find((s) => s.id === "ccd10");
    const standard = STANDARD_SCALES.find((s) => s.id === "ccd10")!;
    expect(declared?.levels).toEqual(standard.levels);
    expect(declared?.labels).toEqual(standard.labels);
  });

  test("an analysis names one without declaring it; the plan carries it after the declared", () => {
    const src = edit(MINI, ["systems econ, land", "systems econ, land\n  scale ccd7"]);
    const plan = compile(src).plan!;
    expect(plan.scales.map((s) => s.id)).toEqual(["s4", "ccd7"]);
    expect(plan.analyses[0]).toMatchObject({ scale: "ccd7", scaleOrigin: "spec" });
    expect(plan.scales[1]?.levels).toHaveLength(7);
    // A standard scale has no declaration to point at.
    expect(Object.keys(plan.sourceMap).filter((k) => k.startsWith("/scales/1"))).toEqual([]);
  });

  test("a declared scale of the same name shadows the standard one", () => {
    const src = edit(
      MINI,
      ['scale s4 "Four levels"', 'scale ccd5 "Mine"'],
      ["systems econ, land", "systems econ, land\n  scale ccd5"],
    );
    const plan = compile(src).plan!;
    expect(plan.scales.map((s) => [s.id, s.levels.length])).toEqual([["ccd5", 4]]);
  });

  test("an unknown scale name is suggested among declared and standard ones", () => {
    const src = edit(MINI, ["systems econ, land", "systems econ, land\n  scale ccd11"]);
    const d = compile(src).diagnostics;
    expect(d.map((x) => [x.code, x.hint])).toEqual([["E0102", "did you mean `ccd10`?"]]);
  });
});
