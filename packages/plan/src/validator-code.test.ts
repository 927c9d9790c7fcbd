import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";
import { expect, it } from "vitest";
import { minimalPlan } from "./fixtures.js";
import { PlanSchema } from "./schema.js";
import { formatAjvErrors, PLAN_AJV_OPTIONS, PLAN_VALIDATOR_FILE } from "./validate.js";
import { validatorCode } from "./validator-code.js";

// `pnpm test` builds first; a targeted run needs `pnpm build` after a schema change.
const built = new URL(`../dist/${PLAN_VALIDATOR_FILE}`, import.meta.url);

it("the build's precompiled plan validator is generated from the current schema", () => {
  expect(readFileSync(built, "utf8")).toBe(validatorCode());
});

it("the precompiled validator accepts and rejects what the schema compiled at run time does", () => {
  const precompiled = createRequire(import.meta.url)(built.pathname) as ValidateFunction;
  const compiled = new Ajv(PLAN_AJV_OPTIONS).compile(PlanSchema);
  const broken = (edit: (p: Record<string, unknown>) => void) => {
    const p = minimalPlan() as unknown as Record<string, unknown>;
    edit(p);
    return p;
  };
  const cases: unknown[] = [
    minimalPlan(),
    broken((p) => {
      delete p.study;
    }),
    broken((p) => {
      (p.indicators as { direction: string }[])[0]!.direction = "up";
    }),
    broken((p) => {
      (p.nodes as { compose: unknown }[])[0]!.compose = { kind: "flatt" };
    }),
    broken((p) => {
      p.regions = "none";
    }),
    null,
    [],
  ];
  for (const value of cases) {
    const a = precompiled(value);
    const b = compiled(value);
    expect(a).toBe(b);
    expect(formatAjvErrors(precompiled.errors)).toEqual(formatAjvErrors(compiled.errors));
  }
});
