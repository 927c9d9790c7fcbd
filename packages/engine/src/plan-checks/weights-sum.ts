/** Weights and betas that must sum to 1. */
import { type EngineIssue, error } from "../issues.js";

/** Tolerance for weights and betas that must sum to 1. */
const SUM_TOLERANCE = 1e-6;

/** Reports values that are not all finite and non-negative, or do not sum to 1. */
export function checkWeightsSum(
  values: number[],
  what: string,
  code: "P0006" | "P0007",
  at: string,
  issues: EngineIssue[],
): void {
  if (values.some((w) => !Number.isFinite(w) || w < 0)) {
    issues.push(
      error(code, `${what} must be finite and non-negative: [${values.join(", ")}]`, {
        pointer: at,
      }),
    );
    return;
  }
  const sum = values.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > SUM_TOLERANCE)
    issues.push(error(code, `${what} must sum to 1, not ${sum}`, { pointer: at }));
}
