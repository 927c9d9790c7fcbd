/**
 * The plan (P00xx): what the JSON Schema or the semantic checks (plan-checks/) find wrong in a
 * plan before any data is read. Every issue points into the plan (`at`, a JSON pointer), which
 * the CLI maps to the spec line that produced it.
 */
import { type EngineIssue, error } from "../issues.js";

// ------------------------------------------------------------------ P0001–P0002 the schema

/** P0001: a plan written by another version of ccdc (`line` is the schema check's own text). */
export const unsupportedPlanVersion = (line: string): EngineIssue =>
  error("P0001", line, {
    pointer: "/planVersion",
    hint: "regenerate the plan with this version of ccdc",
  });

/** P0002: a schema error at a JSON pointer (`/` is the whole plan). */
export const schemaMismatch = (at: string, message: string): EngineIssue =>
  error("P0002", `plan ${at}: ${message}`, { pointer: at === "/" ? "" : at });

/** P0002: a schema error the schema check reported without a pointer. */
export const schemaMismatchUnplaced = (line: string): EngineIssue => error("P0002", line);

// ------------------------------------------------------------------ P0003–P0004 ids and keys

/** P0004: an id given twice within one namespace (`kind`: variable, region, scale, …). */
export const duplicateId = (kind: string, id: string, at: string): EngineIssue =>
  error("P0004", `duplicate ${kind} id "${id}"`, { pointer: at });

/** P0004: two regions with one data key. */
export const duplicateRegionKey = (key: string, at: string): EngineIssue =>
  error("P0004", `two regions have the data key "${key}"`, { pointer: at });

/** P0004: two variables of one source with one data key. */
export const duplicateVariableKey = (source: string, key: string, at: string): EngineIssue =>
  error("P0004", `two variables of source "${source}" have the data key "${key}"`, {
    pointer: at,
  });

// ------------------------------------------------------------------ units

/** P0005: a unit without members. */
export const unitWithoutMembers = (unit: string, at: string): EngineIssue =>
  error("P0005", `unit "${unit}" has no member regions`, { pointer: at });

/** P0005: a unit of several regions in a study at region level. */
export const unitOfSeveralAtRegionLevel = (unit: string, members: number, at: string) =>
  error("P0005", `unit "${unit}" has ${members} members, but the study runs at region level`, {
    pointer: at,
  });

/** P0003: a unit member that is not a region. */
export const unitUnknownRegion = (unit: string, region: string, at: string): EngineIssue =>
  error("P0003", `unit "${unit}" lists unknown region "${region}"`, { pointer: at });

/** P0004: a unit listing one region twice. */
export const unitRepeatsRegion = (unit: string, region: string, at: string): EngineIssue =>
  error("P0004", `unit "${unit}" lists region "${region}" twice`, { pointer: at });

// ------------------------------------------------------------------ P0010 years

/** P0010: no study year. */
export const noStudyYears = (at: string): EngineIssue =>
  error("P0010", "the study has no years", { pointer: at });

/** P0010: a period longer than the limit. */
export const periodTooLong = (from: number, to: number, max: number, at: string): EngineIssue =>
  error(
    "P0010",
    `the period ${from}–${to} spans ${to - from + 1} years; at most ${max} are allowed`,
    { pointer: at },
  );

/** P0010: study years that do not start and end with the period. */
export const yearsNotPeriodEnds = (
  first: number | undefined,
  last: number | undefined,
  from: number,
  to: number,
  at: string,
): EngineIssue =>
  error(
    "P0010",
    `the study years run ${first}–${last}, but the period is ${from}–${to}: its first and last years must be the period's`,
    { pointer: at },
  );

/** P0010: study years out of order. */
export const yearsNotAscending = (previous: number, year: number, at: string): EngineIssue =>
  error("P0010", `study years must be strictly ascending: ${previous} then ${year}`, {
    pointer: at,
  });

/** P0010: a study year outside the period. */
export const yearOutsidePeriod = (year: number, from: number, to: number, at: string) =>
  error("P0010", `study year ${year} lies outside the period ${from}–${to}`, { pointer: at });

// ------------------------------------------------------------------ P0003/P0005 the hierarchy

