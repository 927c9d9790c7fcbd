/**
 * Validating a value against the published result schema (`schema/result.schema.json`, the
 * same TypeBox objects as result-schema.ts), for consumers and tests.
 */
import { Ajv } from "ajv";
import { type Result, ResultSchema } from "./result-schema.js";

export type ResultCheck = { ok: true; errors: [] } | { ok: false; errors: string[] };

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile<Result>(ResultSchema);

/** Checks a value as a result; errors read "/json/pointer: message". */
export function checkResult(value: unknown): ResultCheck {
  if (validate(value)) return { ok: true, errors: [] };
  return {
    ok: false,
    errors: (validate.errors ?? []).map(
      (e) => `${e.instancePath || "/"}: ${e.message ?? "is invalid"}`,
    ),
  };
}
