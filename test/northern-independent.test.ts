/**
 * The flagship from raw data, checked against an independent re-computation:
 * `test/fixtures/northern-independent.py` implements docs/method.md in plain Python (splice
 * fills, cluster aggregation, the 15 indicators, pooled min-max + 0.0001, entropy, the second
 * stage, both coupling forms) with no code shared with the engine, and wrote
 * `northern-independent.csv`. Every index and D value must agree to 1e-9.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { compileSpec } from "@ccdc/dsl";
import { runPlan } from "@ccdc/engine";
import { describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "..");
const specPath = join(root, "specs", "northern.ccd");

const expected = readFileSync(
  join(import.meta.dirname, "fixtures", "northern-independent.csv"),
  "utf8",
)
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    const [table, node, form, units, year, value] = line.split(",");
    return {
      table: table!,
      node: node!,
      form: form!,
      units: units!,
      year: Number(year),
      value: Number(value),
    };
  });

describe("specs/northern.ccd against an independent re-computation", async () => {
  const { plan, diagnostics } = compileSpec(readFileSync(specPath, "utf8"), "specs/northern.ccd");
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const out = await runPlan(plan!, { baseDir: dirname(specPath) });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  const r = out.result;
  const yearIndex = (y: number) => r.years.indexOf(y);

  test("the fixture covers 4 nodes × 3 clusters × 9 years and 2 forms of both analyses", () => {
    expect(expected.filter((e) => e.table === "index")).toHaveLength(108);
    expect(expected.filter((e) => e.table === "internal")).toHaveLength(54);
    expect(expected.filter((e) => e.table === "spatial")).toHaveLength(288);
  });

  test("every index", () => {
    for (const e of expected.filter((x) => x.table === "index")) {
      const node = r.nodes.find((n) => n.id === e.node)!;
      expect(node.index[e.units]![yearIndex(e.year)], `${e.node} ${e.units} ${e.year}`).toBeCloseTo(
        e.value,
        9,
      );
    }
  });

  test("every D, internal (within each cluster) and spatial (Table 4's combinations)", () => {
    for (const e of expected.filter((x) => x.table !== "index")) {
      const units = e.units.split("+");
      const row = r.coupling.find(
        (c) =>
          c.analysis === e.table &&
          c.form === e.form &&
          c.units.join("+") === units.join("+") &&
          (e.table === "internal" || c.systems[0] === e.node),
      );
      expect(row, `${e.table} ${e.form} ${e.node} ${e.units}`).toBeDefined();
      expect(
        row!.D[yearIndex(e.year)],
        `${e.table} ${e.form} ${e.node} ${e.units} ${e.year}`,
      ).toBeCloseTo(e.value, 9);
    }
  });
});
