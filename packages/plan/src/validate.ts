import { Ajv, type ErrorObject } from "ajv";
import { PLAN_VERSION, type Plan, PlanSchema } from "./schema.js";

/** The result of checking a value against the plan schema: the typed plan, or readable errors. */
export type PlanCheck = { ok: true; plan: Plan } | { ok: false; errors: string[] };

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile<Plan>(PlanSchema);

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
  if (validate(value)) return { ok: true, plan: value };
  return { ok: false, errors: formatAjvErrors(validate.errors) };
}
