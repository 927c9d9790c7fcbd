/**
 * Relative development and obstacle degree through the engine against an independent NumPy
 * implementation of a whole study (min-max, entropy weights within each system and over the
 * systems' re-normalised indices, coupling, E by mean_of_others, F, I, O and the shares):
 * test/fixtures/relative-obstacle/make-relative-obstacle.py wrote relative-obstacle.json. Then
 * properties of the same study on random panels (fast-check).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { minimalPlan, type PlanDraft } from "@ccdc/plan";
import fc from "fast-check";
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

describe("properties on random panels (the same study)", () => {
  it("O ≥ 0 summing to 1 (0 at the ideal), shares summing to ΣO, top sorted, bands consistent", () => {
    const value = fc.double({ min: 0.01, max: 1000, noNaN: true });
    const column = fc.array(value, {
      minLength: fx.units * fx.years,
      maxLength: fx.units * fx.years,
    });
    fc.assert(
      fc.property(fc.array(column, { minLength: 6, maxLength: 6 }), (cols) => {
        const panel: PanelData = {};
        indicators.forEach((id, j) => {
          panel[`v_${id}`] = Float64Array.from(cols[j]!);
        });
        const out = runPlanOnPanel(plan(), panel);
        if (!out.ok) return; // a constant column in every unit and year is refused: not the subject here
        const o = out.result.obstacles![0]!;
        for (const u of o.units)
          for (let t = 0; t < fx.years; t++) {
            const os = indicators.map((id) => u.obstacle[id]![t]!);
            const sum = os.reduce((s, v) => s + v, 0);
            for (const v of os) expect(v).toBeGreaterThanOrEqual(0);
            expect(sum).toBeCloseTo(u.atIdeal[t] ? 0 : 1, 12);
            const shares = SYS.reduce((s, k) => s + u.shares[k]![t]!, 0);
            expect(shares).toBeCloseTo(sum, 12);
            const top = u.top[t]!.map((id) => u.obstacle[id]![t]!);
            expect(top.length).toBeLessThanOrEqual(o.top);
            for (let k = 1; k < top.length; k++) expect(top[k]!).toBeLessThanOrEqual(top[k - 1]!);
          }
        const rel = out.result.relative![0]!;
        for (const row of rel.rows)
          for (let t = 0; t < fx.years; t++) {
            const band = rel.levels.find((l) => l.level === row.level[t])!;
            expect(row.lagType[t] === "synchronous").toBe(band.synchronous);
            const e = row.E[t];
            if (e !== null && e !== undefined) {
              expect(e).toBeGreaterThanOrEqual(0);
              expect(e).toBeLessThanOrEqual(1 + 1e-12); // mean_of_others grades the lowest system
            }
          }
      }),
      { numRuns: 40 },
    );
  });
});
