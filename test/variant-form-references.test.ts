/**
 * A variant that changes an analysis's coupling forms, and the declarations that name one of
 * its forms (docs/language.md "variant"): a relative, a dynamics subject, an autocorrelation's
 * values and a declared figure. A form the spec did not write follows the variant's first
 * form; a written one stops the run (P0105, golden in test/run-diagnostics/
 * variant-written-forms) or, for a figure, is left out of the variant's run with W0802. A
 * sensitivity analysis leaves those declarations out of its runs, so such a variant is one of
 * its alternatives without error.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileSpec } from "@ccdc/dsl";
import { type RunOutcome, runPlan } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import { describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SPEC = join(ROOT, "test", "run-diagnostics", "variant-written-forms.ccd");
const WRITTEN = readFileSync(SPEC, "utf8");

/** The golden spec with no form written in the relative, dynamics and autocorrelation. */
const DEFAULTED = WRITTEN.replace("  form standard\n}", "}")
  .replace("of internal standard", "of internal")
  .replace("  form standard\n  matrix", "  matrix");

const FIGURES = `
figure f_default "D, first form" {
  show d of internal
}
figure f_written "D, standard form" {
  show d of internal standard
}
`;

function compile(text: string): Plan {
  const compiled = compileSpec(text, SPEC);
  expect(compiled.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return compiled.plan!;
}

const run = (plan: Plan, variant?: string): Promise<RunOutcome> =>
  runPlan(plan, { baseDir: dirname(SPEC), ...(variant === undefined ? {} : { variant }) });

describe("a variant's coupling forms and the declarations naming a form", () => {
  test("the spec edits took: no form is written any more", () => {
    expect(DEFAULTED).not.toMatch(/^ *form standard$|of internal standard/m);
  });

  test("a form the spec did not write follows the variant's first form", async () => {
    // The base study computes standard first, so its unwritten forms are standard; the
    // variant computes product_over_mean only.
    const text = (DEFAULTED + FIGURES).replace(
      "coupling product_over_mean, standard",
      "coupling standard, product_over_mean",
    );
    const plan = compile(text);
    expect(plan.relative![0]!.form).toBe("standard");
    expect(plan.dynamics![0]!.subject).toMatchObject({ form: "standard" });
    expect(plan.autocorrelations![0]!.values).toMatchObject({ form: "standard" });
    const out = await run(plan, "product_only");
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const ran = out.plan!;
    expect(ran.analyses[0]!.forms).toEqual(["product_over_mean"]);
    expect(ran.relative![0]!.form).toBe("product_over_mean");
    expect(ran.dynamics![0]!.subject).toMatchObject({ form: "product_over_mean" });
    expect(ran.autocorrelations![0]!.values).toMatchObject({ form: "product_over_mean" });
    // The figure that wrote no form follows; the one that wrote standard is left out (W0802).
    expect(ran.figures!.map((f) => [f.id, "form" in f.show ? f.show.form : null])).toEqual([
      ["f_default", "product_over_mean"],
    ]);
    const w0802 = out.result.warnings.filter((w) => w.code === "W0802");
    expect(w0802.map((w) => [w.pointer, w.message])).toEqual([
      [
        "/figures/1",
        'figure "f_written" shows form standard of analysis "internal", which variant "product_only" does not compute, so the variant\'s run leaves it out',
      ],
    ]);
    // The results are those of the variant's form.
    expect(out.result.coupling.map((c) => c.form)).toEqual(
      out.result.coupling.map(() => "product_over_mean"),
    );
    // The base plan is untouched.
    expect(plan.figures!.length).toBe(2);
    expect(plan.dynamics![0]!.subject).toMatchObject({ form: "standard" });
  });

  test("P0105 lists the declarations in the spec's order, not by kind", async () => {
    // The relative moved below the autocorrelation: dynamics, autocorrelation, then relative.
    const block = WRITTEN.slice(WRITTEN.indexOf('relative lag "'), WRITTEN.indexOf("dynamics d_"));
    const text = WRITTEN.replace(block, "") + block;
    const out = await run(compile(text), "product_only");
    expect(out.ok).toBe(false);
    const named = out.ok ? [] : out.errors.map((e) => e.message.match(/but (\w+ "\w+")/)?.[1]);
    expect(named).toEqual(['dynamics "d_dynamics"', 'autocorrelation "d_moran"', 'relative "lag"']);
  });

  test("the base study's run is not changed and returns no plan of its own", async () => {
    const out = await run(compile(WRITTEN));
    expect(out.ok).toBe(true);
    expect(out.ok && out.plan).toBeUndefined();
  });

  test("a sensitivity analysis may vary the forms a declaration writes", async () => {
    const text = `${WRITTEN}
sensitivity forms "The coupling forms" {
  choice form { base, product_only }
  watch internal
}
`;
    const out = await run(compile(text));
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(out.result.sensitivity?.[0]?.runs).toBe(2);
  });
});

describe("ccdc run --variant reports the variant's plan", () => {
  test("the flagship's standard_form: no table or figure of the form it drops", async () => {
    const { runMain } = await import("@ccdc/cli");
    const r = await runMain(["run", "specs/northern.ccd", "--variant", "standard_form"], {
      cwd: ROOT,
    });
    expect(r.code).toBe(0);
    // Before, the report kept the base plan's product_over_mean sections, empty.
    expect(r.stdout).not.toMatch(/form product_over_mean\n/);
    expect(r.stdout).toMatch(/Internal coupling coordination \(internal\), form standard\n/);
    expect(r.stdout.match(/^W0802 .*$/gm)?.map((l) => l.split('"')[1])).toEqual([
      "fig_internal",
      "fig_between",
      "fig_between_systems",
    ]);
  });
});
