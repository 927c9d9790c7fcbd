import { createRequire } from "node:module";
import type { ErrorObject, ValidateFunction } from "ajv";
import { PLAN_VERSION, type Plan, PlanSchema } from "./schema.js";

/** The result of checking a value against the plan schema: the typed plan, or readable errors. */
export type PlanCheck = { ok: true; plan: Plan } | { ok: false; errors: string[] };

/** The ajv options of the plan validator (the build's standalone code uses the same). */
export const PLAN_AJV_OPTIONS = { allErrors: true, strict: true } as const;

/**
 * The standalone validator the build writes to dist/ (see validator-code.ts), exported by the
 * package as `@ccdc/plan/plan-validator.cjs` so that a bundle of the CLI finds it too.
 */
export const PLAN_VALIDATOR_FILE = "plan-validator.cjs";

let validator: ValidateFunction<Plan> | undefined;

/**
 * The plan validator: the build's precompiled standalone code, so that starting ccdc neither
 * loads ajv's compiler nor compiles the schema (about a tenth of a short run); when running
 * from source (tests) the schema is compiled here with the same options.
 */
function planValidator(): ValidateFunction<Plan> {
  if (validator !== undefined) return validator;
  // From source (vitest runs src/*.ts) the build's file may be stale: compile the schema.
  if (!import.meta.url.endsWith(".ts")) {
    // In the CLI's CommonJS bundle, `require` is the bundle's own and this literal call is
    // bundled with it, so the validator is in the bundle's code cache (see the CLI's
    // bin/load-cli.js); as an ES module (dist/ here) there is no `require`: Node loads the file.
    validator = (
      typeof require === "function"
        ? require("@ccdc/plan/plan-validator.cjs")
        : createRequire(import.meta.url)(`@ccdc/plan/${PLAN_VALIDATOR_FILE}`)
    ) as ValidateFunction<Plan>;
  } else {
    const require = createRequire(import.meta.url);
    const { Ajv } = require("ajv") as typeof import("ajv");
    validator = new Ajv(PLAN_AJV_OPTIONS).compile<Plan>(PlanSchema);
  }
  return validator;
}

/**
 * Formats ajv errors as `"/json/pointer: message"` lines, each once (a union reports the same
 * line for each of its branches), with the allowed values where ajv names them.
 */
export function formatAjvErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  const lines = (errors ?? []).map((e) => {
    const allowed = (e.params as { allowedValue?: unknown }).allowedValue;
    const detail = allowed === undefined ? "" : ` ${JSON.stringify(allowed)}`;
    return `${e.instancePath || "/"}: ${e.message ?? "is invalid"}${detail}`;
  });
  return [...new Set(lines)];
}

/**
 * Validates a parsed JSON value as a plan. An unknown `planVersion` is reported on its own,
 * with a clear message, before any schema error.
 */
export function checkPlan(value: unknown): PlanCheck {
  if (typeof value === "object" && value !== null && "planVersion" in value) {
    const v = (value as { planVersion: unknown }).planVersion;
    if (v !== PLAN_VERSION) {
      return {
        ok: false,
        errors: [
          `unsupported plan version ${JSON.stringify(v)}: this ccdc reads version ${PLAN_VERSION}`,
        ],
      };
    }
  }
  const validate = planValidator();
  if (validate(value)) return { ok: true, plan: value };
  return { ok: false, errors: formatAjvErrors(validate.errors) };
}
