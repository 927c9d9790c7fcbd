/**
 * A variant is the study with some choices changed, so running `ccdc run --variant NAME` must
 * give exactly what the spec written out with those choices gives. For each of the flagship's
 * variants this edits the spec's text (the base study only: the variant and sensitivity blocks
 * are cut off), compiles both, runs both on the same data and compares every index, C, T and D
 * to 1e-12. The sensitivity analysis's nominal values must equal the base run's.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileSpec } from "@ccdc/dsl";
import { type Result, runPlan } from "@ccdc/engine";
import type { PlanDraft } from "@ccdc/plan";
import { describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SPEC = join(ROOT, "specs", "northern.ccd");
const TEXT = readFileSync(SPEC, "utf8");
const BASE_TEXT = TEXT.slice(0, TEXT.indexOf("// The paper's own method choices"));

/** Each variant of northern.ccd, written out as an edit of the base study's text. */
const WRITTEN: Record<string, readonly [string, string]> = {
  flat_index: ["  compose staged\n", "  compose flat\n"],
  standard_form: ["coupling product_over_mean, standard", "coupling standard"],
  per_year: ["scope pooled", "scope per_year"],
};

async function run(text: string, variant?: string): Promise<Result> {
  const compiled = compileSpec(text, SPEC);
  expect(compiled.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const out = await runPlan(compiled.plan!, {
    baseDir: dirname(SPEC),
    ...(variant === undefined ? {} : { variant }),
  });
  if (!out.ok) throw new Error(JSON.stringify(out.errors.slice(0, 3)));
  return out.result;
}

function expectSameNumbers(a: Result, b: Result): void {
  expect(a.nodes.map((n) => n.id)).toEqual(b.nodes.map((n) => n.id));
  a.nodes.forEach((n, i) => {
    for (const [unit, values] of Object.entries(n.index))
      values.forEach((v, y) => {
        expect(Math.abs(v - b.nodes[i]!.index[unit]![y]!)).toBeLessThanOrEqual(1e-12);
      });
  });
  expect(a.coupling.map((r) => [r.analysis, r.form, r.units, r.systems])).toEqual(
    b.coupling.map((r) => [r.analysis, r.form, r.units, r.systems]),
  );
  a.coupling.forEach((r, i) => {
    const s = b.coupling[i]!;
    for (const k of ["C", "T", "D"] as const)
      r[k].forEach((v, y) => {
        expect(Math.abs(v - s[k][y]!)).toBeLessThanOrEqual(1e-12);
      });
    expect(r.level).toEqual(s.level);
  });
}

describe("the flagship's variants equal the spec written with their choices", () => {
  test("every declared variant has a written form here", async () => {
    const compiled = compileSpec(TEXT, SPEC);
    expect(compiled.plan?.variants?.map((v) => v.id).sort()).toEqual(Object.keys(WRITTEN).sort());
  });

  for (const [name, [from, to]] of Object.entries(WRITTEN)) {
    test(`variant ${name}`, async () => {
      expect(BASE_TEXT.includes(from)).toBe(true);
      const written = await run(BASE_TEXT.replace(from, to));
      const variant = await run(TEXT, name);
      expect(variant.variant).toEqual({ id: name, label: expect.any(String) });
      expectSameNumbers(variant, written);
    });
  }

  test("the sensitivity analysis's nominal values are the base run's", async () => {
    const result = await run(TEXT);
    const s = result.sensitivity?.[0];
    expect(s?.runs).toBe(8);
    const internal = s!.outputs.find((o) => o.id === "internal")!;
    const rows = result.coupling.filter(
      (r) => r.analysis === "internal" && r.form === "product_over_mean",
    );
    expect(internal.rows.map((r) => r.units)).toEqual(rows.map((r) => r.units));
    internal.rows.forEach((r, i) => {
      expect(r.nominal).toEqual(rows[i]!.D);
    });
    const index = s!.outputs.find((o) => o.id === "digital_economy")!;
    const node = result.nodes.find((n) => n.id === "digital_economy")!;
    for (const r of index.rows) expect(r.nominal).toEqual(node.index[r.units[0]!]);
  });
});

describe("sensitivity runs leave out what they do not watch", () => {
  test("a form-changing variant does not trip the dynamics declaration of regions-nbs4", async () => {
    const spec = join(ROOT, "specs", "regions-nbs4.ccd");
    const compiled = compileSpec(readFileSync(spec, "utf8"), spec);
    const plan = structuredClone(compiled.plan!) as PlanDraft;
    expect(plan.dynamics?.length ?? 0).toBeGreaterThan(0);
    plan.variants = [
      {
        id: "std",
        labels: { en: "standard" },
        overrides: [{ kind: "forms", analysis: null, forms: ["standard"] }],
      },
    ];
    plan.sensitivity = [
      {
        id: "s",
        labels: { en: "s" },
        choices: [{ id: "form", alternatives: ["base", "std"] }],
        watch: [{ kind: "analysis", id: plan.analyses[0]!.id }],
        sample: { kind: "grid" },
      },
    ];
    const out = await runPlan(plan, { baseDir: dirname(spec) });
    expect(out.ok ? out.result.sensitivity?.[0]?.runs : out.errors).toBe(2);
  });
});
