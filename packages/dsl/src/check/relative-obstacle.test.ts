import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { DEFAULT_RELATIVE_LEVELS } from "./relative-obstacle.js";
import { edit, MINI } from "./spec-fixture.js";

/** MINI with a third system, so that `inner3` couples three. */
const THREE = edit(
  MINI,
  [
    '  system land "Land" {',
    `  system people "People" {
    indicator pop_total "Population" { direction benefit value pop }
  }
  system land "Land" {`,
  ],
  [
    "analysis across",
    `analysis inner3 "Inner, three" {
  within each unit
  systems econ, land, people
}

analysis across`,
  ],
);
const compile = (extra: string, base = THREE) => compileSpec(`${base}\n${extra}\n`, "t.ccd");
const codes = (extra: string, base = THREE) =>
  compile(extra, base)
    .diagnostics.filter((d) => d.severity === "error")
    .map((d) => d.code);
/** The line (1-based) of the first error, counted in the extra text. */
const errorLine = (extra: string) => {
  const d = compile(extra).diagnostics.find((x) => x.severity === "error");
  return d ? d.range.start.line - `${THREE}\n`.split("\n").length + 1 : undefined;
};

describe("pass relative-obstacle: relative", () => {
  test("two systems: the rule defaults to ratio, the bands to 0.8/1.2", () => {
    const r = compile('relative lag "Lag" zh "滞后" { values inner }');
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(r.plan?.relative).toEqual([
      {
        id: "lag",
        labels: { en: "Lag", zh: "滞后" },
        analysis: "inner",
        form: "standard",
        formOrigin: "default",
        rule: "ratio",
        ruleOrigin: "default",
        levels: DEFAULT_RELATIVE_LEVELS,
        levelsOrigin: "default",
      },
    ]);
    expect(r.plan?.sourceMap["/relative/0"]?.line).toBe(`${THREE}\n`.split("\n").length);
  });

  test("more systems: mean_of_others by default; declared bands lower as written", () => {
    const r = compile(`relative lag {
  values inner3
  level 1 [0, 0.6) "seriously lagging"
  level 2 [0.6, 0.9) "lagging"
  level 3 [0.9, inf) "synchronous"
}`);
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const rel = r.plan?.relative?.[0];
    expect(rel?.rule).toBe("mean_of_others");
    expect(rel?.levelsOrigin).toBe("spec");
    expect(rel?.levels.map((l) => [l.lower, l.upper, l.labels.en])).toEqual([
      [0, 0.6, "seriously lagging"],
      [0.6, 0.9, "lagging"],
      [0.9, null, "synchronous"],
    ]);
  });

  test("bad input is a diagnostic at the spec line", () => {
    expect(codes("relative lag { }")).toEqual(["E1004"]);
    expect(codes("relative lag { values across }")).toEqual(["E1401"]);
    expect(codes("relative lag { values total }")).toEqual(["E0103"]);
    expect(codes("relative lag { values inenr }")).toEqual(["E0102"]);
    expect(codes("relative lag { values inner rule ration }")).toEqual(["E1402"]);
    expect(codes("relative lag { values inner3 rule ratio }")).toEqual(["E1403"]);
    expect(codes("relative lag { values inner form wang2021_modified }")).toEqual(["E1404"]);
    expect(codes("relative lag { values inner top 3 }")).toEqual(["E1001"]);
    expect(errorLine("relative lag {\n  values inner\n  rule ration\n}")).toBe(3);
  });

  test("W1414: under mean_of_others, declared bands above 1 are never reached", () => {
    // The graded E is the lowest system's U over the others' mean: at most 1. (1.2, inf)
    // and (1, 1.2] hold no E ≤ 1; [1, 1.2] holds E = 1 and is kept.
    const warnings = (extra: string) =>
      compile(extra)
        .diagnostics.filter((d) => d.severity === "warning" && d.code === "W1414")
        .map((d) => d.message);
    const common = `
  level 1 [0, 0.8) "lagging"
  level 2 [0.8, 1.2] "synchronous"
  level 3 (1.2, inf) "lagging"
}`;
    expect(warnings(`relative lag { values inner3${common}`)).toEqual([
      "under the default `rule mean_of_others`, E never exceeds 1, so band 3 (1.2, inf) can never be reached",
    ]);
    const written = compile(`relative lag {
  values inner rule mean_of_others
  level 1 [0, 0.8) "lagging"
  level 2 [0.8, 1] "synchronous"
  level 3 (1, 1.2] "ahead"
  level 4 (1.2, inf) "far ahead"
}`).diagnostics.filter((d) => d.code === "W1414");
    expect(written.map((d) => d.message)).toEqual([
      "under `rule mean_of_others`, E never exceeds 1, so bands 3 (1, 1.2], 4 (1.2, inf) can never be reached",
    ]);
    // At the first band never reached (line 5 of the declaration).
    expect(written[0]!.range.start.line - `${THREE}\n`.split("\n").length + 1).toBe(5);
    // No warning: bands ending at the synchronous one, ratio, or the default bands.
    expect(
      warnings(`relative lag { values inner3
  level 1 [0, 0.8) "lagging"
  level 2 [0.8, inf) "synchronous"
}`),
    ).toEqual([]);
    expect(warnings(`relative lag { values inner rule ratio${common}`)).toEqual([]);
    expect(warnings("relative lag { values inner3 }")).toEqual([]);
  });

  test("bands must tile [0, +∞)", () => {
    const bands = (...levels: string[]) =>
      codes(`relative lag { values inner\n${levels.join("\n")} }`);
    expect(bands("level 1 [0, 1) level 2 [1, infinity)")).toEqual(["E1410"]);
    expect(bands("level 1 [0, 1) level 1 [1, inf)")).toEqual(["E1411"]);
    expect(bands("level 1 [0, 1) level 2 [1, -2)")).toEqual(["E1412"]);
    expect(bands("level 1 [0, 1) level 2 [1.2, inf)")).toEqual(["E1413"]);
    expect(bands("level 1 [0, 1] level 2 [1, inf)")).toEqual(["E1413"]);
    expect(bands("level 1 [0, 1) level 2 (1, inf)")).toEqual(["E1413"]);
    expect(bands("level 1 (0, 1) level 2 [1, inf)")).toEqual(["E1413"]);
    expect(bands("level 1 [0, 1) level 2 [1, 5)")).toEqual(["E1413"]);
    expect(bands("level 1 [0, 1) level 2 [1, inf]")).toEqual(["E1413"]);
    expect(bands("level 1 [0, inf) level 2 [1, 2)")).toEqual(["E1413", "E1413"]);
  });
});

