/**
 * Property tests of the whole pipeline (`runPlanOnPanel`), on small random valid plans and
 * panels: region level (2–6 regions) and cluster level (the regions grouped into 2–6 clusters,
 * variables aggregated by sum or weighted mean), 1–5 years, 2–3 systems of 1–4 indicators with
 * random directions, each indicator a variable or a ratio of two variables, root and systems
 * composed flat or staged, weighted by entropy or equally, scope pooled or per_year, shift
 * from {0, 1e-4, 1e-3, 0.01, 0.1}, a within analysis over the systems and a between analysis
 * over every pair of units on the root, all three coupling forms, a ten-level scale tiling
 * [0, 1] with random closed ends.
 *
 * Data are strictly positive and exact in binary: every value is m/8 with m an integer in
 * [1, 8e6] (0.125 … 1e6), so sums and weight products over a cluster are exact and the
 * aggregated values do not depend on the order of members. Some variables are constant
 * (one value everywhere) or constant within each year, to exercise the constant-indicator
 * rule "zero" in both scopes.
 *
 * Properties: (1) the run succeeds, every number is finite, the result passes the published
 * schema; (2) range invariants; (3) invariance to the order of regions, units, members and
 * combinations; (4) invariance to a positive rescaling of a variable; (5) determinism;
 * (6) cost vs benefit; (7) each stage agrees with docs/method.md's formulas recomputed
 * independently here (stage by stage, from the previous stage's reported numbers). At the end,
 * an engine defect the generator found (a constant rate made not constant by rounding), now
 * fixed, with its minimal counterexample.
 */
import type { Expr, Plan, PlanDraft } from "@ccdc/plan";
import { checkPlan, stableStringify } from "@ccdc/plan";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serialExecutor } from "./column-executor.js";
import { checkResult, type PanelData, type Result, runPlanOnPanel } from "./index.js";
import { parallelExecutor } from "./parallel/executor.js";
import { WorkerPool } from "./parallel/pool.js";
import { runPlanOnPanelWith } from "./run.js";

/** 100 keeps the file at a few seconds; set CCDC_PROPERTY_RUNS for a longer hunt. */
const NUM_RUNS = Number(process.env.CCDC_PROPERTY_RUNS ?? 100);
/**
 * Per test: a case takes a few ms idle (one to three runs of the engine), but over 100 ms on a
 * loaded 2-core machine running the whole suite (property 4 once took 11.7 s for 100 cases), so
 * the bound is there to stop a hang, not to time the cases.
 */
const TIMEOUT = Math.max(60_000, NUM_RUNS * 300);
const FORMS = ["standard", "product_over_mean", "wang2021_modified"] as const;
type Form = (typeof FORMS)[number];

// ---------------------------------------------------------------- the generator

interface VariableSpec {
  /** "vary": every cell drawn; "const": one value everywhere; "constYear": one per year. */
  kind: "vary" | "const" | "constYear";
  cells: number[];
  /** sum, weighted mean by another variable (offset from this one), or none (region level). */
  aggregate: { kind: "sum" } | { kind: "weighted_mean"; byOffset: number } | { kind: "none" };
}

interface IndicatorSpec {
  num: number;
  /** 0: the bare variable; otherwise the denominator is variable (num + denOffset) mod V. */
  denOffset: number;
  direction: "+" | "-";
}

interface Case {
  plan: PlanDraft;
  panel: PanelData;
}

/** m/8, m in [1, 8e6]: 0.125 … 1e6, exact in binary; small values are likelier. */
const valueArb = fc
  .oneof(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 8_000_000 }))
  .map((m) => m / 8);

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

const dimsArb = fc.record({
  level: fc.constantFrom("region" as const, "cluster" as const),
  nRegions: fc.integer({ min: 2, max: 6 }),
  nYears: fc.integer({ min: 1, max: 5 }),
  nVars: fc.integer({ min: 2, max: 5 }),
  systemSizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 3 }),
});

const caseArb: fc.Arbitrary<Case> = dimsArb.chain((d) => {
  const cells = d.nRegions * d.nYears;
  const aggregateArb: fc.Arbitrary<VariableSpec["aggregate"]> = fc.oneof(
    fc.constant({ kind: "sum" as const }),
    fc
      .integer({ min: 1, max: d.nVars - 1 })
      .map((byOffset) => ({ kind: "weighted_mean" as const, byOffset })),
    ...(d.level === "region" ? [fc.constant({ kind: "none" as const })] : []),
  );
  const variableArb: fc.Arbitrary<VariableSpec> = fc.record({
    kind: fc.constantFrom("vary" as const, "vary" as const, "const" as const, "constYear" as const),
    cells: fc.array(valueArb, { minLength: cells, maxLength: cells }),
    aggregate: aggregateArb,
  });
  const indicatorArb: fc.Arbitrary<IndicatorSpec> = fc.record({
    num: fc.integer({ min: 0, max: d.nVars - 1 }),
    denOffset: fc.integer({ min: 0, max: d.nVars - 1 }),
    direction: fc.constantFrom("+" as const, "-" as const),
  });
  const nodeArb = fc.record({
    compose: fc.constantFrom("flat" as const, "staged" as const),
    weighting: fc.constantFrom("entropy" as const, "equal" as const),
  });
  return fc
    .record({
      // Cluster level: the regions in a random order, cut into consecutive groups.
      order: fc.shuffledSubarray(range(d.nRegions), {
        minLength: d.nRegions,
        maxLength: d.nRegions,
      }),
      cuts: fc.uniqueArray(fc.integer({ min: 1, max: d.nRegions - 1 }), {
        minLength: 1,
        maxLength: d.nRegions - 1,
      }),
      variables: fc.array(variableArb, { minLength: d.nVars, maxLength: d.nVars }),
      systems: fc.tuple(
        ...d.systemSizes.map((k) =>
          fc.record({
            node: nodeArb,
            indicators: fc.array(indicatorArb, { minLength: k, maxLength: k }),
          }),
        ),
      ),
      root: nodeArb,
      shift: fc.constantFrom(0, 0.0001, 0.001, 0.01, 0.1),
      scope: fc.constantFrom("pooled" as const, "per_year" as const),
      forms: fc.shuffledSubarray([...FORMS], { minLength: 3, maxLength: 3 }),
      withinBeta: fc.option(
        fc.array(fc.integer({ min: 1, max: 10 }), {
          minLength: d.systemSizes.length,
          maxLength: d.systemSizes.length,
        }),
      ),
      // Which end of each inner boundary 0.1, …, 0.9 is closed (true: the upper level's).
      boundaries: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
      firstYear: fc.integer({ min: 1990, max: 2030 }),
    })
    .map((g) => buildCase(d, g));
});