/** P0003: an indicator whose parent is not a node. */
export const indicatorUnknownParent = (indicator: string, parent: string, at: string) =>
  error("P0003", `indicator "${indicator}" has unknown parent "${parent}"`, { pointer: at });

/** P0005: an indicator whose parent does not list it. */
export const indicatorNotAChild = (indicator: string, parent: string, at: string) =>
  error(
    "P0005",
    `indicator "${indicator}" names parent "${parent}", which does not list it as a child`,
    { pointer: at },
  );

/** P0003: an indicator reading a variable that is not declared. */
export const indicatorUnknownVariable = (indicator: string, variable: string, at: string) =>
  error("P0003", `indicator "${indicator}" reads unknown variable "${variable}"`, {
    pointer: at,
  });

/** P0005: a first node that is not the root. */
export const firstNodeNotRoot = (node: string, at: string): EngineIssue =>
  error("P0005", `the first node "${node}" must be the root (parent null)`, { pointer: at });

/** P0003: a node whose parent is not a node. */
export const nodeUnknownParent = (node: string, parent: string, at: string): EngineIssue =>
  error("P0003", `node "${node}" has unknown parent "${parent}"`, { pointer: at });

/** P0005: a node whose parent does not list it. */
export const nodeNotAChild = (node: string, parent: string, at: string): EngineIssue =>
  error("P0005", `node "${node}" names parent "${parent}", which does not list it as a child`, {
    pointer: at,
  });

/** P0003: a child that is neither a node nor an indicator. */
export const nodeUnknownChild = (node: string, child: string, at: string): EngineIssue =>
  error("P0003", `node "${node}" lists unknown child "${child}"`, { pointer: at });

/** P0005: a child whose parent is another node. */
export const childOfAnotherNode = (
  node: string,
  child: string,
  childParent: string | null | undefined,
  at: string,
): EngineIssue =>
  error("P0005", `node "${node}" lists child "${child}", whose parent is "${childParent}"`, {
    pointer: at,
  });

/** P0003: a leaf that is not an indicator. */
export const nodeUnknownLeaf = (node: string, leaf: string, at: string): EngineIssue =>
  error("P0003", `node "${node}" lists unknown leaf indicator "${leaf}"`, { pointer: at });

/** P0003: a given index read from a variable that is not declared. */
export const givenUnknownVariable = (node: string, variable: string, at: string): EngineIssue =>
  error("P0003", `node "${node}" reads its index from unknown variable "${variable}"`, {
    pointer: at,
  });

/** P0005: parents that loop. */
export const hierarchyCycle = (node: string, at: string): EngineIssue =>
  error("P0005", `the hierarchy has a cycle through node "${node}"`, { pointer: at });

/** P0005: a node's declared leaves differ from the indicators below it. */
export const leavesMismatch = (
  node: string,
  declared: readonly string[],
  below: readonly string[],
  at: string,
): EngineIssue =>
  error(
    "P0005",
    `node "${node}" lists leaves [${declared.join(", ")}], but the indicators below it are [${below.join(", ")}]`,
    { pointer: at },
  );

/** P0005: a flat node with nothing to compose. */
export const flatWithoutIndicators = (node: string, at: string): EngineIssue =>
  error("P0005", `node "${node}" is composed flat but has no indicators below it`, {
    pointer: at,
  });

/** P0005: a flat node above a given index, which flat composition would skip. */
export const flatOverGiven = (node: string, given: string, at: string): EngineIssue =>
  error(
    "P0005",
    `node "${node}" is composed flat over its leaf indicators, so the given index of node "${given}" below it would be ignored`,
    { pointer: at, hint: "compose it staged, so that its children's indices are weighted" },
  );

/** P0005: a staged node without children. */
export const stagedWithoutChildren = (node: string, at: string): EngineIssue =>
  error("P0005", `node "${node}" is composed staged but has no children`, { pointer: at });

// ------------------------------------------------------------------ P0006/P0007 weights, beta

