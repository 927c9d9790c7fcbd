/**
 * Semantic checks of a plan: what the JSON Schema cannot express. Every id referenced exists,
 * ids are unique, the hierarchy is a consistent tree, fixed weights and betas fit what they
 * weight, scales tile [0, 1], splice proxies do not form cycles, and no analysis would produce
 * more rows than the engine agrees to compute. Every number is finite.
 *
 * The plan is supposed to come fully resolved from the compiler; these checks make the engine
 * safe against any other writer of plans, and they run before any data is read.
 */
import { appendAll, type Plan } from "@ccdc/plan";
import type { EngineIssue } from "../issues.js";
import { checkAnalyses } from "./analyses.js";
import { checkDynamics } from "./dynamics.js";
import { checkHierarchy } from "./hierarchy.js";
import { checkIds } from "./ids.js";
import { checkFiniteNumbers } from "./numbers.js";
import { checkRelativeObstacle } from "./relative-obstacle.js";
import { checkScales } from "./scales.js";
import { checkSources } from "./sources.js";
import { checkSpatial } from "./spatial.js";
import { checkUnits } from "./units.js";
import { checkWeightings } from "./weightings.js";
import { checkYears } from "./years.js";

export { MAX_ANALYSIS_ROWS } from "./analyses.js";
export { exprVariables } from "./expr-variables.js";

/**
 * Returns every semantic problem of the plan (empty when it is sound). `numbersChecked`: every
 * number of the plan is one of a plan that passed these checks, as in a variant's plan (its
 * overrides only move that plan's own values, the variants' included), so the walk over every
 * number of the plan is not repeated: a sensitivity analysis checks a plan per run.
 */
export function checkPlanSemantics(plan: Plan, numbersChecked = false): EngineIssue[] {
  const issues: EngineIssue[] = [];
  // Non-finite numbers first: every other check assumes numbers are numbers.
  if (!numbersChecked && !checkFiniteNumbers(plan, issues)) return issues;
  checkYears(plan, issues);
  const ids = checkIds(plan, issues);
  checkSources(plan, ids, issues);
  checkUnits(plan, ids, issues);
  checkHierarchy(plan, ids, issues);
  checkWeightings(plan, issues);
  checkScales(plan, issues);
  checkAnalyses(plan, ids, issues);
  checkDynamics(plan, ids, issues);
  checkRelativeObstacle(plan, issues);
  appendAll(issues, checkSpatial(plan));
  return issues;
}
