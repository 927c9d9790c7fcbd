/**
 * Validating a value against the published result schema (`schema/result.schema.json`, the
 * same TypeBox objects as result-schema.ts), for consumers and tests.
 */
import { createRequire } from "node:module";
import type { ValidateFunction } from "ajv";
import { type Result, ResultSchema } from "./result-schema.js";

export type ResultCheck = { ok: true; errors: [] } | { ok: false; errors: string[] };

let validator: ValidateFunction<Result> | undefined;

/** Compiled on first use: a run never checks its result, so starting ccdc does not load ajv. */
function resultValidator(): ValidateFunction<Result> {
  if (validator === undefined) {
    const { Ajv } = createRequire(import.meta.url)("ajv") as typeof import("ajv");
    validator = new Ajv({ allErrors: true, strict: true }).compile<Result>(ResultSchema);
  }
  return validator;
}

/** Checks a value as a result; errors read "/json/pointer: message". */
export function checkResult(value: unknown): ResultCheck {
  const validate = resultValidator();
  if (validate(value)) return { ok: true, errors: [] };
  return {
    ok: false,
    errors: (validate.errors ?? []).map(
      (e) => `${e.instancePath || "/"}: ${e.message ?? "is invalid"}`,
    ),
  };
}
