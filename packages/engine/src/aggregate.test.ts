import { minimalPlan, type PlanDraft } from "@ccdc/plan";
import { describe, expect, it } from "vitest";
import { aggregateUnits } from "./aggregate.js";
import type { PanelData } from "./panel.js";
import { indexPlan } from "./plan-index.js";

/**
 * Three regions, two clusters: c1 = {r1, r2}, c2 = {r3}; one year. Variables: a (sum),
 * b (mean weighted by w), w (the weights, sum), n (none). Indicators read a, b and n.
 */
function clusterPlan(): PlanDraft {
  const p = minimalPlan();
  p.study.years = [2020];
  p.study.period = { from: 2020, to: 2020 };
  const base = p.sources[0]!.variables[0]!;
  p.sources[0]!.variables = [
    { ...base, id: "a", key: "a", aggregate: { kind: "sum" } },
    { ...base, id: "b", key: "b", aggregate: { kind: "weighted_mean", by: "w" } },
    { ...base, id: "w", key: "w", aggregate: { kind: "sum" } },
    { ...base, id: "n", key: "n", aggregate: { kind: "none" } },
  ];
  p.regions.push({ id: "r3", key: "R3", labels: { en: "Region 3" } });
  p.units = {
    level: "cluster",
    list: [
      { id: "c1", labels: { en: "Cluster 1" }, members: ["r1", "r2"] },
      { id: "c2", labels: { en: "Cluster 2" }, members: ["r3"] },
    ],
  };
  p.indicators[1]!.expr = {
    kind: "binary",
    op: "+",
    left: { kind: "var", variable: "b" },
    right: { kind: "var", variable: "n" },
  };
  const between = p.analyses[0]!;
  if (between.kind === "between") between.combinations = [["c1", "c2"]];
  return p;
}

const panel = (cols: Record<string, number[]>): PanelData =>
  Object.fromEntries(Object.entries(cols).map(([k, v]) => [k, Float64Array.from(v)]));

describe("aggregateUnits", () => {
  it("sums, takes weighted means, and copies single members", () => {
    const p = clusterPlan();
    p.sources[0]!.variables[3]!.aggregate = { kind: "sum" }; // n summed here; "none" tested below
    // Regions r1, r2, r3 (one year each).
    // a: c1 = 1.5 + 2.25 = 3.75; c2 = 7.
    // b weighted by w: c1 = (10·1 + 40·3)/(1 + 3) = 130/4 = 32.5; c2 = 9 (one member, even with w = 0).
    const r = aggregateUnits(
      indexPlan(p),
      panel({ a: [1.5, 2.25, 7], b: [10, 40, 9], w: [1, 3, 0], n: [1, 2, 3] }),
    );
    expect(r.errors).toEqual([]);
    expect(Array.from(r.columns.get("a")!)).toEqual([3.75, 7]);
    expect(Array.from(r.columns.get("b")!)).toEqual([32.5, 9]);
    expect(Array.from(r.columns.get("n")!)).toEqual([3, 3]);
    // w is only a weight: not aggregated.
    expect(r.columns.has("w")).toBe(false);
  });

  it("refuses aggregate none for a unit of several regions (D0301)", () => {
    const r = aggregateUnits(
      indexPlan(clusterPlan()),
      panel({ a: [1, 1, 1], b: [1, 1, 1], w: [1, 1, 1], n: [1, 2, 3] }),
    );
    expect(r.errors.map((e) => [e.code, e.pointer, e.message])).toEqual([
      [
        "D0301",
        "/sources/0/variables/3/aggregate",
        'variable "n" has aggregate none, but unit c1 has several member regions',
      ],
    ]);
  });

  it("refuses a weighted mean with a negative weight (D0306), naming region and year", () => {
    const p = clusterPlan();
    p.sources[0]!.variables[3]!.aggregate = { kind: "sum" };
    // c1 = r1 + r2: weights −1 and 3 sum to 2, so without the check the "mean" of 1 and 2
    // would be (−1 + 6)/2 = 2.5, outside [1, 2].
    const r = aggregateUnits(
      indexPlan(p),
      panel({ a: [1, 1, 1], b: [1, 2, 3], w: [-1, 3, 5], n: [1, 1, 1] }),
    );
    expect(r.errors.map((e) => [e.code, e.message])).toEqual([
      ["D0306", 'variable "b" is a mean weighted by "w", which is negative at 2020 for r1'],
    ]);
  });

  it("refuses a weighted mean whose weights sum to zero (D0302)", () => {
    const p = clusterPlan();
    p.sources[0]!.variables[3]!.aggregate = { kind: "sum" };
    const r = aggregateUnits(
      indexPlan(p),
      panel({ a: [1, 1, 1], b: [1, 2, 3], w: [0, 0, 5], n: [1, 1, 1] }),
    );
    expect(r.errors.map((e) => [e.code, e.message])).toEqual([
      ["D0302", 'variable "b" is a mean weighted by "w", whose weights sum to 0 at 2020 for c1'],
    ]);
  });

  it("at region level copies each region's values", () => {
    const p = minimalPlan(); // units r1, r2; years 2020, 2021
    const r = aggregateUnits(indexPlan(p), panel({ a: [1, 2, 3, 4], b: [5, 6, 7, 8] }));
    expect(Array.from(r.columns.get("a")!)).toEqual([1, 2, 3, 4]);
  });
});