/** P0006: fixed weights that do not name exactly what the node weights. */
export const fixedWeightsIds = (
  node: string,
  what: string,
  over: readonly string[],
  missing: readonly string[],
  extra: readonly string[],
  at: string,
): EngineIssue =>
  error(
    "P0006",
    `fixed weights of node "${node}" must name exactly its ${what} [${over.join(", ")}]` +
      (missing.length ? `; missing: ${missing.join(", ")}` : "") +
      (extra.length ? `; not weighted here: ${extra.join(", ")}` : ""),
    { pointer: at },
  );

/** What a list of weights that must sum to 1 belongs to: a node's fixed weights or a beta. */
export type WeightsOf = { kind: "fixed"; node: string } | { kind: "beta"; analysis: string };

const weightsCode = (of: WeightsOf) => (of.kind === "fixed" ? "P0006" : "P0007");
const weightsName = (of: WeightsOf) =>
  of.kind === "fixed" ? `fixed weights of node "${of.node}"` : `beta of analysis "${of.analysis}"`;

/** P0006/P0007: weights or betas that are negative or not finite. */
export const weightsNotNonNegative = (
  of: WeightsOf,
  values: readonly number[],
  at: string,
): EngineIssue =>
  error(
    weightsCode(of),
    `${weightsName(of)} must be finite and non-negative: [${values.join(", ")}]`,
    { pointer: at },
  );

/** P0006/P0007: weights or betas that do not sum to 1. */
export const weightsSumNotOne = (of: WeightsOf, sum: number, at: string): EngineIssue =>
  error(weightsCode(of), `${weightsName(of)} must sum to 1, not ${sum}`, { pointer: at });

/** P0007: a within analysis with one beta per system missing or extra. */
export const betaCountSystems = (analysis: string, betas: number, systems: number, at: string) =>
  error("P0007", `analysis "${analysis}" gives ${betas} beta weights for ${systems} systems`, {
    pointer: at,
  });

/** P0007: a between analysis whose betas do not match a combination's size. */
export const betaCountCombination = (
  analysis: string,
  betas: number,
  combination: readonly string[],
  at: string,
): EngineIssue =>
  error(
    "P0007",
    `analysis "${analysis}" gives ${betas} beta weights, but combination [${combination.join(", ")}] has ${combination.length} units`,
    { pointer: at },
  );

// ------------------------------------------------------------------ P0015/P0016 weightings

/** P0015: a combination of fewer than two weightings. */
export const combineTooFewMembers = (node: string, at: string): EngineIssue =>
  error("P0015", `node "${node}": a combination needs ≥ 2 members`, { pointer: at });

/** P0015: a linear combination whose α do not fit its members. */
export const combineLinearAlpha = (node: string, at: string): EngineIssue =>
  error("P0015", `node "${node}": combine linear needs one α per member summing to 1`, {
    pointer: at,
  });

/** P0015: a combination's fixed member that does not weight exactly the node's ids. */
export const fixedMemberIds = (node: string, over: readonly string[], at: string) =>
  error("P0015", `node "${node}": fixed member weights must name exactly [${over.join(", ")}]`, {
    pointer: at,
  });

/** P0015: an AHP matrix of the wrong shape or ids. */
export const ahpNotSquare = (
  node: string,
  over: readonly string[],
  maxOrder: number,
  at: string,
): EngineIssue =>
  error(
    "P0015",
    `node "${node}": the AHP matrix must be square over exactly [${over.join(", ")}] (order ≤ ${maxOrder})`,
    { pointer: at },
  );

/** P0015: an AHP cell that is not positive or not reciprocal (`problem`, e.g. "not reciprocal"). */
export const ahpBadCell = (
  node: string,
  row: string | undefined,
  col: string | undefined,
  value: number,
  problem: string,
  at: string,
): EngineIssue =>
  error("P0015", `node "${node}": AHP cell (${row}, ${col}) = ${value} is ${problem}`, {
    pointer: at,
  });

