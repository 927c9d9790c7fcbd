import type { PlanDraft } from "./schema.js";

/**
 * A small, valid plan: two regions, one system of two indicators, one within-unit analysis
 * is impossible with one system, so the analysis couples the two regions on the root.
 * Used by tests in several packages, which edit it into the plan they need (hence a draft:
 * a `PlanDraft` is a `Plan` whose parts may still be changed).
 */
export function minimalPlan(): PlanDraft {
  return {
    planVersion: 1,
    study: {
      id: "mini",
      title: "Minimal",
      period: { from: 2020, to: 2021 },
      years: [2020, 2021],
      notes: [],
      citations: [],
    },
    sources: [
      {
        id: "data",
        path: "data.csv",
        format: "csv",
        layout: {
          kind: "long",
          region: "region",
          year: "year",
          variable: "variable",
          value: "value",
        },
        variables: [
          {
            id: "a",
            key: "a",
            unit: "km",
            aggregate: { kind: "sum" },
            missing: { kind: "error" },
            missingOrigin: "default",
          },
          {
            id: "b",
            key: "b",
            unit: "km2",
            aggregate: { kind: "sum" },
            missing: { kind: "error" },
            missingOrigin: "default",
          },
        ],
      },
    ],
    regions: [
      { id: "r1", key: "R1", labels: { en: "Region 1" } },
      { id: "r2", key: "R2", labels: { en: "Region 2" } },
    ],
    units: {
      level: "region",
      list: [
        { id: "r1", labels: { en: "Region 1" }, members: ["r1"] },
        { id: "r2", labels: { en: "Region 2" }, members: ["r2"] },
      ],
    },
    nodes: [
      {
        id: "root",
        labels: { en: "Root" },
        parent: null,
        role: "root",
        children: ["x", "y"],
        leaves: ["x", "y"],
        compose: { kind: "flat" },
        composeOrigin: "default",
        weighting: { kind: "entropy" },
        weightingOrigin: "default",
      },
    ],
    indicators: [
      {
        id: "x",
        labels: { en: "a per b" },
        parent: "root",
        direction: "+",
        unit: "km/km2",
        expr: {
          kind: "binary",
          op: "/",
          left: { kind: "var", variable: "a" },
          right: { kind: "var", variable: "b" },
        },
        exprText: "a / b",
      },
      {
        id: "y",
        labels: { en: "a" },
        parent: "root",
        direction: "-",
        unit: "km",
        expr: { kind: "var", variable: "a" },
        exprText: "a",
      },
    ],
    method: {
      normalization: {
        kind: "minmax",
        shift: 0.0001,
        scope: "pooled",
        origin: { shift: "default", scope: "default" },
      },
      constantIndicator: { rule: "zero", origin: "default" },
    },
    scales: [
      {
        id: "halves",
        labels: { en: "Halves" },
        levels: [
          {
            level: 1,
            lower: 0,
            upper: 0.5,
            lowerClosed: true,
            upperClosed: false,
            labels: { en: "low" },
          },
          {
            level: 2,
            lower: 0.5,
            upper: 1,
            lowerClosed: true,
            upperClosed: true,
            labels: { en: "high" },
          },
        ],
      },
    ],
    analyses: [
      {
        id: "between_root",
        labels: { en: "Between regions" },
        kind: "between",
        nodes: ["root"],
        combinations: [["r1", "r2"]],
        forms: ["standard"],
        formOrigin: "default",
        beta: "equal",
        betaOrigin: "default",
        scale: "halves",
      },
    ],
    sourceMap: {},
  };
}
