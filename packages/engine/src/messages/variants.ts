/**
 * Variants and sensitivity (P01xx, W0801): a variant or sensitivity analysis that names what
 * the study does not declare, or would make too many runs.
 */
import { type EngineIssue, error, warning } from "../issues.js";

/** P0101: no variant of that name (`known`: the study's variants). */
export const noSuchVariant = (variant: string, known: readonly string[]): EngineIssue =>
  error("P0101", `no variant "${variant}" in this study`, {
    hint:
      known.length === 0
        ? "the study declares no variants"
        : `the study's variants: ${known.join(", ")}`,
  });

/** P0102: an override that cannot be applied; `problem` is one of the OVERRIDE_PROBLEMS. */
export const overrideNotApplicable = (problem: string, at: string): EngineIssue =>
  error("P0102", problem, { pointer: at });

/** The ways an override can fail to apply, worded for `overrideNotApplicable`. */
export const OVERRIDE_PROBLEMS = {
  noNodeToWeight: (node: string) =>
    `the variant weights node "${node}", which the study does not have`,
  noNodeToCompose: (node: string) =>
    `the variant composes node "${node}", which the study does not have`,
  noScale: (scale: string) =>
    `the variant grades with scale "${scale}", which the study does not have`,
  noAnalysis: (what: string, analysis: string | null) =>
    analysis === null
      ? `the variant sets the ${what} of every analysis, but the study has none`
      : `the variant sets the ${what} of analysis "${analysis}", which the study does not have`,
  noIndicator: (indicator: string) =>
    `the variant leaves out indicator "${indicator}", which the study does not have`,
  droppedHasFixedWeight: (indicator: string, node: string) =>
    `the variant leaves out indicator "${indicator}", but node "${node}" gives it a fixed weight; override that node's weights too`,
} as const;

/** P0103: a sensitivity choice naming a variant the study does not declare. */
export const undeclaredAlternative = (
  sensitivity: string,
  choice: string,
  variant: string,
  at: string,
): EngineIssue =>
  error(
    "P0103",
    `sensitivity "${sensitivity}": choice "${choice}" names variant "${variant}", which the study does not declare`,
    { pointer: at },
  );

/** P0104: a sensitivity analysis with more runs than the limit. */
export const tooManyRuns = (sensitivity: string, planned: number, max: number, at: string) =>
  error(
    "P0104",
    `sensitivity "${sensitivity}" would make ${planned === Number.POSITIVE_INFINITY ? "more than 2^53" : planned.toLocaleString("en")} runs; at most ${max.toLocaleString("en")} are allowed`,
    { pointer: at, hint: "sample a random subset: sample random COUNT seed N" },
  );

/** W0801: a variant's run leaves out the sensitivity analyses, which vary the base study. */
export const sensitivitySkipped = (variant: string): EngineIssue =>
  warning(
    "W0801",
    `the sensitivity analyses vary the base study, so the run of variant "${variant}" leaves them out`,
    { pointer: "/sensitivity" },
  );

/** An issue of one run of a sensitivity analysis, its message saying which run. */
export const inSensitivityRun = (
  issue: EngineIssue,
  sensitivity: string,
  label: string,
): EngineIssue => ({
  ...issue,
  message: `sensitivity "${sensitivity}", run with ${label}: ${issue.message}`,
});