function buildCase(
  d: { level: "region" | "cluster"; nRegions: number; nYears: number; nVars: number },
  g: {
    order: number[];
    cuts: number[];
    variables: VariableSpec[];
    systems: {
      node: { compose: "flat" | "staged"; weighting: "entropy" | "equal" };
      indicators: IndicatorSpec[];
    }[];
    root: { compose: "flat" | "staged"; weighting: "entropy" | "equal" };
    shift: number;
    scope: "pooled" | "per_year";
    forms: Form[];
    withinBeta: number[] | null;
    boundaries: boolean[];
    firstYear: number;
  },
): Case {
  const { nRegions, nYears, nVars } = d;
  const years = range(nYears).map((y) => g.firstYear + y);
  const regions = range(nRegions).map((r) => ({
    id: `r${r}`,
    key: `R${r}`,
    labels: { en: `Region ${r}` },
  }));
  let units: PlanDraft["units"]["list"];
  if (d.level === "region") {
    units = regions.map((r) => ({ id: r.id, labels: { en: r.labels.en }, members: [r.id] }));
  } else {
    const cuts = [0, ...[...g.cuts].sort((a, b) => a - b), nRegions];
    units = range(cuts.length - 1).map((c) => ({
      id: `c${c}`,
      labels: { en: `Cluster ${c}` },
      members: g.order.slice(cuts[c]!, cuts[c + 1]!).map((r) => `r${r}`),
    }));
  }
  const varId = (v: number): string => `v${v}`;
  const variables = g.variables.map((spec, v) => ({
    id: varId(v),
    key: `V${v}`,
    unit: "u",
    aggregate:
      spec.aggregate.kind === "weighted_mean"
        ? { kind: "weighted_mean" as const, by: varId((v + spec.aggregate.byOffset) % nVars) }
        : { kind: spec.aggregate.kind },
    missing: { kind: "error" as const },
    missingOrigin: "default" as const,
  }));
  const panel: PanelData = {};
  g.variables.forEach((spec, v) => {
    const col = new Float64Array(nRegions * nYears);
    for (let r = 0; r < nRegions; r++) {
      for (let y = 0; y < nYears; y++) {
        const i = r * nYears + y;
        col[i] =
          spec.kind === "vary"
            ? spec.cells[i]!
            : spec.kind === "const"
              ? spec.cells[0]!
              : spec.cells[y]!;
      }
    }
    panel[varId(v)] = col;
  });

  const indicators: PlanDraft["indicators"][number][] = [];
  const nodes: PlanDraft["nodes"][number][] = [];
  const systemIds = g.systems.map((_, s) => `s${s}`);
  g.systems.forEach((sys, s) => {
    sys.indicators.forEach((ind, j) => {
      const num = varId(ind.num);
      const den = ind.denOffset === 0 ? undefined : varId((ind.num + ind.denOffset) % nVars);
      const expr: Expr =
        den === undefined
          ? { kind: "var", variable: num }
          : {
              kind: "binary",
              op: "/",
              left: { kind: "var", variable: num },
              right: { kind: "var", variable: den },
            };
      indicators.push({
        id: `i${s}_${j}`,
        labels: { en: `Indicator ${s}.${j}` },
        parent: systemIds[s]!,
        direction: ind.direction,
        unit: "u",
        expr,
        exprText: den === undefined ? num : `${num} / ${den}`,
      });
    });
  });
  const leavesOf = (s: number): string[] => g.systems[s]!.indicators.map((_, j) => `i${s}_${j}`);
  nodes.push({
    id: "root",
    labels: { en: "Root" },
    parent: null,
    role: "root",
    children: systemIds,
    leaves: g.systems.flatMap((_, s) => leavesOf(s)),
    compose: { kind: g.root.compose },
    composeOrigin: "spec",
    weighting: { kind: g.root.weighting },
    weightingOrigin: "spec",
  });
  g.systems.forEach((sys, s) => {
    nodes.push({
      id: systemIds[s]!,
      labels: { en: `System ${s}` },
      parent: "root",
      role: "system",
      children: leavesOf(s),
      leaves: leavesOf(s),
      compose: { kind: sys.node.compose },
      composeOrigin: "spec",
      weighting: { kind: sys.node.weighting },
      weightingOrigin: "spec",
    });
  });

  const levels = range(10).map((k) => ({
    level: k + 1,
    lower: k / 10,
    upper: (k + 1) / 10,
    lowerClosed: k === 0 ? true : g.boundaries[k - 1]!,
    upperClosed: k === 9 ? true : !g.boundaries[k]!,
    labels: { en: `level ${k + 1}` },
  }));
  const unitIds = units.map((u) => u.id);
  const pairs: string[][] = [];
  for (let a = 0; a < unitIds.length; a++)
    for (let b = a + 1; b < unitIds.length; b++) pairs.push([unitIds[a]!, unitIds[b]!]);
  const betaTotal = g.withinBeta?.reduce((a, b) => a + b, 0) ?? 1;

  const plan: PlanDraft = {
    planVersion: 1,
    study: {
      id: "prop",
      title: "Property case",
      period: { from: years[0]!, to: years[nYears - 1]! },
      years,
      notes: [],
      citations: [],
    },
    sources: [
      {
        id: "data",
        path: "data.csv",
        format: "csv",
        layout: { kind: "wide", region: "region", year: "year" },
        variables,
      },
    ],
    regions,
    units: { level: d.level, list: units },
    nodes,
    indicators,
    method: {
      normalization: {
        kind: "minmax",
        shift: g.shift,
        scope: g.scope,
        origin: { shift: "spec", scope: "spec" },
      },
      constantIndicator: { rule: "zero", origin: "default" },
    },
    scales: [{ id: "ten", labels: { en: "Ten levels" }, levels }],
    analyses: [
      {
        id: "within_systems",
        labels: { en: "Within" },
        kind: "within",
        systems: systemIds,
        units: unitIds,
        forms: [...g.forms],
        formOrigin: "spec",
        beta: g.withinBeta === null ? "equal" : g.withinBeta.map((b) => b / betaTotal),
        betaOrigin: g.withinBeta === null ? "default" : "spec",
        scale: "ten",
      },
      {
        id: "between_root",
        labels: { en: "Between" },
        kind: "between",
        nodes: ["root"],
        combinations: pairs,
        forms: [...g.forms],
        formOrigin: "spec",
        beta: "equal",
        betaOrigin: "default",
        scale: "ten",
      },
    ],
    sourceMap: {},
  };
  return { plan, panel };
}

// ---------------------------------------------------------------- helpers