describe("pass relative-obstacle: obstacle", () => {
  test("defaults: the index, top 5", () => {
    const r = compile("obstacle barriers { }");
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(r.plan?.obstacles).toEqual([
      {
        id: "barriers",
        labels: { en: "barriers" },
        node: "total",
        nodeOrigin: "default",
        top: 5,
        topOrigin: "default",
      },
    ]);
  });

  test("a named node and top", () => {
    const r = compile('obstacle barriers "Barriers" { values econ top 1 }');
    expect(r.plan?.obstacles?.[0]).toMatchObject({ node: "econ", nodeOrigin: "spec", top: 1 });
  });

  test("bad input", () => {
    expect(codes("obstacle barriers { top 0 }")).toEqual(["E1420"]);
    expect(codes("obstacle barriers { top -2 }")).toEqual(["E1420"]);
    expect(codes("obstacle barriers { top 2.5 }")).toEqual(["E1420"]);
    expect(codes("obstacle barriers { values gdp_pc }")).toEqual(["E0103"]);
    expect(codes("obstacle barriers { values ecno }")).toEqual(["E0102"]);
    expect(codes("obstacle barriers { rule ratio }")).toEqual(["E1001"]);
    expect(codes("obstacle barriers { top 1 top 2 }")).toEqual(["E1002"]);
  });
});