/** P0016: an inconsistent AHP matrix under the rule error (Saaty's CR; docs/method.md). */
export const ahpInconsistent = (
  node: string,
  r: { lambdaMax: number; ci: number; ri: number; cr: number },
  order: number,
  limit: number,
  at: string,
): EngineIssue =>
  error(
    "P0016",
    `node "${node}": the AHP matrix is inconsistent: λmax = ${r.lambdaMax.toFixed(4)}, CI = ${r.ci.toFixed(4)}, RI(${order}) = ${r.ri}, CR = ${r.cr.toFixed(4)} ≥ ${limit}`,
    {
      pointer: at,
      hint: "revise the judgements (the largest deviations from a_ij·a_jk = a_ik), or write `weights ahp allow_inconsistent` to use them with a warning",
    },
  );

// ------------------------------------------------------------------ P0008 scales

/** P0008: a scale whose levels do not tile [0, 1]; `problem` is one of the SCALE_PROBLEMS. */
export const badScale = (scale: string, problem: string, at: string): EngineIssue =>
  error("P0008", `scale "${scale}": ${problem}`, { pointer: at });

/** The ways a scale's levels fail to tile [0, 1], worded for `badScale`. */
export const SCALE_PROBLEMS = {
  noLevels: () => "has no levels",
  firstNotAtZero: () => "the first level must start at 0, closed",
  lastNotAtOne: () => "the last level must end at 1, closed",
  emptyLevel: (level: number, lower: number, upper: number) =>
    `level ${level} is empty: [${lower}, ${upper}]`,
  gap: (a: number, b: number, upper: number, lower: number) =>
    `levels ${a} and ${b} do not meet (${upper} ≠ ${lower})`,
  boundaryOwner: (boundary: number, a: number, b: number) =>
    `the boundary ${boundary} between levels ${a} and ${b} must belong to exactly one of them`,
} as const;

// ------------------------------------------------------------------ sources

/** P0003: a weighted mean weighted by a variable that is not declared. */
export const weightedByUnknown = (variable: string, by: string, at: string): EngineIssue =>
  error("P0003", `variable "${variable}" is weighted by unknown variable "${by}"`, {
    pointer: at,
  });

/** P0003: a weighted mean weighted by the variable itself. */
export const weightedBySelf = (variable: string, at: string): EngineIssue =>
  error("P0003", `variable "${variable}" cannot be weighted by itself`, { pointer: at });

/** P0003: a splice on a variable that is not declared. */
export const splicedOnUnknown = (variable: string, proxy: string, at: string): EngineIssue =>
  error("P0003", `variable "${variable}" is spliced on unknown variable "${proxy}"`, {
    pointer: at,
  });

/** P0009: splice proxies that lead back to where they started (`cycle` ends where it begins). */
export const spliceCycle = (cycle: readonly string[], at: string | undefined): EngineIssue =>
  error("P0009", `splice proxies form a cycle: ${cycle.join(" ← ")}`, {
    pointer: at,
    hint: "a proxy must be observed (or filled by a non-splice rule) where it is used",
  });

// ------------------------------------------------------------------ P0011–P0012 analyses

/** P0003: an analysis graded on a scale that is not declared. */
export const analysisUnknownScale = (analysis: string, scale: string, at: string) =>
  error("P0003", `analysis "${analysis}" uses unknown scale "${scale}"`, { pointer: at });

/** P0011: an analysis without a coupling form. */
export const analysisWithoutForms = (analysis: string, at: string): EngineIssue =>
  error("P0011", `analysis "${analysis}" lists no coupling form`, { pointer: at });

/** P0003: an analysis naming a node or unit that is not declared (`kind`: node, unit). */
export const analysisUnknownId = (analysis: string, kind: string, id: string, at: string) =>
  error("P0003", `analysis "${analysis}" names unknown ${kind} "${id}"`, { pointer: at });

/** P0011: an analysis naming one id twice in one list (`list`: systems, units, …). */
export const analysisRepeatsId = (
  analysis: string,
  kind: string,
  id: string,
  list: string,
  at: string,
): EngineIssue =>
  error("P0011", `analysis "${analysis}" repeats ${kind} "${id}" in its ${list}`, {
    pointer: at,
  });

/** P0011: a within analysis of fewer than two systems. */
export const tooFewSystems = (analysis: string, systems: number, at: string): EngineIssue =>
  error("P0011", `analysis "${analysis}" couples ${systems} system(s); coupling needs at least 2`, {
    pointer: at,
  });

