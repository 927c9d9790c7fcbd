/**
 * Computing the study (D03xx, W03xx–W05xx): aggregating regions into units, deriving
 * indicators, normalising and weighting them, composing indices, grading coupling degrees and
 * growth rates. Each issue points at the plan part (variable, indicator, node, analysis) whose
 * rule met the problem, and names the units and years concerned.
 */
import { type EngineIssue, error, warning } from "../issues.js";

// ------------------------------------------------------------------ D030x aggregation, derivation

/** D0301: a variable with `aggregate none` read for units of several regions. */
export const aggregateNoneForSeveral = (
  variable: string,
  units: readonly string[],
  at: string,
): EngineIssue =>
  error(
    "D0301",
    `variable "${variable}" has aggregate none, but unit${units.length === 1 ? "" : "s"} ${units.join(", ")} ha${units.length === 1 ? "s" : "ve"} several member regions`,
    { pointer: at, hint: "declare how it aggregates: sum, or a mean weighted by another variable" },
  );

/** D0302: a weighted mean whose weights sum to 0 (`cells`: where, already formatted). */
export const weightsSumToZero = (variable: string, by: string, cells: string, at: string) =>
  error(
    "D0302",
    `variable "${variable}" is a mean weighted by "${by}", whose weights sum to 0 at ${cells}`,
    { pointer: at },
  );

/** D0306: a weighted mean with a negative weight (`cells`: where, already formatted). */
export const negativeMeanWeight = (variable: string, by: string, cells: string, at: string) =>
  error(
    "D0306",
    `variable "${variable}" is a mean weighted by "${by}", which is negative at ${cells}`,
    {
      pointer: at,
      hint: "weights of a mean are sizes (population, area, output): check the data of the weighting variable",
    },
  );

/**
 * D0303: an indicator that is not finite; `zeroDivision` and `nonFinite` are the cells
 * concerned, already formatted (undefined when there are none).
 */
export const indicatorNotFinite = (
  indicator: string,
  exprText: string,
  zeroDivision: string | undefined,
  nonFinite: string | undefined,
  at: string,
): EngineIssue => {
  const parts: string[] = [];
  if (zeroDivision !== undefined) parts.push(`a zero denominator at ${zeroDivision}`);
  if (nonFinite !== undefined) parts.push(`a non-finite value at ${nonFinite}`);
  return error("D0303", `indicator "${indicator}" (${exprText}) has ${parts.join("; and ")}`, {
    pointer: at,
    hint: "check the data of the variables it divides by, for those units and years",
  });
};

/** D0304: a given index outside [0, 1] (`cells`: where, already formatted). */
export const givenOutsideUnit = (node: string, variable: string, cells: string, at: string) =>
  error(
    "D0304",
    `node "${node}" reads its index from "${variable}", which must lie in [0, 1]; it does not at ${cells}`,
    { pointer: at },
  );

// ------------------------------------------------------------------ normalising and weighting

/** The constancy test of docs/method.md, as the messages state it. */
const CONSTANT = "is constant (max − min ≤ 1e-12 × max(|max|, |min|))";

/** What is constant: an indicator, or a child of a staged node (normalised again there). */
export type ConstantSubject =
  | { readonly kind: "indicator"; readonly indicator: string }
  | { readonly kind: "child"; readonly child: string; readonly node: string };

/** What is constant, for `constantIndicatorError` and `constantIndicator`. */
export const CONSTANT_SUBJECTS = {
  indicator: (indicator: string): ConstantSubject => ({ kind: "indicator", indicator }),
  child: (child: string, node: string): ConstantSubject => ({ kind: "child", child, node }),
} as const;

const subjectText = (s: ConstantSubject) =>
  s.kind === "indicator"
    ? `indicator "${s.indicator}"`
    : `child "${s.child}" of staged node "${s.node}"`;

/**
 * Where a normalisation or weighting problem holds: over the whole panel (scope pooled), or
 * in some years (scope per_year; `years` already formatted, e.g. "2013–2015, 2018").
 */
export type Where =
  | { readonly scope: "pooled" }
  | { readonly scope: "per_year"; readonly years: string };

const whereText = (w: Where) => (w.scope === "pooled" ? " over the panel" : ` in ${w.years}`);
const whereArgs = (w: Where) => (w.scope === "pooled" ? { scope: w.scope } : { ...w });

/** D0305: a constant indicator under the rule error. */
export const constantIndicatorError = (
  what: ConstantSubject,
  when: Where,
  at: string,
): EngineIssue =>
  error(
    "D0305",
    `${subjectText(what)} ${CONSTANT}${whereText(when)}, and the rule for constant indicators is error`,
    {
      pointer: at,
      hint: "drop the indicator, or let constant indicators normalise to the shift (constant indicator zero)",
    },
  );

/** W0301: a constant indicator normalised to the shift. */
export const constantIndicator = (
  what: ConstantSubject,
  when: Where,
  shift: number,
  at: string,
): EngineIssue =>
  warning(
    "W0301",
    `${subjectText(what)} ${CONSTANT}${whereText(when)}; its normalised value there is the shift ${shift}`,
    { pointer: at, args: { ...what, ...whereArgs(when), shift } },
  );

/** W0302: degenerate weights replaced by the declared rule (`kind`: the weighting's kind). */
export const degenerateWeights = (node: string, kind: string, when: Where, at: string) =>
  warning(
    "W0302",
    kind === "entropy"
      ? `node "${node}": no weighted column varies${whereText(when)}, so the entropy weights are undefined; equal weights were used`
      : `node "${node}": the ${kind} weights are degenerate${whereText(when)} (no weighted column varies, or the members of a combination coincide); the declared rule was used (equal weights, or α = 1/T)`,
    { pointer: at, args: { node, kind, ...whereArgs(when) } },
  );

