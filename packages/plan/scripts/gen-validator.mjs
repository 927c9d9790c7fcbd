// Writes dist/plan-validator.cjs, the plan schema's ajv validator as standalone code, so that
// checkPlan does not compile the schema at start (run after `tsc -b`; part of `pnpm build`).
import { writeFileSync } from "node:fs";
import { PLAN_VALIDATOR_FILE } from "../dist/validate.js";
import { validatorCode } from "../dist/validator-code.js";

writeFileSync(new URL(`../dist/${PLAN_VALIDATOR_FILE}`, import.meta.url), validatorCode());
