/**
 * Variants and sensitivity (P01xx, W0801-W0802): a variant or sensitivity analysis that names what
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

/**
 * P0105: a variant's coupling forms leave out the form a relative, dynamics or autocorrelation
 * declaration writes (`what`: `dynamics "d"`; `line`: its spec line, if known). At the
 * variant's coupling override.
 */
export const variantLosesWrittenForm = (
  what: string,
  line: number | undefined,
  analysis: string,
  form: string,
  computed: readonly string[],
  at: string,
): EngineIssue =>
  error(
    "P0105",
    `the variant computes analysis "${analysis}" in ${computed.length === 1 ? "form" : "forms"} ${computed.join(", ")} only, but ${what}${line === undefined ? "" : ` (line ${line})`} names form ${form}`,
    {
      pointer: at,
      hint: `add ${form} to the variant's coupling forms, or leave the form out of ${what} so that it follows the analysis's first form`,
    },
  );

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
    { pointer: "/sensitivity", args: { variant } },
  );

/**
 * W0802: a declared figure (its id) shows a form the variant no longer computes;
 * the variant's run leaves it out.
 */
export const figureLeftOutOfVariant = (
  figure: string,
  variant: string,
  analysis: string,
  form: string,
  pointer: string,
): EngineIssue =>
  warning(
    "W0802",
    `figure "${figure}" shows form ${form} of analysis "${analysis}", which variant "${variant}" does not compute, so the variant's run leaves it out`,
    {
      pointer,
      args: { figure, variant, analysis, form },
      hint: `leave the form out of the figure to show the analysis's first form, or add ${form} to the variant's coupling forms`,
    },
  );

/** An issue of one run of a sensitivity analysis, its message saying which run. */
export const inSensitivityRun = (
  issue: EngineIssue,
  sensitivity: string,
  label: string,
): EngineIssue => ({
  ...issue,
  message: `sensitivity "${sensitivity}", run with ${label}: ${issue.message}`,
  ...(issue.args ? { args: { ...issue.args, sensitivity, run: label } } : {}),
});
