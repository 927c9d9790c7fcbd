/**
 * The results of running a plan: the typed result object and its published JSON Schema, from
 * one TypeBox source. Field names are a public contract (other tools read them); add fields,
 * never rename them.
 *
 * Every number is finite: the engine never emits NaN or Infinity. A value that is undefined
 * for a declared reason (a growth rate from a zero first year) is `null` with a warning.
 */
import { type Static, Type as T } from "@sinclair/typebox";
import { DynamicsResultSchema } from "./dynamics-schema.js";
import { ResultObstacleSchema, ResultRelativeSchema } from "./relative-obstacle/result-schema.js";
import { ResultAutocorrelationSchema, ResultWeightsSchema } from "./spatial/result-schema.js";

export * from "./relative-obstacle/result-schema.js";
export * from "./spatial/result-schema.js";

export const RESULT_VERSION = 1;

const Num = T.Number();
const Labels = T.Record(T.String(), T.String());
/** unitId → one value per year, aligned with `years`. */
const ByUnit = T.Record(T.String(), T.Array(Num));
const Origin = T.Union([T.Literal("spec"), T.Literal("default")]);

export const ResultIndicatorSchema = T.Object({
  id: T.String(),
  label: T.String(),
  labels: Labels,
  parent: T.String(),
  direction: T.Union([T.Literal("+"), T.Literal("-")]),
  unit: T.String(),
  /** Inputs to normalisation: after aggregation, derivation and filling. */
  values: ByUnit,
  /** After min-max and the shift (eq. 1-2). */
  normalized: ByUnit,
});

/**
 * One weighting's intermediate values in one scope: `byId` quantity → id → value (sigma, mean,
 * cv, dispersion, conflict, information, entropy), `scalars` (lambdaMax, ci, ri, cr),
 * `correlation` (CRITIC's r), `alpha`/`rawAlpha` and `members` (combine).
 */
export const WeightDetailSchema = T.Recursive(
  (Self) =>
    T.Object({
      method: T.String(),
      weights: T.Record(T.String(), Num),
      byId: T.Optional(T.Record(T.String(), T.Record(T.String(), Num))),
      scalars: T.Optional(T.Record(T.String(), Num)),
      correlation: T.Optional(T.Record(T.String(), T.Record(T.String(), Num))),
      alpha: T.Optional(T.Array(Num)),
      rawAlpha: T.Optional(T.Array(Num)),
      members: T.Optional(T.Array(Self)),
      degenerate: T.Optional(T.Boolean()),
    }),
  { $id: "WeightDetail" },
);

export const ResultNodeSchema = T.Object({
  id: T.String(),
  label: T.String(),
  labels: Labels,
  parent: T.Union([T.String(), T.Null()]),
  role: T.Union([T.Literal("root"), T.Literal("system"), T.Literal("group")]),
  compose: T.Union([
    T.Literal("flat"),
    T.Literal("staged"),
    T.Literal("topsis"),
    T.Literal("given"),
  ]),
  /** Each id the index is a weighted sum of (leaf indicators, or child nodes when staged). */
  weights: T.Record(T.String(), Num),
  /**
   * Scope per_year only: id → the weight in each year, aligned with `years` (entropy weights
   * differ by year; `weights` then holds their mean across years).
   */
  weightsByYear: T.Optional(T.Record(T.String(), T.Array(Num))),
  /**
   * Weightings other than entropy, equal and fixed: the intermediate values of each scope (one
   * element when pooled, one per year when per year), so a reviewer can check them.
   */
  weighting: T.Optional(T.Array(WeightDetailSchema)),
  /** compose topsis: the ideal points V+ and V− by id, one element per scope. */
  topsis: T.Optional(
    T.Array(
      T.Object({ idealPlus: T.Record(T.String(), Num), idealMinus: T.Record(T.String(), Num) }),
    ),
  ),
  index: ByUnit,
});

export const CouplingRowSchema = T.Object({
  analysis: T.String(),
  form: T.Union([
    T.Literal("standard"),
    T.Literal("product_over_mean"),
    T.Literal("wang2021_modified"),
  ]),
  /** One unit (within) or the combination of units (between). */
  units: T.Array(T.String()),
  /** The coupled systems (within) or the one node (between). */
  systems: T.Array(T.String()),
  years: T.Array(T.Integer()),
  C: T.Array(Num),
  T: T.Array(Num),
  D: T.Array(Num),
  level: T.Array(T.Integer()),
  /** The level's primary (English) label. */
  label: T.Array(T.String()),
  /** The level's labels in every language the scale declares. */
  labels: T.Record(T.String(), T.Array(T.String())),
  scale: T.String(),
});

export const FilledCellSchema = T.Object({
  variable: T.String(),
  region: T.String(),
  year: T.Integer(),
  rule: T.String(),
  value: Num,
});

export const WarningSchema = T.Object({
  code: T.String(),
  message: T.String(),
  /** JSON pointer into the plan, when the warning concerns one plan element. */
  pointer: T.Optional(T.String()),
  /**
   * The warning's structured fields (ids, counts, years, rates), named per code in
   * docs/run-errors.md: what a renderer words the warning from in another language.
   */
  args: T.Optional(
    T.Record(
      T.String(),
      T.Union([T.String(), Num, T.Boolean(), T.Array(T.String()), T.Array(Num)]),
    ),
  ),
});

