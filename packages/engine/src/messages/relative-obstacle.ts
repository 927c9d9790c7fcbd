/**
 * The engine's catalog entries for the relative-development and obstacle analyses (issue 10),
 * in the catalog's style (index.ts): one factory per issue, so the wording lives in one place.
 * P0021 is a plan-level inconsistency (a hand-written or foreign plan: the compiler reports
 * the same problems at the spec line, E14xx).
 */
import { type EngineIssue, error } from "../issues.js";
import { q } from "./quote.js";

/** P0021: a relative or obstacle declaration the plan cannot run (reference, rule, bands, node). */
export const relativeObstacleInvalid = (
  kind: "relative" | "obstacle",
  id: string,
  problem: string,
  pointer: string,
): EngineIssue => error("P0021", `${kind} ${q(id)}: ${problem}`, { pointer });
