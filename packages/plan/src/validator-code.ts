/**
 * The plan validator as standalone JavaScript (ajv's standalone code), generated at build time
 * by scripts/gen-validator.mjs into dist/plan-validator.cjs so that a run does not compile the
 * schema at start (see validate.ts). Not exported from the package index: only the build
 * script and the freshness test load ajv's compiler.
 */
import { createRequire } from "node:module";
import { Ajv, type AnySchema, type ValidateFunction } from "ajv";
import { PlanSchema } from "./schema.js";
import { PLAN_AJV_OPTIONS } from "./validate.js";

/** ajv's standalone code generator (a CommonJS module whose export is the function). */
const standaloneCode = createRequire(import.meta.url)("ajv/dist/standalone") as (
  ajv: Ajv,
  validate: ValidateFunction,
) => string;

/** The CommonJS source of a validator for `schema`, compiled with the options checkPlan uses. */
export function validatorCode(schema: AnySchema = PlanSchema): string {
  const ajv = new Ajv({ ...PLAN_AJV_OPTIONS, code: { source: true } });
  return standaloneCode(ajv, ajv.compile(schema));
}
