/**
 * Every renderer is linear in its output: 20,000 combinations of an analysis between units
 * (200 units, 100 partners each) render in every format. The test bounds the time only through
 * its timeout (speed itself is measured in `pnpm bench`); a quadratic renderer took over half a
 * minute here.
 */
import type { CouplingRow, Result } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import { describe, expect, test } from "vitest";
import { fixturePlan, fixtureResult } from "../testing/fixture.js";
import { renderTidyCsv } from "./csv.js";
import { renderMarkdown } from "./markdown.js";
import { renderTable } from "./table.js";

function bigStudy(nUnits: number, partners: number): { plan: Plan; result: Result } {
  const base = fixturePlan();
  const res = fixtureResult();
  const units = Array.from({ length: nUnits }, (_, i) => `u${i}`);
  const combinations: [string, string][] = [];
  for (let i = 0; i < nUnits; i++)
    for (let k = 1; k <= partners; k++) combinations.push([units[i]!, units[(i + k) % nUnits]!]);
  const spatial = base.analyses.find((a) => a.kind === "between")!;
  const plan: Plan = {
    ...base,
    units: {
      level: "cluster",
      list: units.map((id) => ({ id, labels: { en: id }, members: [id] })),
    },
    analyses: [{ ...spatial, nodes: ["dev"], forms: ["standard"], combinations }],
  };
  const coupling: CouplingRow[] = combinations.map((c, i) => ({
    analysis: spatial.id,
    form: "standard",
    units: c,
    systems: ["dev"],
    years: [...res.years],
    C: res.years.map(() => 0.9),
    T: res.years.map(() => 0.5),
    D: res.years.map((_, y) => ((i + y) % 100) / 100),
    level: res.years.map((_, y) => (((i + y) % 100) / 100 < 0.5 ? 1 : 2)),
    label: res.years.map(() => "x"),
    labels: { en: res.years.map(() => "x") },
    scale: "halves",
  }));
  const index = Object.fromEntries(units.map((u) => [u, res.years.map(() => 0.5)]));
  const result: Result = {
    ...res,
    units: units.map((id) => ({ id, label: id, labels: { en: id } })),
    nodes: res.nodes.map((n) => ({ ...n, index })),
    growth: Object.fromEntries(
      res.nodes.map((n) => [n.id, Object.fromEntries(units.map((u) => [u, 0.01]))]),
    ),
    coupling,
    method: {
      ...res.method,
      analyses: res.method.analyses.filter((a) => a.id === spatial.id),
    },
  };
  return { plan, result };
}

describe("renderers are linear in their output", () => {
  test("20,000 combinations, every format", () => {
    const { plan, result } = bigStudy(200, 100);
    expect(result.coupling).toHaveLength(20_000);
    const table = renderTable(result, plan);
    expect(table).toContain("u199 + u99");
    expect(table.split("\n").filter((l) => l.includes(" + ")).length).toBe(20_000);
    const md = renderMarkdown(result, plan);
    expect(md.split("\n").filter((l) => l.includes(" + ")).length).toBe(20_000);
    const csv = renderTidyCsv(result);
    expect(csv.split("\n").filter((l) => l.startsWith("coupling,")).length).toBe(20_000 * 3);
  }, 30_000);
});
