import { describe, expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const compile = (src: string) => compileSpec(src, "t.ccd");
const codes = (src: string) => compile(src).diagnostics.map((d) => d.code);
/** MINI at region level (clusters group the regions), with one dynamics declaration. */
const REGIONS = edit(MINI, ["units clusters", "units regions"]);
const dyn = (body: string, base = REGIONS) => `${base}\ndynamics dd "Dynamics" {\n${body}\n}\n`;

describe("pass dynamics", () => {
  test("defaults: the analysis's first form, every cluster, gaussian nrd0, grades, step 1, systems", () => {
    const plan = compile(
      dyn("of inner\ngini\ntheil\ndensity\nmarkov\nconvergence\nforecast 3"),
    ).plan;
    expect(plan?.dynamics?.[0]).toEqual({
      id: "dd",
      labels: { en: "Dynamics" },
      subject: { kind: "analysis", analysis: "inner", form: "standard" },
      subjectOrigin: "default",
      groups: [
        { id: "north", labels: { en: "North" }, units: ["a", "b"] },
        { id: "south", labels: { en: "South" }, units: ["c"] },
      ],
      groupsOrigin: "default",
      gini: true,
      theil: true,
      density: {
        kernel: "gaussian",
        kernelOrigin: "default",
        bandwidth: { rule: "nrd0" },
        bandwidthOrigin: "default",
        grid: null,
        gridOrigin: "default",
      },
      markov: {
        states: { kind: "scale", scale: "s4" },
        statesOrigin: "default",
        step: 1,
        stepOrigin: "default",
      },
      convergence: { step: 1, stepOrigin: "default" },
      forecast: { horizon: 3, mode: "systems", modeOrigin: "default" },
    });
    // At region level the plan keeps the clusters (the panel export's cluster column).
    expect(plan?.clusters?.map((c) => c.id)).toEqual(["north", "south"]);
    expect(codes(dyn("of inner\ngini"))).toEqual([]);
  });

  test("written choices; a node subject defaults to 4 pooled quantiles and a direct forecast", () => {
    const plan = compile(
      dyn(
        "of total\ngroups north, south\ndensity epanechnikov bandwidth 0.05 grid -0.5 to 1.5 points 11\nmarkov quantiles 3 per_year step 2\nforecast 2",
      ),
    ).plan;
    expect(plan?.dynamics?.[0]).toMatchObject({
      subject: { kind: "node", node: "total" },
      groupsOrigin: "spec",
      density: {
        kernel: "epanechnikov",
        bandwidth: { rule: "fixed", h: 0.05 },
        grid: { from: -0.5, to: 1.5, points: 11 },
        gridOrigin: "spec",
      },
      markov: { states: { kind: "quantiles", k: 3, scope: "per_year" }, step: 2 },
      forecast: { horizon: 2, mode: "direct", modeOrigin: "default" },
    });
    expect(compile(dyn("of total\nmarkov")).plan?.dynamics?.[0]?.markov?.states).toEqual({
      kind: "quantiles",
      k: 4,
      scope: "pooled",
    });
  });

  test("E0830 no subject; E0105 a clause twice; E0834 no statistic", () => {
    expect(codes(dyn("theil"))).toEqual(["E0830"]);
    expect(codes(dyn("of inner\ntheil\ntheil"))).toEqual(["E0105"]);
    expect(codes(dyn("of inner"))).toEqual(["E0834"]);
  });

  test("E0832 a between analysis; E0833 a form it does not compute; E0102 unknown subject", () => {
    expect(codes(dyn("of across\ntheil"))).toEqual(["E0832"]);
    expect(codes(dyn("of inner product_over_mean\ntheil"))).toEqual(["E0833"]);
    expect(codes(dyn("of inner standart\ntheil"))).toEqual(["E0837"]);
    expect(codes(dyn("of innr\ntheil"))).toEqual(["E0102"]);
  });

  test("E0835 groups need region units and clusters; E0836 groups must partition the units", () => {
    expect(codes(dyn("of inner\ngini", MINI))).toEqual(["E0835"]);
    // South alone leaves a and b in no group.
    expect(codes(dyn("of inner\ngini\ngroups south"))).toEqual(["E0836"]);
    const overlap = edit(REGIONS, [
      'cluster south "South" { c }',
      'cluster south "South" { b, c }',
    ]);
    // A region in two clusters is E0301 already; as groups it is E0836 too.
    expect(codes(dyn("of inner\ntheil", overlap))).toEqual(["E0301", "E0836"]);
  });

  test("E0837 unknown options; E0838 numbers out of range", () => {
    expect(codes(dyn("of inner\ngini lorenz"))).toEqual(["E0837"]);
    expect(codes(dyn("of inner\ndensity gauss"))).toEqual(["E0837"]);
    expect(codes(dyn("of inner\ndensity bandwidth silverman"))).toEqual(["E0837"]);
    expect(codes(dyn("of inner\nmarkov quantiles 4 yearly"))).toEqual(["E0837"]);
    expect(codes(dyn("of inner\nforecast 3 sideways"))).toEqual(["E0837"]);
    expect(codes(dyn("of inner\nmarkov quantiles 1"))).toEqual(["E0838"]);
    expect(codes(dyn("of inner\nmarkov step 3"))).toEqual(["E0838"]);
    expect(codes(dyn("of inner\nconvergence step 0"))).toEqual(["E0838"]);
    expect(codes(dyn("of inner\nforecast 0"))).toEqual(["E0838"]);
    expect(codes(dyn("of inner\ndensity bandwidth 0"))).toEqual(["E0838"]);
    expect(codes(dyn("of inner\ndensity grid 1 to 0"))).toEqual(["E0838"]);
    expect(codes(dyn("of inner\ndensity grid 0 to 1 points 1.5"))).toEqual(["E0838"]);
  });

  test("E0841 a bandwidth rule over one unit; a fixed h is fine", () => {
    const one = edit(REGIONS, ["  within each unit\n", "  within a\n"]);
    expect(codes(dyn("of inner\ndensity", one))).toEqual(["E0841"]);
    expect(codes(dyn("of inner\ndensity bandwidth 0.1", one)).filter((c) => c[0] === "E")).toEqual(
      [],
    );
  });

  test("E0839 grades of a node; E0840 a systems forecast of a node", () => {
    expect(codes(dyn("of total\nmarkov grades"))).toEqual(["E0839"]);
    expect(codes(dyn("of total\nforecast 3 systems"))).toEqual(["E0840"]);
    expect(codes(dyn("of total\nmarkov scale s4")).filter((c) => c.startsWith("E"))).toEqual([]);
  });

  test("markov scale: a standard scale an analysis grades with is accepted", () => {
    const std = edit(REGIONS, ["  systems econ, land\n", "  systems econ, land\n  scale ccd10\n"]);
    const plan = compile(dyn("of inner\nmarkov scale ccd10", std)).plan;
    expect(plan?.dynamics?.[0]?.markov?.states).toEqual({ kind: "scale", scale: "ccd10" });
    expect(compile(dyn("of inner\nmarkov", std)).plan?.dynamics?.[0]?.markov?.states).toEqual({
      kind: "scale",
      scale: "ccd10",
    });
  });

  test("a cluster used as a group is not reported unused (W0904)", () => {
    expect(codes(REGIONS)).toContain("W0904");
    expect(codes(dyn("of inner\ntheil"))).not.toContain("W0904");
  });

  test("markov … matrix W: the spatial Markov variant names spatial weights (E0842 when none)", () => {
    const weights = `${REGIONS}\nspatial_weights adj "Adjacency" {\n  neighbours "pairs.csv"\n}\n`;
    const plan = compile(dyn("of inner\nmarkov quantiles 2 matrix adj", weights)).plan;
    expect(plan?.dynamics?.[0]?.markov).toEqual({
      states: { kind: "quantiles", k: 2, scope: "pooled" },
      statesOrigin: "spec",
      step: 1,
      stepOrigin: "default",
      spatial: { weights: "adj" },
    });
    // `matrix` is not read as the quantiles' scope.
    const errors = (src: string) =>
      compile(src)
        .diagnostics.filter((d) => d.severity === "error")
        .map((d) => d.code);
    expect(errors(dyn("of inner\nmarkov quantiles 2 per_year step 1 matrix adj", weights))).toEqual(
      [],
    );
    expect(errors(dyn("of inner\nmarkov matrix adj"))).toEqual(["E0842"]);
    expect(errors(dyn("of inner\nmarkov grades matrix s4", weights))).toEqual(["E0103"]);
    expect(errors(dyn("of inner\nmarkov grades matrix nowhere", weights))).toEqual(["E0102"]);
  });
});