/** W0303: per-year entropy weights reported as their mean across years. */
export const perYearWeightsAveraged = (nodes: readonly string[], at: string): EngineIssue =>
  warning(
    "W0303",
    `scope per_year: the entropy weights of ${nodes.map((n) => `"${n}"`).join(", ")} differ by year; each node's weights are their mean across years, and weightsByYear holds each year's`,
    { pointer: at, args: { nodes } },
  );

/** W0304: units whose index is the shift in every year under per-year scope. */
export const pinnedAtShift = (
  node: string,
  units: readonly string[],
  shift: number,
  at: string,
): EngineIssue =>
  warning(
    "W0304",
    `node "${node}": ${units.map((u) => `"${u}"`).join(", ")} ${units.length === 1 ? "has" : "have"} the index ${shift} (the shift) in every year: per-year normalisation puts each year's lowest unit at the shift, so this index, its growth and its coupling say nothing about development`,
    { pointer: at, args: { node, units, shift } },
  );

/** W0305: TOPSIS over columns that are all constant. */
export const topsisTied = (node: string, when: Where, at: string): EngineIssue =>
  warning(
    "W0305",
    `node "${node}": every weighted column is constant${whereText(when)}, so every unit is on both TOPSIS ideal points; its closeness there is 0.5`,
    { pointer: at, args: { node, ...whereArgs(when) } },
  );

/** W0306: an inconsistent AHP matrix used under `allow_inconsistent`. */
export const ahpInconsistentAllowed = (node: string, cr: number, limit: number, at: string) =>
  warning(
    "W0306",
    `node "${node}": the AHP matrix is inconsistent (CR = ${cr.toFixed(4)} ≥ ${limit}); its weights are used because of allow_inconsistent`,
    { pointer: at, args: { node, cr, limit } },
  );

/** D0307: coefficient-of-variation weights on a column that is not ≥ 0 with a positive mean. */
export const cvNotRatioScale = (node: string, id: string, cell: string, at: string) =>
  error(
    "D0307",
    `node "${node}" weighs by the coefficient of variation of the raw values, which needs values ≥ 0 with a positive mean; "${id}"${cell}`,
    {
      pointer: at,
      hint: "CV is for ratio-scale indicators; use `weights stdev` or `critic` on normalised values",
    },
  );

/** D0308: game-theory coefficients normalised by their sum that make a weight negative. */
export const gameTheoryNegative = (
  node: string,
  alpha: readonly number[],
  when: string,
  at: string,
): EngineIssue =>
  error(
    "D0308",
    `node "${node}": the game-theory coefficients normalised by their sum are [${alpha.map((a) => a.toPrecision(6)).join(", ")}]${when}, which make a weight negative`,
    { pointer: at, hint: "use `game_theory abs` (the usual normalisation)" },
  );

// ------------------------------------------------------------------ W0401 grading, W0501 growth

/** W0401: values of D above the scale's top, graded at the top level. */
export const aboveScale = (
  analysis: string,
  count: number,
  scale: string,
  top: { upper: number; level: number },
  max: number,
  at: string,
): EngineIssue =>
  warning(
    "W0401",
    `analysis "${analysis}": ${count} value${count === 1 ? "" : "s"} of D exceed${count === 1 ? "s" : ""} the top of scale "${scale}" (${top.upper}; the largest is ${max}), because indices can reach 1 + shift; graded at level ${top.level}`,
    { pointer: at, args: { analysis, count, scale, upper: top.upper, level: top.level, max } },
  );

/** Why an average annual growth rate is undefined, worded for `growthUndefined`. */
export type GrowthGap = "single-year" | "not-positive" | "not-positive-or-overflow";

const GROWTH_GAP: Record<GrowthGap, string> = {
  "single-year": "the study has a single year",
  "not-positive": "the first-year index is not positive",
  "not-positive-or-overflow":
    "the first-year index is not positive, or so small that the rate overflows",
};

/**
 * W0502: average annual growth rates from a first-year index equal to the normalisation's
 * shift (`units`: each unit and its rate), reported but set by the shift.
 */
export const growthFromShift = (
  node: string,
  firstYear: number,
  shift: number,
  units: readonly { unit: string; rate: number }[],
  at: string,
): EngineIssue =>
  warning(
    "W0502",
    `node "${node}": the average annual growth of ${units.map((u) => `${u.unit} (${(u.rate * 100).toFixed(2)} %)`).join(", ")} starts from a ${firstYear} index equal to the shift ${shift}, so the rate is set by the shift, not by the data`,
    {
      pointer: at,
      args: {
        node,
        firstYear,
        shift,
        units: units.map((u) => u.unit),
        rates: units.map((u) => u.rate),
      },
      hint: `a unit lowest on every indicator of the node in ${firstYear} has the shift as its index there (min-max maps it to 0, then adds the shift), and its rate grows without bound as the shift shrinks: compare the indices instead, or read growth from a later year`,
    },
  );

/** W0501: average annual growth rates that are undefined, reported as null. */
export const growthUndefined = (
  node: string,
  why: GrowthGap,
  units: readonly string[],
  at: string,
): EngineIssue =>
  warning(
    "W0501",
    `node "${node}": the average annual growth is undefined (${GROWTH_GAP[why]}) for ${units.join(", ")}; reported as null`,
    { pointer: at, args: { node, why, units } },
  );