/** P0011: a between combination of fewer than two units. */
export const combinationTooSmall = (
  analysis: string,
  combination: readonly string[],
  at: string,
): EngineIssue =>
  error(
    "P0011",
    `analysis "${analysis}": a combination needs at least 2 units, not [${combination.join(", ")}]`,
    { pointer: at },
  );

/** P0012: an analysis with more rows than the limit. */
export const tooManyRows = (analysis: string, rows: number, max: number, at: string) =>
  error("P0012", `analysis "${analysis}" would produce ${rows} rows (more than ${max})`, {
    pointer: at,
    hint: "list fewer combinations, units or forms, or split the study",
  });

// ------------------------------------------------------------------ P0013 dynamics

/** P0003: a dynamics declaration naming what the plan does not declare (`kind`: node, analysis). */
export const dynamicsUnknownId = (dynamics: string, kind: string, id: string, at: string) =>
  error("P0003", `dynamics "${dynamics}" names unknown ${kind} "${id}"`, { pointer: at });

/** P0003: Markov states on a scale that is not declared. */
export const dynamicsUnknownScale = (dynamics: string, scale: string, at: string) =>
  error("P0003", `dynamics "${dynamics}" uses unknown scale "${scale}"`, { pointer: at });

/** P0013: an invalid dynamics declaration; `problem` is one of the DYNAMICS_PROBLEMS. */
export const badDynamics = (dynamics: string, problem: string, at: string): EngineIssue =>
  error("P0013", `dynamics "${dynamics}": ${problem}`, { pointer: at });

/** The ways a dynamics declaration can be invalid, worded for `badDynamics`. */
export const DYNAMICS_PROBLEMS = {
  betweenSubject: (analysis: string) =>
    `analysis "${analysis}" couples units with each other: it has no D per unit`,
  formNotComputed: (analysis: string, form: string) =>
    `analysis "${analysis}" does not compute form ${form}`,
  emptyGroup: (group: string) => `group "${group}" has no unit`,
  foreignUnit: (group: string, unit: string) =>
    `group "${group}": "${unit}" is not a unit of the subject`,
  unitInTwoGroups: (unit: string, first: string | undefined, second: string) =>
    `"${unit}" is in both group "${first}" and group "${second}"`,
  noGroups: () => "Dagum's Gini and Theil's index need groups",
  ungrouped: (units: readonly string[]) =>
    `units in no group: ${units.map((u) => `"${u}"`).join(", ")}`,
  markovStepTooLong: (step: number) => `Markov step ${step} leaves no transition in the period`,
  convergenceStepTooLong: (step: number) => `convergence step ${step} leaves no pair of years`,
  bandwidthNeedsUnits: () => "a bandwidth rule needs at least two units; give a fixed h",
  gridBackwards: () => "the density grid must run from a lower to a higher value",
  yearsNotConsecutive: (years: readonly number[]) =>
    `Markov transitions, convergence and forecasts need consecutive years; the period is ${years.join(", ")}`,
  systemsForecastOfNode: () =>
    "forecast mode systems needs an analysis subject (its systems); use direct",
} as const;

// ------------------------------------------------------------------ P0014 numbers

/** P0014: a number that is not finite (a literal that overflowed a double). */
export const nonFiniteNumber = (value: number, at: string): EngineIssue =>
  error(
    "P0014",
    `the number at ${at} is ${value}: a plan holds finite numbers only (a literal beyond ±1.8e308 overflows)`,
    { pointer: at },
  );

/** P0014: more non-finite numbers than are listed. */
export const moreNonFiniteNumbers = (more: number): EngineIssue =>
  error("P0014", `${more} more non-finite numbers are not listed`, {});

// ------------------------------------------------------------------ P0017 nesting

/** P0017: a plan nested deeper than the limit (`at`: the top-level part holding it). */
export const planTooDeep = (at: string, limit: number): EngineIssue =>
  error("P0017", `the plan nests more than ${limit} levels deep in ${at}`, {
    pointer: at === "/" ? "" : at,
    hint: "a compiled plan nests about 600 levels at most: write the expression in a spec, or split it into variables",
  });