function run(plan: Plan, panel: PanelData): Result {
  const out = runPlanOnPanel(plan, panel);
  if (!out.ok) {
    throw new Error(
      `run failed: ${out.errors.map((e) => `${e.code} ${e.message}`).join("; ")}\n${stableStringify(plan)}`,
    );
  }
  return out.result;
}

/** Every non-finite number in a JSON-shaped value, by path. */
function nonFinite(value: unknown, path = ""): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}/${i}`));
  if (typeof value === "object" && value !== null)
    return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}/${k}`));
  if (value === null || typeof value === "string" || typeof value === "boolean") return [];
  return [`${path}: unexpected ${typeof value}`];
}

/** |a − b| ≤ tol · max(1, |a|, |b|). */
function close(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
}

function expectClose(a: number, b: number, tol: number, what: string): void {
  if (!close(a, b, tol))
    expect.fail(`${what}: ${a} vs ${b} (|Δ| = ${Math.abs(a - b)}, tol ${tol})`);
}

function expectIn(v: number, lo: number, hi: number, what: string): void {
  if (!(v >= lo && v <= hi)) expect.fail(`${what} = ${v} is outside [${lo}, ${hi}]`);
}

/** The observation slices of the scope: pooled, one slice of every unit-year; per_year, one per year. */
function scopeSlices(
  scope: Plan["method"]["normalization"]["scope"],
  byUnit: Record<string, number[]>,
  unitIds: string[],
  nYears: number,
): number[][] {
  if (scope === "pooled") return [unitIds.flatMap((u) => byUnit[u]!)];
  return range(nYears).map((y) => unitIds.map((u) => byUnit[u]![y]!));
}

/**
 * False when some column that goes into min-max is nearly but not exactly constant in a
 * slice of the scope: its relative spread lies in (0, 1e-6). There min-max divides rounding
 * differences of a few ulps by a spread of the same order, so two computations that agree to
 * the last bits in exact arithmetic (another order of summation, a rescaled input) may
 * normalise to very different values: the comparison properties (3, 4) are stated for
 * well-conditioned inputs only (fc.pre skips the rest: about 3 % of cases). The columns
 * checked are every indicator's derived values and every input of a staged node (a child
 * node's index, a child indicator's normalised value). A column that is constant in exact
 * arithmetic but not in floating point (spread ≤ 1e-12 relative) is constant by docs/method.md §2:
 * see the finding at the end.
 */
function wellConditioned(plan: Plan, result: Result): boolean {
  const unitIds = result.units.map((u) => u.id);
  const nYears = result.years.length;
  const { scope } = plan.method.normalization;
  const ok = (byUnit: Record<string, number[]>): boolean =>
    scopeSlices(scope, byUnit, unitIds, nYears).every((xs) => {
      const max = Math.max(...xs);
      const min = Math.min(...xs);
      const spread = max - min;
      return spread === 0 || spread > 1e-6 * Math.max(Math.abs(max), Math.abs(min));
    });
  const columns: Record<string, number[]>[] = result.indicators.map((i) => i.values);
  for (const node of plan.nodes) {
    if (node.compose.kind !== "staged") continue;
    for (const c of node.children) {
      const child = result.nodes.find((n) => n.id === c);
      columns.push(child ? child.index : result.indicators.find((i) => i.id === c)!.normalized);
    }
  }
  return columns.every(ok);
}

/** Panel and plan with the regions, units, members, and combinations in another order. */
function permuteCase(
  c: Case,
  regionOrder: number[],
  unitOrder: number[],
  memberRotations: number[],
  comboOrder: number[],
  comboFlips: boolean[],
): Case {
  const plan = structuredClone(c.plan);
  const nYears = plan.study.years.length;
  plan.regions = regionOrder.map((r) => c.plan.regions[r]!);
  plan.units.list = unitOrder.map((u, k) => {
    const unit = structuredClone(c.plan.units.list[u]!);
    // Rotate the members by a random amount (a cyclic shift is enough to change the order).
    const m = unit.members;
    const s = (memberRotations[k] ?? 0) % m.length;
    unit.members = [...m.slice(s), ...m.slice(0, s)];
    return unit;
  });
  const within = plan.analyses[0]!;
  if (within.kind === "within") within.units = plan.units.list.map((u) => u.id);
  const between = plan.analyses[1]!;
  if (between.kind === "between") {
    const combos = c.plan.analyses[1]!.kind === "between" ? c.plan.analyses[1]!.combinations : [];
    between.combinations = comboOrder.map((i, k) => {
      const combo = [...combos[i]!];
      return comboFlips[k] ? combo.reverse() : combo;
    });
  }
  const panel: PanelData = {};
  for (const [id, col] of Object.entries(c.panel)) {
    const out = new Float64Array(col.length);
    regionOrder.forEach((r, k) => {
      out.set(col.subarray(r * nYears, (r + 1) * nYears), k * nYears);
    });
    panel[id] = out;
  }
  return { plan, panel };
}

const rowKey = (r: Result["coupling"][number]): string =>
  `${r.analysis}|${r.form}|${[...r.units].sort().join(",")}|${r.systems.join(",")}`;

/**
 * Compares two results unit by unit, id by id, row by row (rows keyed by analysis, form, the
 * sorted units and the systems). `rawFactor` gives, per indicator, the factor its derived
 * values are expected to change by (1 unless rescaled).
 */