export const MethodReportSchema = T.Object({
  normalization: T.Object({
    kind: T.Literal("minmax"),
    shift: Num,
    scope: T.Union([T.Literal("pooled"), T.Literal("per_year")]),
    origin: T.Object({ shift: Origin, scope: Origin }),
  }),
  constantIndicator: T.Object({ rule: T.String(), origin: Origin }),
  unitLevel: T.Union([T.Literal("region"), T.Literal("cluster")]),
  nodes: T.Array(
    T.Object({
      id: T.String(),
      compose: T.String(),
      composeOrigin: Origin,
      weighting: T.String(),
      weightingOrigin: Origin,
    }),
  ),
  variables: T.Array(
    T.Object({
      id: T.String(),
      aggregate: T.String(),
      missing: T.String(),
      missingOrigin: Origin,
    }),
  ),
  analyses: T.Array(
    T.Object({
      id: T.String(),
      kind: T.Union([T.Literal("within"), T.Literal("between")]),
      forms: T.Array(T.String()),
      formOrigin: Origin,
      beta: T.Union([T.Literal("equal"), T.Array(Num)]),
      betaOrigin: Origin,
      scale: T.String(),
      /** "default": the spec named no scale and its only scale was used. */
      scaleOrigin: T.Optional(Origin),
    }),
  ),
  /** Fixed rules the engine always applies, stated so reports can print them. */
  conventions: T.Array(T.String()),
});

/** Per row of a watched output: one value per year for each statistic. */
export const SensitivityRowSchema = T.Object({
  /** The unit (node, within) or the combination (between). */
  units: T.Array(T.String()),
  /** The node (node, between) or the coupled systems (within). */
  systems: T.Array(T.String()),
  nominal: T.Array(Num),
  median: T.Array(Num),
  /** The 5 % and 95 % quantiles over runs (type 7). */
  low: T.Array(Num),
  high: T.Array(Num),
  /** Analyses: the share of runs giving the nominal grade level. */
  gradeShare: T.Optional(T.Array(Num)),
  /** Rank among the rows of the same system(s) in that year (1 = highest): nominal, min, max. */
  rank: T.Object({ nominal: T.Array(Num), low: T.Array(Num), high: T.Array(Num) }),
});

export const SensitivityOutputSchema = T.Object({
  kind: T.Union([T.Literal("analysis"), T.Literal("node")]),
  id: T.String(),
  /** Analyses: the coupling form of the nominal run (each run uses its own first form). */
  form: T.Optional(T.String()),
  rows: T.Array(SensitivityRowSchema),
  /** Rows ranked together, with Kendall's τ-b and the mean absolute rank shift by year. */
  groups: T.Array(
    T.Object({
      systems: T.Array(T.String()),
      tauMedian: T.Array(T.Union([Num, T.Null()])),
      tauMin: T.Array(T.Union([Num, T.Null()])),
      meanAbsRankShift: T.Array(Num),
    }),
  ),
  /** Each choice's first-order share of the output's variance, pooled over its cells. */
  firstOrder: T.Array(T.Object({ choice: T.String(), share: Num })),
});

export const SensitivityResultSchema = T.Object({
  id: T.String(),
  label: T.String(),
  labels: Labels,
  choices: T.Array(T.Object({ id: T.String(), alternatives: T.Array(T.String()) })),
  sample: T.Union([
    T.Object({ kind: T.Literal("grid") }),
    T.Object({ kind: T.Literal("random"), count: T.Integer(), seed: T.Integer() }),
  ]),
  runs: T.Integer(),
  outputs: T.Array(SensitivityOutputSchema),
});

export const ResultSchema = T.Object(
  {
    resultVersion: T.Literal(RESULT_VERSION),
    study: T.Object({ id: T.String(), title: T.String() }),
    years: T.Array(T.Integer()),
    units: T.Array(T.Object({ id: T.String(), label: T.String(), labels: Labels })),
    indicators: T.Array(ResultIndicatorSchema),
    nodes: T.Array(ResultNodeSchema),
    coupling: T.Array(CouplingRowSchema),
    /** One entry per dynamics declaration (issue 11); absent when the plan has none. */
    dynamics: T.Optional(T.Array(DynamicsResultSchema)),
    /** One entry per relative development analysis (issue 10); absent when the plan has none. */
    relative: T.Optional(T.Array(ResultRelativeSchema)),
    /** One entry per obstacle analysis (issue 10); absent when the plan has none. */
    obstacles: T.Optional(T.Array(ResultObstacleSchema)),
    /** nodeId → unitId → average annual growth (first to last year), or null if undefined. */
    growth: T.Record(T.String(), T.Record(T.String(), T.Union([Num, T.Null()]))),
    filled: T.Array(FilledCellSchema),
    method: MethodReportSchema,
    warnings: T.Array(WarningSchema),
    /** The variant the run applied, if any (`ccdc run --variant`). */
    variant: T.Optional(T.Object({ id: T.String(), label: T.String() })),
    /** Sensitivity analyses (absent when the study declares none). */
    sensitivity: T.Optional(T.Array(SensitivityResultSchema)),
    /** The spatial weight matrices (present when the plan declares any). */
    spatialWeights: T.Optional(T.Array(ResultWeightsSchema)),
    /** The spatial autocorrelation analyses (present when the plan declares spatial weights). */
    autocorrelation: T.Optional(T.Array(ResultAutocorrelationSchema)),
  },
  { $id: "https://ccdc.dev/schema/result-v1.json", title: "ccdc results, version 1" },
);

export type Result = Static<typeof ResultSchema>;
export type ResultIndicator = Static<typeof ResultIndicatorSchema>;
export type ResultNode = Static<typeof ResultNodeSchema>;
export type ResultWeightDetail = Static<typeof WeightDetailSchema>;
export type CouplingRow = Static<typeof CouplingRowSchema>;
export type FilledCell = Static<typeof FilledCellSchema>;
export type ResultWarning = Static<typeof WarningSchema>;
export type MethodReport = Static<typeof MethodReportSchema>;
export type SensitivityResultJson = Static<typeof SensitivityResultSchema>;
