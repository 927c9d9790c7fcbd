/**
 * Loading a plan: the JSON Schema check (`checkPlan` from @ccdc/plan, which refuses an unknown
 * plan version with a clear message) followed by the semantic checks the schema cannot express
 * (`plan-checks.ts`). Problems come back as `EngineIssue`s, never thrown.
 */
import { checkPlan, PLAN_VERSION, type Plan } from "@ccdc/plan";
import type { EngineIssue } from "./issues.js";
import * as msg from "./messages/index.js";
import { MAX_PLAN_DEPTH, tooDeep } from "./plan-checks/depth.js";
import { checkPlanSemantics } from "./plan-checks/index.js";

export type LoadPlanOutcome = { ok: true; plan: Plan } | { ok: false; errors: EngineIssue[] };

/** Validates a parsed JSON value as a plan the engine can run. */
export function loadPlan(json: unknown): LoadPlanOutcome {
  // First, iteratively: the schema check and everything after it recurse into expressions.
  const deep = tooDeep(json);
  if (deep !== undefined) return { ok: false, errors: [msg.planTooDeep(deep, MAX_PLAN_DEPTH)] };
  const checked = checkPlan(json);
  if (!checked.ok) {
    const version = isUnsupportedVersion(json);
    return {
      ok: false,
      errors: checked.errors.map((line) => {
        if (version) {
          return msg.unsupportedPlanVersion(line);
        }
        // checkPlan formats ajv errors as "/json/pointer: message".
        const m = /^(\/[^:]*|\/): (.*)$/s.exec(line);
        return m ? msg.schemaMismatch(m[1]!, m[2]!) : msg.schemaMismatchUnplaced(line);
      }),
    };
  }
  const errors = checkPlanSemantics(checked.plan);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, plan: checked.plan };
}

function isUnsupportedVersion(json: unknown): boolean {
  if (typeof json !== "object" || json === null || !("planVersion" in json)) return false;
  // checkPlan reports an unknown version on its own, before any schema error.
  return (json as { planVersion: unknown }).planVersion !== PLAN_VERSION;
}