function expectSameResults(
  a: Result,
  b: Result,
  tol: number,
  rawFactor: (indicatorId: string) => number = () => 1,
): void {
  const unitIds = a.units.map((u) => u.id).sort();
  expect(b.units.map((u) => u.id).sort()).toEqual(unitIds);
  const cmpByUnit = (
    x: Record<string, number[]>,
    y: Record<string, number[]>,
    what: string,
    factor = 1,
  ): void => {
    for (const u of unitIds) {
      const xs = x[u]!;
      const ys = y[u]!;
      expect(ys.length).toBe(xs.length);
      xs.forEach((v, i) => {
        expectClose(v * factor, ys[i]!, tol, `${what} ${u} [${i}]`);
      });
    }
  };
  a.indicators.forEach((ind, i) => {
    const other = b.indicators[i]!;
    expect(other.id).toBe(ind.id);
    cmpByUnit(ind.values, other.values, `indicator ${ind.id} values`, rawFactor(ind.id));
    cmpByUnit(ind.normalized, other.normalized, `indicator ${ind.id} normalized`);
  });
  a.nodes.forEach((node, i) => {
    const other = b.nodes[i]!;
    expect(other.id).toBe(node.id);
    expect(Object.keys(other.weights).sort()).toEqual(Object.keys(node.weights).sort());
    for (const [id, w] of Object.entries(node.weights))
      expectClose(w, other.weights[id]!, tol, `node ${node.id} weight ${id}`);
    for (const [id, ws] of Object.entries(node.weightsByYear ?? {}))
      ws.forEach((w, y) => {
        expectClose(w, other.weightsByYear![id]![y]!, tol, `node ${node.id} weight ${id} [${y}]`);
      });
    cmpByUnit(node.index, other.index, `node ${node.id} index`);
    /*
     * Growth (S_last/S_first)^(1/(years − 1)) − 1 is compared where both indices are ≥ 1e-4:
     * near S_first = 0 it blows up (and is null at 0), and for three years or more the root
     * makes it non-Lipschitz at S_last = 0, so an absolute difference of 1e-11 in a tiny index
     * (well within the tolerance for indices) can move it by 1e-8. Such indices only occur
     * with shift 0. Property 7 checks the formula itself on every unit.
     */
    for (const u of unitIds) {
      const xs = node.index[u]!;
      const g = a.growth[node.id]![u]!;
      const h = b.growth[node.id]![u]!;
      if (!(xs[0]! >= 1e-4 && xs[xs.length - 1]! >= 1e-4)) continue;
      if (g === null || h === null) expect(h).toBe(g);
      else expectClose(g, h, tol, `growth ${node.id} ${u}`);
    }
  });
  const indexOf = new Map(a.nodes.map((n) => [n.id, n.index] as const));
  const rows = new Map(b.coupling.map((r) => [rowKey(r), r] as const));
  expect(rows.size).toBe(a.coupling.length);
  for (const r of a.coupling) {
    const other = rows.get(rowKey(r));
    expect(other, rowKey(r)).toBeDefined();
    /*
     * C and D are roots of the indices, and a root is not Lipschitz at 0: a difference δ of a
     * few ulps in the indices (another order of summation, a rescaled input) moves √δ by
     * about 1e-8. Where that can happen a power of C and D that is Lipschitz in the indices is
     * compared instead, so the check stays at 1e-9 without false alarms:
     * - any form, an index below 5e-5 (only with shift 0): every form is a 1/n-th or 1/(n−1)-th
     *   root of a product of indices, so C^(2n) and D^(4n) = C^(2n)·T^(2n) are compared;
     * - wang2021_modified: C = √(balance · evenness), and balance = 1 − Σ|U_i − U_j|/pairs is 0
     *   when two indices are s and 1 + s, so C² and D⁴ = C²·T² are compared.
     * The rounding differences themselves are real and tiny; the roots amplify them. This is
     * the formulas' conditioning, not an error of the engine.
     */
    const n = r.units.length === 1 ? r.systems.length : r.units.length;
    r.years.forEach((_, y) => {
      const S =
        r.units.length === 1
          ? r.systems.map((id) => indexOf.get(id)![r.units[0]!]![y]!)
          : r.units.map((u) => indexOf.get(r.systems[0]!)![u]![y]!);
      const tiny = Math.min(...S) < 5e-5;
      const pc = tiny ? 2 * n : r.form === "wang2021_modified" ? 2 : 1;
      const p = { C: pc, T: 1, D: pc === 1 ? 1 : 2 * pc };
      for (const k of ["C", "T", "D"] as const) {
        const v = r[k][y]!;
        const w = other![k][y]!;
        expectClose(v ** p[k], w ** p[k], tol, `${rowKey(r)} ${k}^${p[k]} [${y}]`);
      }
    });
  }
}

// ---------------------------------------------------------------- an independent reference

/**
 * docs/method.md §2's constant slice: max − min ≤ 1e-12 · max(|max|, |min|) (max = min included).
 */
function isConstant(xs: number[]): boolean {
  const max = Math.max(...xs);
  const min = Math.min(...xs);
  return max - min <= 1e-12 * Math.max(Math.abs(max), Math.abs(min));
}

/** Min-max with shift over one slice (docs/method.md §2); a constant slice gives the shift. */
function refMinMax(xs: number[], direction: "+" | "-", shift: number): number[] {
  const max = Math.max(...xs);
  const min = Math.min(...xs);
  if (isConstant(xs)) return xs.map(() => shift);
  return xs.map(
    (x) => (direction === "+" ? (x - min) / (max - min) : (max - x) / (max - min)) + shift,
  );
}

/** Entropy weights over columns of one slice (docs/method.md §3), plain sums. */
function refEntropy(columns: number[][]): number[] {
  const m = columns[0]!.length;
  const d = columns.map((col) => {
    const total = col.reduce((a, b) => a + b, 0);
    if (m <= 1 || total === 0 || col.every((v) => v === col[0])) return 0;
    let e = 0;
    for (const v of col) {
      const p = v / total;
      if (p > 0) e -= p * Math.log(p);
    }
    return 1 - Math.min(1, Math.max(0, e / Math.log(m)));
  });
  const sum = d.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return columns.map(() => 1 / columns.length);
  return d.map((x) => x / sum);
}

/** C by the three formulas of docs/method.md §5, with direct products (n ≤ 3, S ≥ 0). */
function refCoupling(form: Form, s: number[]): number {
  const n = s.length;
  if (s.some((v) => v === 0)) return 0;
  const prod = s.reduce((a, b) => a * b, 1);
  const mean = s.reduce((a, b) => a + b, 0) / n;
  if (form === "standard") return (prod / mean ** n) ** (1 / n);
  if (form === "product_over_mean") return (prod / mean) ** (1 / n);
  const max = Math.max(...s);
  let diffs = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) diffs += Math.abs(s[i]! - s[j]!);
  const pairs = (n * (n - 1)) / 2;
  // The balance 1 − Σ|ΔU|/pairs is ≥ 0 in exact arithmetic (the indices span at most 1), but
  // can round to −1e-16 when two indices are s and 1 + s: read that as 0, as the kernel does.
  const balance = Math.max(0, 1 - diffs / pairs);
  return Math.sqrt(balance * (prod / max ** n) ** (1 / (n - 1)));
}

// ---------------------------------------------------------------- the properties

