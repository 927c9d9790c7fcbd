/** Weights and betas that must sum to 1. */
import type { EngineIssue } from "../issues.js";
import * as msg from "../messages/index.js";

/** Tolerance for weights and betas that must sum to 1. */
const SUM_TOLERANCE = 1e-6;

/** Reports values that are not all finite and non-negative, or do not sum to 1. */
export function checkWeightsSum(
  values: number[],
  of: msg.WeightsOf,
  at: string,
  issues: EngineIssue[],
): void {
  if (values.some((w) => !Number.isFinite(w) || w < 0)) {
    issues.push(msg.weightsNotNonNegative(of, values, at));
    return;
  }
  const sum = values.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > SUM_TOLERANCE) issues.push(msg.weightsSumNotOne(of, sum, at));
}
