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

export const ResultNodeSchema = T.Object({
  id: T.String(),
  label: T.String(),
  labels: Labels,
  parent: T.Union([T.String(), T.Null()]),
  role: T.Union([T.Literal("root"), T.Literal("system"), T.Literal("group")]),
  compose: T.Union([T.Literal("flat"), T.Literal("staged"), T.Literal("given")]),
  /** Each id the index is a weighted sum of (leaf indicators, or child nodes when staged). */
  weights: T.Record(T.String(), Num),
  /**
   * Scope per_year only: id → the weight in each year, aligned with `years` (entropy weights
   * differ by year; `weights` then holds their mean across years).
   */
  weightsByYear: T.Optional(T.Record(T.String(), T.Array(Num))),
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
    /** nodeId → unitId → average annual growth (first to last year), or null if undefined. */
    growth: T.Record(T.String(), T.Record(T.String(), T.Union([Num, T.Null()]))),
    filled: T.Array(FilledCellSchema),
    method: MethodReportSchema,
    warnings: T.Array(WarningSchema),
  },
  { $id: "https://ccdc.dev/schema/result-v1.json", title: "ccdc results, version 1" },
);

export type Result = Static<typeof ResultSchema>;
export type ResultIndicator = Static<typeof ResultIndicatorSchema>;
export type ResultNode = Static<typeof ResultNodeSchema>;
export type CouplingRow = Static<typeof CouplingRowSchema>;
export type FilledCell = Static<typeof FilledCellSchema>;
export type ResultWarning = Static<typeof WarningSchema>;
export type MethodReport = Static<typeof MethodReportSchema>;
