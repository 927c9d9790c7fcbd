/**
 * A small hand-made plan and result for the renderers' unit tests (no engine needed): two
 * cluster units over three years, two systems under a staged root, one analysis within each
 * unit and one between the units on two nodes, two coupling forms, one filled cell range and
 * one warning. The numbers are made up, only their layout matters.
 */

import type { Result } from "@ccdc/engine";
import { minimalPlan, type Plan } from "@ccdc/plan";

export function fixturePlan(): Plan {
  const base = minimalPlan();
  return {
    ...base,
    study: {
      id: "toy",
      title: "Toy study",
      period: { from: 2020, to: 2022 },
      years: [2020, 2021, 2022],
      notes: ["Made-up numbers."],
      citations: [{ id: "doe", text: "Doe J. A toy, 2020." }],
    },
    units: {
      level: "cluster",
      list: [
        { id: "north", labels: { en: "North", zh: "北方" }, members: ["r1", "r2"] },
        { id: "south", labels: { en: "South" }, members: ["r3"] },
      ],
    },
    analyses: [
      {
        id: "internal",
        labels: { en: "Internal coupling" },
        kind: "within",
        systems: ["infra", "industry"],
        units: ["north", "south"],
        forms: ["standard"],
        formOrigin: "default",
        beta: "equal",
        betaOrigin: "default",
        scale: "halves",
      },
      {
        id: "spatial",
        labels: { en: "Spatial coupling" },
        kind: "between",
        nodes: ["infra", "dev"],
        combinations: [["north", "south"]],
        forms: ["product_over_mean", "standard"],
        formOrigin: "spec",
        beta: [0.6, 0.4],
        betaOrigin: "spec",
        scale: "halves",
      },
    ],
    sourceMap: {
      "/sources/0": {
        file: "toy.ccd",
        line: 3,
        column: 1,
        endLine: 9,
        endColumn: 2,
        offset: 40,
        endOffset: 160,
      },
      "/sources/0/variables/1": {
        file: "toy.ccd",
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 30,
        offset: 90,
        endOffset: 117,
      },
    },
  };
}

const row = (
  analysis: string,
  form: "standard" | "product_over_mean",
  units: string[],
  systems: string[],
  D: number[],
  level: number[],
) => ({
  analysis,
  form,
  units,
  systems,
  years: [2020, 2021, 2022],
  C: D.map(() => 0.9),
  T: D.map((d) => (d * d) / 0.9),
  D,
  level,
  label: level.map((l) => (l === 1 ? "low" : "high")),
  labels: { en: level.map((l) => (l === 1 ? "low" : "high")) },
  scale: "halves",
});

export function fixtureResult(): Result {
  return {
    resultVersion: 1,
    study: { id: "toy", title: "Toy study" },
    years: [2020, 2021, 2022],
    units: [
      { id: "north", label: "North", labels: { en: "North", zh: "北方" } },
      { id: "south", label: "South", labels: { en: "South" } },
    ],
    indicators: [],
    nodes: [
      {
        id: "dev",
        label: "Development",
        labels: { en: "Development" },
        parent: null,
        role: "root",
        compose: "staged",
        weights: { infra: 0.25, industry: 0.75 },
        index: { north: [0.5, 0.6, 0.70049], south: [0.0001, 0.2, 0.3] },
      },
      {
        id: "infra",
        label: "Infrastructure",
        labels: { en: "Infrastructure" },
        parent: "dev",
        role: "system",
        compose: "flat",
        weights: { cable: 0.4, ports: 0.6 },
        index: { north: [0.4, 0.5, 0.6], south: [0.1, 0.15, 0.2] },
      },
      {
        id: "industry",
        label: "Industry",
        labels: { en: "Industry" },
        parent: "dev",
        role: "system",
        compose: "given",
        weights: {},
        index: { north: [0.55, 0.65, 0.75], south: [0.05, 0.22, 0.31] },
      },
    ],
    coupling: [
      row("internal", "standard", ["north"], ["infra", "industry"], [0.6, 0.65, 0.7], [2, 2, 2]),
      row("internal", "standard", ["south"], ["infra", "industry"], [0.2, 0.3, 0.4], [1, 1, 1]),
      row(
        "spatial",
        "product_over_mean",
        ["north", "south"],
        ["infra"],
        [0.356, 0.413, 0.5],
        [1, 1, 2],
      ),
      row("spatial", "product_over_mean", ["north", "south"], ["dev"], [0.1, 0.2, 0.3], [1, 1, 1]),
      row("spatial", "standard", ["north", "south"], ["infra"], [0.4, 0.45, 0.55], [1, 1, 2]),
      row("spatial", "standard", ["north", "south"], ["dev"], [0.15, 0.25, 0.35], [1, 1, 1]),
    ],
    growth: {
      dev: { north: 0.18367, south: null },
      infra: { north: 0.2247, south: 0.4142 },
      industry: { north: 0.1678, south: 1.49 },
    },
    filled: [
      { variable: "users", region: "r1", year: 2020, rule: "splice ports", value: 1 },
      { variable: "users", region: "r1", year: 2021, rule: "splice ports", value: 2 },
      { variable: "users", region: "r3", year: 2020, rule: "splice ports", value: 3 },
      { variable: "sites", region: "r2", year: 2022, rule: "nearest", value: 4 },
    ],
    method: {
      normalization: {
        kind: "minmax",
        shift: 0.0001,
        scope: "pooled",
        origin: { shift: "spec", scope: "default" },
      },
      constantIndicator: { rule: "zero", origin: "default" },
      unitLevel: "cluster",
      nodes: [
        {
          id: "dev",
          compose: "staged",
          composeOrigin: "spec",
          weighting: "entropy",
          weightingOrigin: "default",
        },
        {
          id: "infra",
          compose: "flat",
          composeOrigin: "default",
          weighting: "entropy",
          weightingOrigin: "spec",
        },
        {
          id: "industry",
          compose: "given",
          composeOrigin: "spec",
          weighting: "entropy",
          weightingOrigin: "default",
        },
      ],
      variables: [
        { id: "users", aggregate: "sum", missing: "splice ports", missingOrigin: "spec" },
        {
          id: "sites",
          aggregate: "mean weighted by gdp",
          missing: "nearest",
          missingOrigin: "spec",
        },
        { id: "ports", aggregate: "sum", missing: "error", missingOrigin: "default" },
      ],
      analyses: [
        {
          id: "internal",
          kind: "within",
          forms: ["standard"],
          formOrigin: "default",
          beta: "equal",
          betaOrigin: "default",
          scale: "halves",
        },
        {
          id: "spatial",
          kind: "between",
          forms: ["product_over_mean", "standard"],
          formOrigin: "spec",
          beta: [0.6, 0.4],
          betaOrigin: "spec",
          scale: "halves",
        },
      ],
      conventions: ["A coupling degree with a zero input is 0."],
    },
    warnings: [
      {
        code: "W0301",
        message: "growth of dev for south is undefined: the first year is 0",
        pointer: "/nodes/0",
      },
    ],
  };
}
