/**
 * Relative development and obstacle degree through the engine against an independent NumPy
 * implementation of a whole study (min-max, entropy weights within each system and over the
 * systems' re-normalised indices, coupling, E by mean_of_others, F, I, O and the shares):
 * test/fixtures/relative-obstacle/make-relative-obstacle.py wrote relative-obstacle.json.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { minimalPlan, type PlanDraft } from "@ccdc/plan";
import { describe, expect, it } from "vitest";
import type { PanelData } from "../panel.js";
import type { Result } from "../result-schema.js";
import { runPlanOnPanel } from "../run.js";

interface Fixture {
  units: number;
  years: number;
  shift: number;
  systems: string[][];
  cost: string[];
  raw: Record<string, number[][]>;
  weightsWithin: number[][];
  weightsRoot: number[];
  U: number[][][];
  D: number[][];
  E: number[][];
  Ek: number[][][];
  lagging: number[][];
  band: number[][];
  F: number[];
  O: number[][][];
  shares: number[][][];
  atIdeal: boolean[][];
}

const fx = JSON.parse(
  readFileSync(
    join(import.meta.dirname, "../../../../test/fixtures/relative-obstacle/relative-obstacle.json"),
    "utf8",
  ),
) as Fixture;

const SYS = ["sa", "sb", "sc"];
const units = Array.from({ length: fx.units }, (_, u) => `u${u + 1}`);
const years = Array.from({ length: fx.years }, (_, t) => 2020 + t);
const indicators = fx.systems.flat();

function plan(): PlanDraft {
  const p = minimalPlan();
  p.study.period = { from: years[0]!, to: years[years.length - 1]! };
  p.study.years = years;
  p.sources[0]!.variables = indicators.map((id) => ({
    id: `v_${id}`,
    key: id,
    unit: "u",
    aggregate: { kind: "sum" },
    missing: { kind: "error" },
    missingOrigin: "default",
  }));
  p.regions = units.map((id) => ({ id, key: id, labels: { en: id } }));
  p.units.list = units.map((id) => ({ id, labels: { en: id }, members: [id] }));
  p.method.normalization.shift = fx.shift;
  p.nodes = [
    {
      id: "root",
      labels: { en: "Root" },
      parent: null,
      role: "root",
      children: SYS,
      leaves: indicators,
      compose: { kind: "staged" },
      composeOrigin: "spec",
      weighting: { kind: "entropy" },
      weightingOrigin: "spec",
    },
    ...SYS.map((id, k) => ({
      id,
      labels: { en: id },
      parent: "root",
      role: "system" as const,
      children: fx.systems[k]!,
      leaves: fx.systems[k]!,
      compose: { kind: "flat" as const },
      composeOrigin: "spec" as const,
      weighting: { kind: "entropy" as const },
      weightingOrigin: "spec" as const,
    })),
  ];
  p.indicators = indicators.map((id, j) => ({
    id,
    labels: { en: id },
    parent: SYS[Math.floor(j / 2)]!,
    direction: fx.cost.includes(id) ? "-" : "+",
    unit: "u",
    expr: { kind: "var", variable: `v_${id}` },
    exprText: `v_${id}`,
  }));
  p.scales = [
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
  ];
  p.analyses = [
    {
      id: "inside",
      labels: { en: "Inside" },
      kind: "within",
      systems: SYS,
      units,
      forms: ["standard"],
      formOrigin: "default",
      beta: "equal",
      betaOrigin: "default",
      scale: "halves",
    },
  ];
  p.relative = [
    {
      id: "lag",
      labels: { en: "Lag" },
      analysis: "inside",
      form: "standard",
      formOrigin: "default",
      rule: "mean_of_others",
      ruleOrigin: "default",
      levels: [
        {
          level: 1,
          lower: 0,
          upper: 0.8,
          lowerClosed: true,
          upperClosed: false,
          labels: { en: "lagging" },
        },
        {
          level: 2,
          lower: 0.8,
          upper: 1.2,
          lowerClosed: true,
          upperClosed: true,
          labels: { en: "synchronous" },
        },
        {
          level: 3,
          lower: 1.2,
          upper: null,
          lowerClosed: false,
          upperClosed: false,
          labels: { en: "lagging" },
        },
      ],
      levelsOrigin: "default",
    },
  ];
  p.obstacles = [
    {
      id: "obs",
      labels: { en: "Obstacles" },
      node: "root",
      nodeOrigin: "default",
      top: 3,
      topOrigin: "spec",
    },
  ];
  return p;
}

function run(): Result {
  // The panel is region-major: region u's years at u * years + t.
  const panel: PanelData = {};
  for (const id of indicators) panel[`v_${id}`] = Float64Array.from(fx.raw[id]!.flat());
  const out = runPlanOnPanel(plan(), panel);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.result;
}

const result = run();

describe("relative development against NumPy (5 units × 4 years, three systems)", () => {
  const rel = result.relative![0]!;
  it("D, E, every E_k, the lagging system and the band", () => {
    rel.rows.forEach((row, u) => {
      for (let t = 0; t < fx.years; t++) {
        expect(row.D[t]).toBeCloseTo(fx.D[u]![t]!, 12);
        expect(row.E[t]).toBeCloseTo(fx.E[u]![t]!, 12);
        SYS.forEach((s, k) => {
          expect(row.ratios[s]![t]).toBeCloseTo(fx.Ek[k]![u]![t]!, 12);
        });
        expect(row.lagging[t]).toBe(SYS[fx.lagging[u]![t]!]);
        expect(row.level[t]).toBe(fx.band[u]![t]);
      }
    });
  });
});

describe("obstacle degree against NumPy", () => {
  const o = result.obstacles![0]!;
  it("F is the system's entropy weight × the indicator's", () => {
    indicators.forEach((id, j) => {
      for (const f of o.weights[id]!) expect(f).toBeCloseTo(fx.F[j]!, 12);
    });
  });
  it("every O, the systems' shares, and the unit at the ideal", () => {
    o.units.forEach((u, ui) => {
      for (let t = 0; t < fx.years; t++) {
        indicators.forEach((id, j) => {
          expect(u.obstacle[id]![t]).toBeCloseTo(fx.O[j]![ui]![t]!, 12);
        });
        SYS.forEach((s, k) => {
          expect(u.shares[s]![t]).toBeCloseTo(fx.shares[k]![ui]![t]!, 12);
        });
        expect(u.atIdeal[t]).toBe(fx.atIdeal[ui]![t]);
      }
    });
  });
});