describe("pipeline properties (fast-check, random plans and panels)", () => {
  it(
    "generates valid plans (schema) that cover both levels, both scopes and constant columns",
    () => {
      const seen = new Set<string>();
      fc.assert(
        fc.property(caseArb, ({ plan }) => {
          const check = checkPlan(plan);
          if (!check.ok) expect.fail(check.errors.join("\n"));
          seen.add(plan.units.level);
          seen.add(plan.method.normalization.scope);
          for (const n of plan.nodes) seen.add(`${n.compose.kind}/${n.weighting.kind}`);
        }),
        { numRuns: NUM_RUNS },
      );
      for (const k of ["region", "cluster", "pooled", "per_year", "flat/entropy", "staged/equal"])
        expect(seen).toContain(k);
    },
    TIMEOUT,
  );

  it(
    "1. the run succeeds, every number is finite, the result fits its schema, the panel is untouched",
    () => {
      fc.assert(
        fc.property(caseArb, ({ plan, panel }) => {
          const before = Object.fromEntries(
            Object.entries(panel).map(([k, v]) => [k, Array.from(v)] as const),
          );
          const out = runPlanOnPanel(plan, panel);
          if (!out.ok) expect.fail(out.errors.map((e) => `${e.code} ${e.message}`).join("\n"));
          expect(nonFinite(out.result)).toEqual([]);
          const check = checkResult(out.result);
          if (!check.ok) expect.fail(check.errors.join("\n"));
          for (const [k, v] of Object.entries(panel)) expect(Array.from(v)).toEqual(before[k]);
          // No errors, so the only warnings are the documented ones.
          for (const w of out.result.warnings)
            expect(["W0301", "W0302", "W0303", "W0304", "W0401", "W0501", "W0502"]).toContain(
              w.code,
            );
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "2. weights, normalised values, indices, C, T and D stay in their ranges; D is graded by its interval",
    () => {
      fc.assert(
        fc.property(caseArb, ({ plan, panel }) => {
          const r = run(plan, panel);
          const s = plan.method.normalization.shift;
          const eps = 1e-12;
          for (const node of r.nodes) {
            const ws = Object.values(node.weights);
            for (const w of ws) expect(w).toBeGreaterThanOrEqual(0);
            expectClose(
              ws.reduce((a, b) => a + b, 0),
              1,
              1e-9,
              `node ${node.id} Σw`,
            );
            for (const y of r.years.keys()) {
              const wy = Object.values(node.weightsByYear ?? {}).map((byYear) => byYear[y]!);
              if (wy.length === 0) continue;
              for (const w of wy) expect(w).toBeGreaterThanOrEqual(0);
              expectClose(
                wy.reduce((a, b) => a + b, 0),
                1,
                1e-9,
                `node ${node.id} Σw [${y}]`,
              );
            }
            // S = Σ w_j y'_j with y'_j ∈ [s, 1 + s] and Σ w = 1, so S ∈ [s, 1 + s] (a tighter
            // bound than [0, 1 + s]), up to the rounding of the weighted sum.
            for (const [u, xs] of Object.entries(node.index))
              xs.forEach((v, y) => {
                expectIn(v, s - eps, 1 + s + eps, `node ${node.id} ${u} [${y}]`);
              });
          }
          // min-max gives x' ∈ [0, 1] exactly (documented in kernels/normalize.ts), so y' ∈ [s, 1 + s].
          for (const ind of r.indicators)
            for (const [u, xs] of Object.entries(ind.normalized))
              xs.forEach((v, y) => {
                expectIn(v, s, 1 + s, `indicator ${ind.id} ${u} [${y}]`);
              });

          const index = new Map(r.nodes.map((n) => [n.id, n.index] as const));
          const scale = plan.scales[0]!.levels;
          for (const row of r.coupling) {
            // The coupled indices S_k of the row (systems of one unit, or units on one node).
            const n = row.units.length === 1 ? row.systems.length : row.units.length;
            const sOf = (y: number): number[] =>
              row.units.length === 1
                ? row.systems.map((id) => index.get(id)![row.units[0]!]![y]!)
                : row.units.map((u) => index.get(row.systems[0]!)![u]![y]!);
            /*
             * The bounds, for S_k ∈ [s, 1 + s] (shown above):
             * - standard C = GM/AM ≤ 1 (AM–GM); wang2021_modified C = √(balance · evenness), both
             *   factors ≤ 1, so C ≤ 1 for both whatever the shift;
             * - product_over_mean C = (Π S / mean S)^(1/n): Π S ≤ min S · (1 + s)^(n−1) and
             *   mean S ≥ min S, so C ≤ (1 + s)^((n−1)/n) < 1 + s. It exceeds 1 when every
             *   S_k is near 1 + s.
             * - T = Σ β_k S_k is a convex combination of the S_k, so T ∈ [min S, max S] ⊂ [s, 1 + s].
             * - D = √(C·T) ≤ √(C_max · (1 + s)): √(1 + s) ≈ 1 + s/2 for the first two forms,
             *   (1 + s)^((2n−1)/(2n)) for product_over_mean; either way D ≤ 1 + s. So T and D
             *   can exceed the top of the [0, 1] scale only because indices reach 1 + s.
             */
            const cMax = row.form === "product_over_mean" ? (1 + s) ** ((n - 1) / n) : 1;
            row.years.forEach((_, y) => {
              const S = sOf(y);
              const C = row.C[y]!;
              const T = row.T[y]!;
              const D = row.D[y]!;
              const what = `${rowKey(row)} [${y}]`;
              expectIn(C, 0, cMax + eps, `${what} C`);
              expectIn(T, Math.min(...S) - eps, Math.max(...S) + eps, `${what} T`);
              expectIn(D, 0, Math.sqrt(cMax * (1 + s)) + eps, `${what} D`);
              expectIn(D, 0, 1 + s, `${what} D`);
              expectClose(D * D, C * T, 1e-12, `${what} D² = C·T`);
              // Grading: D lies in its level's interval, or above 1 at the top level.
              const lv = scale.find((l) => l.level === row.level[y])!;
              const inside =
                (D > lv.lower || (lv.lowerClosed && D === lv.lower)) &&
                (D < lv.upper || (lv.upperClosed && D === lv.upper));
              expect(
                inside || (D > 1 && lv.level === 10),
                `${what} D = ${D} level ${lv.level}`,
              ).toBe(true);
            });
          }
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "3. the order of regions, units, cluster members and between combinations does not matter",
    () => {
      const permutationArb = caseArb.chain((c) => {
        const nR = c.plan.regions.length;
        const nU = c.plan.units.list.length;
        const between = c.plan.analyses[1]!;
        const nC = between.kind === "between" ? between.combinations.length : 0;
        const perm = (n: number) => fc.shuffledSubarray(range(n), { minLength: n, maxLength: n });
        return fc.tuple(
          fc.constant(c),
          perm(nR),
          perm(nU),
          fc.array(fc.nat(5), { minLength: nU, maxLength: nU }),
          perm(nC),
          fc.array(fc.boolean(), { minLength: nC, maxLength: nC }),
        );
      });
      fc.assert(
        fc.property(permutationArb, ([c, regionOrder, unitOrder, shifts, comboOrder, flips]) => {
          /*
           * The between rows are keyed by their sorted unit ids: every form's C is symmetric in
           * the coupled indices, and with β "equal" so is T, so a combination written (b, a)
           * is the same row as (a, b). The permuted plan also reverses some combinations and
           * reorders the list, which the engine must follow (rows come in plan order).
           */
          const a = run(c.plan, c.panel);
          const p = permuteCase(c, regionOrder, unitOrder, shifts, comboOrder, flips);
          const b = run(p.plan, p.panel);
          fc.pre(wellConditioned(c.plan, a) && wellConditioned(p.plan, b));
          expectSameResults(a, b, 1e-9);
          // Rows follow the permuted plan's order of units and combinations.
          const within = b.coupling.filter((r) => r.analysis === "within_systems");
          const units = p.plan.units.list.map((u) => u.id);
          expect(within.slice(0, units.length).map((r) => r.units[0])).toEqual(units);
          const between = b.coupling.filter((r) => r.analysis === "between_root");
          const combos =
            p.plan.analyses[1]!.kind === "between" ? p.plan.analyses[1]!.combinations : [];
          expect(between.slice(0, combos.length).map((r) => r.units)).toEqual(combos);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "4. rescaling a variable by k > 0 changes the derived values by k or 1/k and nothing else",
    () => {
      const rescaleArb = caseArb.chain((c) => {
        const used = [
          ...new Set(
            c.plan.indicators.flatMap((ind) =>
              ind.expr.kind === "var"
                ? [ind.expr.variable]
                : ind.expr.kind === "binary" &&
                    ind.expr.left.kind === "var" &&
                    ind.expr.right.kind === "var"
                  ? [ind.expr.left.variable, ind.expr.right.variable]
                  : [],
            ),
          ),
        ];
        return fc.tuple(
          fc.constant(c),
          fc.constantFrom(...used),
          fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        );
      });
      fc.assert(
        fc.property(rescaleArb, ([c, variable, k]) => {
          /*
           * x → k·x: a sum over a cluster scales by k, a mean weighted by x is unchanged (k
           * cancels), a mean of x weighted by another variable scales by k; so an indicator
           * x (or x / y) scales by k, y / x by 1/k, others not at all. Min-max is scale-free
           * ((k·x − k·min)/(k·max − k·min) = x'), and everything after it reads only x'.
           */
          const panel = { ...c.panel, [variable]: c.panel[variable]!.map((v) => v * k) };
          const a = run(c.plan, c.panel);
          const b = run(c.plan, panel);
          fc.pre(wellConditioned(c.plan, a) && wellConditioned(c.plan, b));
          const factor = new Map(
            c.plan.indicators.map((ind) => {
              const e = ind.expr;
              if (e.kind === "var") return [ind.id, e.variable === variable ? k : 1] as const;
              if (e.kind === "binary" && e.left.kind === "var" && e.right.kind === "var") {
                const f =
                  (e.left.variable === variable ? k : 1) / (e.right.variable === variable ? k : 1);
                return [ind.id, f] as const;
              }
              throw new Error("unexpected expression");
            }),
          );
          expectSameResults(a, b, 1e-9, (id) => factor.get(id)!);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "5. the same plan and panel give byte-identical results (stableStringify)",
    () => {
      fc.assert(
        fc.property(caseArb, ({ plan, panel }) => {
          const first = stableStringify(run(plan, panel));
          expect(stableStringify(run(plan, panel))).toBe(first);
          // And on deep copies: nothing depends on object identity or on state left by a run.
          const copy = Object.fromEntries(Object.entries(panel).map(([k, v]) => [k, v.slice()]));
          expect(stableStringify(run(structuredClone(plan), copy))).toBe(first);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "6. flipping an indicator's direction maps its normalised values v → (1 + 2s) − v",
    () => {
      const flipArb = caseArb.chain((c) =>
        fc.tuple(fc.constant(c), fc.integer({ min: 0, max: c.plan.indicators.length - 1 })),
      );
      fc.assert(
        fc.property(flipArb, ([c, i]) => {
          /*
           * Benefit: v = (x − min)/(max − min) + s; cost: v' = (max − x)/(max − min) + s.
           * v + v' = (max − min)/(max − min) + 2s = 1 + 2s, so v' = (1 + 2s) − v, within the
           * rounding of two divisions. A constant slice (docs/method.md §2: max − min within 1e-12 of
           * max(|max|, |min|), max = min included) gives s in both directions
           * (the rule "zero"), not 1 + s: there v' = v = s.
           */
          const flipped = structuredClone(c.plan);
          const ind = flipped.indicators[i]!;
          ind.direction = ind.direction === "+" ? "-" : "+";
          const a = run(c.plan, c.panel);
          const b = run(flipped, c.panel);
          const s = c.plan.method.normalization.shift;
          const unitIds = a.units.map((u) => u.id);
          const nYears = a.years.length;
          const slicesOf = (byUnit: Record<string, number[]>) =>
            scopeSlices(c.plan.method.normalization.scope, byUnit, unitIds, nYears);
          const raw = slicesOf(a.indicators[i]!.values);
          const va = slicesOf(a.indicators[i]!.normalized);
          const vb = slicesOf(b.indicators[i]!.normalized);
          raw.forEach((xs, k) => {
            const constant = isConstant(xs);
            xs.forEach((_, j) => {
              const v = va[k]![j]!;
              const w = vb[k]![j]!;
              if (constant) {
                expect(v).toBe(s);
                expect(w).toBe(s);
              } else expectClose(v + w, 1 + 2 * s, 1e-12, `indicator ${ind.id} slice ${k} [${j}]`);
            });
          });
          // The other indicators are untouched, to the bit.
          a.indicators.forEach((other, j) => {
            if (j !== i) expect(b.indicators[j]!.normalized).toEqual(other.normalized);
          });
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "7. each stage agrees with docs/method.md's formulas, recomputed from the previous stage's numbers",
    () => {
      fc.assert(
        fc.property(caseArb, ({ plan, panel }) => {
          const r = run(plan, panel);
          const { shift: s, scope } = plan.method.normalization;
          const years = plan.study.years;
          const nYears = years.length;
          const unitIds = plan.units.list.map((u) => u.id);
          const regionIndex = new Map(plan.regions.map((reg, i) => [reg.id, i] as const));
          const variables = new Map(plan.sources[0]!.variables.map((v) => [v.id, v] as const));

          // Aggregation (docs/method.md §1.3) and derivation (§1.4): sums and weight products are
          // exact on these data, so a cluster's values do not depend on the order of members.
          const unitValue = (id: string, unit: number, y: number): number => {
            const members = plan.units.list[unit]!.members.map((m) => regionIndex.get(m)!);
            const at = (v: string, m: number): number => panel[v]![m * nYears + y]!;
            if (members.length === 1) return at(id, members[0]!);
            const agg = variables.get(id)!.aggregate;
            if (agg.kind === "sum") return members.reduce((t, m) => t + at(id, m), 0);
            if (agg.kind === "weighted_mean") {
              const num = members.reduce((t, m) => t + at(id, m) * at(agg.by, m), 0);
              return num / members.reduce((t, m) => t + at(agg.by, m), 0);
            }
            throw new Error("aggregate none on a cluster");
          };
          const evaluate = (e: Expr, u: number, y: number): number => {
            if (e.kind === "var") return unitValue(e.variable, u, y);
            if (e.kind === "binary" && e.op === "/")
              return evaluate(e.left, u, y) / evaluate(e.right, u, y);
            throw new Error("unexpected expression");
          };
          const byId = new Map(r.indicators.map((ind) => [ind.id, ind] as const));
          for (const ind of plan.indicators) {
            const got = byId.get(ind.id)!;
            unitIds.forEach((u, ui) => {
              years.forEach((_, y) => {
                expectClose(
                  got.values[u]![y]!,
                  evaluate(ind.expr, ui, y),
                  1e-12,
                  `${ind.id} ${u} [${y}] value`,
                );
              });
            });
          }

          // Normalisation (§2) in the scope, from the reported values.
          const normalizeScoped = (byUnit: Record<string, number[]>, direction: "+" | "-") => {
            const out: Record<string, number[]> = Object.fromEntries(
              unitIds.map((u) => [u, new Array<number>(nYears)]),
            );
            if (scope === "pooled") {
              const v = refMinMax(
                unitIds.flatMap((u) => byUnit[u]!),
                direction,
                s,
              );
              unitIds.forEach((u, ui) => {
                for (let y = 0; y < nYears; y++) out[u]![y] = v[ui * nYears + y]!;
              });
            } else {
              for (let y = 0; y < nYears; y++) {
                const v = refMinMax(
                  unitIds.map((u) => byUnit[u]![y]!),
                  direction,
                  s,
                );
                unitIds.forEach((u, ui) => {
                  out[u]![y] = v[ui]!;
                });
              }
            }
            return out;
          };
          for (const ind of plan.indicators) {
            const got = byId.get(ind.id)!;
            const want = normalizeScoped(got.values, ind.direction);
            for (const u of unitIds)
              want[u]!.forEach((v, y) => {
                expectClose(got.normalized[u]![y]!, v, 1e-12, `${ind.id} ${u} [${y}] normalized`);
              });
          }

          // Weights (§3) and indices (§4, eq. 3), node by node, from the reported inputs.
          const nodes = new Map(r.nodes.map((n) => [n.id, n] as const));
          for (const node of plan.nodes) {
            const got = nodes.get(node.id)!;
            const ids = node.compose.kind === "flat" ? node.leaves : node.children;
            expect(Object.keys(got.weights)).toEqual(ids);
            const inputs = ids.map((id) => {
              if (node.compose.kind === "flat") return byId.get(id)!.normalized;
              const child = nodes.get(id);
              return normalizeScoped(child ? child.index : byId.get(id)!.normalized, "+");
            });
            // Weights of year y (pooled: the same every year).
            const weightsOf = (y: number): number[] =>
              ids.map((id) =>
                scope === "pooled" ? got.weights[id]! : got.weightsByYear![id]![y]!,
              );
            if (node.weighting.kind === "equal") {
              for (const id of ids)
                expectClose(got.weights[id]!, 1 / ids.length, 1e-15, `${node.id} equal`);
            } else if (scope === "pooled") {
              const want = refEntropy(inputs.map((col) => unitIds.flatMap((u) => col[u]!)));
              ids.forEach((id, j) => {
                expectClose(got.weights[id]!, want[j]!, 1e-9, `${node.id} w ${id}`);
              });
            } else {
              const mean = ids.map(() => 0);
              for (let y = 0; y < nYears; y++) {
                const want = refEntropy(inputs.map((col) => unitIds.map((u) => col[u]![y]!)));
                ids.forEach((id, j) => {
                  expectClose(
                    got.weightsByYear![id]![y]!,
                    want[j]!,
                    1e-9,
                    `${node.id} w ${id} [${y}]`,
                  );
                  mean[j]! += want[j]! / nYears;
                });
              }
              ids.forEach((id, j) => {
                expectClose(got.weights[id]!, mean[j]!, 1e-9, `${node.id} mean w ${id}`);
              });
            }
            for (const u of unitIds) {
              for (let y = 0; y < nYears; y++) {
                const w = weightsOf(y);
                const want = inputs.reduce((t, col, j) => t + w[j]! * col[u]![y]!, 0);
                expectClose(got.index[u]![y]!, want, 1e-12, `${node.id} ${u} [${y}] index`);
              }
              // Growth (§7).
              const g = r.growth[node.id]![u]!;
              const first = got.index[u]![0]!;
              if (nYears < 2 || !(first > 0)) expect(g).toBeNull();
              else {
                const want = (got.index[u]![nYears - 1]! / first) ** (1 / (nYears - 1)) - 1;
                expect(g).not.toBeNull();
                expectClose(g!, want, 1e-12, `${node.id} ${u} growth`);
              }
            }
          }

          // Coupling (§5), from the reported indices.
          for (const row of r.coupling) {
            const analysis = plan.analyses.find((a) => a.id === row.analysis)!;
            row.years.forEach((_, y) => {
              const S =
                analysis.kind === "within"
                  ? row.systems.map((id) => nodes.get(id)!.index[row.units[0]!]![y]!)
                  : row.units.map((u) => nodes.get(row.systems[0]!)!.index[u]![y]!);
              const beta = analysis.beta === "equal" ? S.map(() => 1 / S.length) : analysis.beta;
              const C = refCoupling(row.form, S);
              const T = S.reduce((t, v, k) => t + beta[k]! * v, 0);
              const what = `${rowKey(row)} [${y}]`;
              expectClose(row.C[y]!, C, 1e-12, `${what} C`);
              expectClose(row.T[y]!, T, 1e-12, `${what} T`);
              expectClose(row.D[y]!, Math.sqrt(C * T), 1e-12, `${what} D`);
            });
          }
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );
});

// ---------------------------------------------------------------- a finding, fixed

/**
 * A case at cluster level, one year, shift 0.0001, pooled: variable v0 is a rate with the
 * same value in every region, aggregated as a mean weighted by v1; v1 (the weights) is summed.
 * Two systems, each of the indicators v0 and v1, entropy weights. The first `split` regions
 * form cluster c0, the others c1.
 */
function constantRateCase(rate: number, weights: number[], split: number): Case {
  return buildCase(
    { level: "cluster", nRegions: weights.length, nYears: 1, nVars: 2 },
    {
      order: range(weights.length),
      cuts: [split],
      variables: [
        {
          kind: "const",
          cells: [rate, ...weights.slice(1)],
          aggregate: { kind: "weighted_mean", byOffset: 1 },
        },
        { kind: "vary", cells: weights, aggregate: { kind: "sum" } },
      ],
      systems: [0, 1].map(() => ({
        node: { compose: "flat" as const, weighting: "entropy" as const },
        indicators: [
          { num: 0, denOffset: 0, direction: "+" as const },
          { num: 1, denOffset: 0, direction: "+" as const },
        ],
      })),
      root: { compose: "flat", weighting: "entropy" },
      shift: 0.0001,
      scope: "pooled",
      forms: ["standard"],
      withinBeta: null,
      boundaries: range(9).map(() => false),
      firstYear: 2020,
    },
  );
}

describe("a constant rate aggregated by a (weighted) mean is recognised as constant", () => {
  /*
   * A rate with the same value c in every region, aggregated to clusters as a mean weighted
   * by population, is constant: Σ c·w / Σ w = c. docs/method.md §2: a constant indicator
   * normalises to the shift and gets entropy weight 0 (with warning W0301). In floating
   * point the cluster means can differ from c in the last bit; min-max once tested
   * max === min exactly and stretched that one-ulp difference over the whole [s, 1 + s].
   * This generator found it (kept as `it.fails` until the engine's rule changed): now a
   * spread max − min ≤ 1e-12 · max(|max|, |min|) is constant (docs/method.md §2).
   *
   * Minimal counterexample (fast-check's shrinking): c = 0.1, cluster c0 = {r0} (weight 1),
   * c1 = {r1, r2, r3} (weights 1, 1, 1):
   *   c0 = 0.1 (one member: its value unchanged);
   *   c1 = (0.1 + 0.1 + 0.1) / 3 = 0.30000000000000004 / 3 = 0.10000000000000002;
   *   spread 2^-56 ≈ 1.4e-17 ≤ 1e-12 · 0.10000000000000002: constant, so both normalise to
   *   0.0001 (before the rule: c0 → 0.0001, c1 → 1.0001, no W0301, and the rate took entropy
   *   weight 0.5 in each system, having the same two-point spread as the population).
   */
  it("a constant rate normalises to the shift and gets no entropy weight", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }).map((m) => m / 10),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 2, maxLength: 3 }),
        (rate, first, second) => {
          const { plan, panel } = constantRateCase(rate, [...first, ...second], first.length);
          const r = run(plan, panel);
          const s = plan.method.normalization.shift;
          const normalized = Object.values(r.indicators[0]!.normalized).flat();
          expect(normalized).toEqual(normalized.map(() => s));
          // When the two clusters' populations happen to sum alike (seed -1950262080:
          // 30 + 54 + 29 = 113 = 93 + 16 + 4), the population is constant too: no column of
          // the system varies, and the weights are equal (docs/method.md §3, warning W0302).
          const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
          const populationVaries = sum(first) !== sum(second);
          expect(r.nodes.find((n) => n.id === "s0")!.weights.i0_0).toBe(populationVaries ? 0 : 0.5);
          expect(r.warnings.some((w) => w.code === "W0301")).toBe(true);
        },
      ),
      // The shrunk counterexample runs first, whatever the seed.
      {
        numRuns: NUM_RUNS,
        examples: [
          [0.1, [1], [1, 1, 1]],
          [0.1, [30, 54, 29], [93, 16, 4]],
        ],
      },
    );
  });
});

// ---------------------------------------------------------------- serial = parallel

/** Whether two values are the same bits: typed arrays byte for byte, numbers by Object.is. */
function sameBits(a: unknown, b: unknown, path = ""): string[] {
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) {
    const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    return a.constructor === b.constructor && x.length === y.length && x.every((v, i) => v === y[i])
      ? []
      : [path];
  }
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
    const ka = Object.keys(a);
    if (ka.join() !== Object.keys(b).join()) return [`${path} keys`];
    return ka.flatMap((k) =>
      sameBits(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        `${path}/${k}`,
      ),
    );
  }
  return Object.is(a, b) ? [] : [path];
}

// This property once failed in about 1 of 1,600 cases, a node's index off by up to 0.5 (a row
// of a weighted sum still 0 when the next batch read it): the pool's main thread took a task a
// worker had claimed under its nose for done (pool.ts; pool.test.ts forces that interleaving).
// It shows best under load: CCDC_PROPERTY_RUNS=5000 in a few processes at once.
describe("the parallel run gives the serial run's bits (worker threads, issue #13)", () => {
  // Every job goes to the pool (minCells 0), in chunks of one row: the most interleaving.
  let pool: WorkerPool;
  beforeAll(() => {
    pool = WorkerPool.start(3);
  });
  afterAll(async () => {
    await pool.close();
  });

  it(
    "on random plans and panels (both scopes, flat and staged, entropy and equal, all forms)",
    () => {
      const exec = parallelExecutor(pool, { minCells: 0 });
      fc.assert(
        fc.property(caseArb, ({ plan, panel }) => {
          const serial = runPlanOnPanelWith(plan, panel, serialExecutor);
          const parallel = runPlanOnPanelWith(plan, panel, exec);
          expect(sameBits(parallel, serial)).toEqual([]);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT * 4,
  );
});

describe("a worker that dies or hangs mid-task: the run ends, with the serial run's bits", () => {
  // Every job to the pool (minCells 0); the fault makes a worker take the first task of each
  // batch, so that it does hold a task when it dies or hangs.
  const check = (pool: WorkerPool) => {
    const exec = parallelExecutor(pool, { minCells: 0 });
    fc.assert(
      fc.property(caseArb, ({ plan, panel }) => {
        const serial = runPlanOnPanelWith(plan, panel, serialExecutor);
        const parallel = runPlanOnPanelWith(plan, panel, exec);
        expect(sameBits(parallel, serial)).toEqual([]);
      }),
      { numRuns: 5 },
    );
  };

  it(
    "each of two workers exits at its second task: the main thread runs those tasks again",
    async () => {
      const pool = WorkerPool.start(3, { exitAtClaim: 2 });
      try {
        check(pool);
        // Both workers died (seen through /proc/self/task) and nothing was given up on.
        expect(pool.lost).toBe(2);
        expect(pool.abandoned).toBe(false);
      } finally {
        await pool.close();
      }
    },
    TIMEOUT * 4,
  );

  it(
    "a worker spins for ever in its first task: after the stall bound the main thread runs it",
    async () => {
      const pool = WorkerPool.start(2, { hangAtClaim: 1, stallMs: 200 });
      try {
        check(pool);
        expect(pool.abandoned).toBe(true);
      } finally {
        await pool.close();
      }
    },
    TIMEOUT * 4,
  );
});
