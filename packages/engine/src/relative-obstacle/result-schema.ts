/**
 * The results of the `relative` and `obstacle` declarations (issue 10), part of the JSON
 * result (result-schema.ts). Rows hold one value per year of the study (`Result.years`).
 * Every number is finite: an undefined ratio is null under a declared rule, never NaN.
 */
import { type Static, Type as T } from "@sinclair/typebox";

const Num = T.Number();
const Labels = T.Record(T.String(), T.String());

/** One band of E, as the plan declares it, and whether it is the synchronous band (holds 1). */
export const ResultRelativeLevelSchema = T.Object({
  level: T.Integer(),
  lower: Num,
  /** null: unbounded above. */
  upper: T.Union([Num, T.Null()]),
  lowerClosed: T.Boolean(),
  upperClosed: T.Boolean(),
  labels: Labels,
  synchronous: T.Boolean(),
});

/** One unit of a relative development analysis, one entry per year. */
export const ResultRelativeRowSchema = T.Object({
  unit: T.String(),
  /** The graded E: U1/U2 (`ratio`) or the lagging system's E (`mean_of_others`); null: 0 denominator. */
  E: T.Array(T.Union([Num, T.Null()])),
  /** System id → E_k (`ratio`: U1/U2 and U2/U1); null where the denominator is 0. */
  ratios: T.Record(T.String(), T.Array(T.Union([Num, T.Null()]))),
  /** The system with the lowest index (the first in order on a tie). */
  lagging: T.Array(T.String()),
  /** The band's level number. */
  level: T.Array(T.Integer()),
  /** "synchronous" in the synchronous band, else the lagging system's id. */
  lagType: T.Array(T.String()),
  /** D of the analysis in the chosen form, and its level number on the analysis's scale. */
  D: T.Array(Num),
  dLevel: T.Array(T.Integer()),
  /** D's grade × the lag type, in the labels' primary language: "barely coordinated — infrastructure lagging". */
  crossType: T.Array(T.String()),
});

export const ResultRelativeSchema = T.Object({
  id: T.String(),
  label: T.String(),
  labels: Labels,
  analysis: T.String(),
  form: T.String(),
  rule: T.Union([T.Literal("ratio"), T.Literal("mean_of_others")]),
  systems: T.Array(T.String()),
  /** The scale D is graded on. */
  scale: T.String(),
  levels: T.Array(ResultRelativeLevelSchema),
  rows: T.Array(ResultRelativeRowSchema),
});

/** One unit of an obstacle analysis, one entry per year. */
export const ResultObstacleUnitSchema = T.Object({
  unit: T.String(),
  /** Indicator id → O_ij by year (each in [0, 1]; summing to 1 over the indicators, or 0 at the ideal). */
  obstacle: T.Record(T.String(), T.Array(Num)),
  /** Indicator id → I_ij = 1 − x'_ij by year. */
  deviation: T.Record(T.String(), T.Array(Num)),
  /** Part id (a direct child of the node) → the sum of its indicators' O_ij, by year. */
  shares: T.Record(T.String(), T.Array(Num)),
  /** By year: the `top` indicators by O_ij, largest first (ties in plan order; none at the ideal). */
  top: T.Array(T.Array(T.String())),
  /** By year: true when Σ F I = 0 (every indicator at its ideal): every O is 0 (declared rule). */
  atIdeal: T.Array(T.Boolean()),
});

export const ResultObstacleSchema = T.Object({
  id: T.String(),
  label: T.String(),
  labels: Labels,
  node: T.String(),
  top: T.Integer(),
  /** The normalisation's shift s, taken off before I = 1 − x' (x' = y' − s). */
  shift: Num,
  /** The leaf indicators below the node, in plan order. */
  indicators: T.Array(T.String()),
  /** The node's direct children that hold indicators (the systems, for the index), with their leaves. */
  parts: T.Array(T.Object({ id: T.String(), indicators: T.Array(T.String()) })),
  /** Indicator id → F_j by year: the product of the weights on its path to the node. */
  weights: T.Record(T.String(), T.Array(Num)),
  units: T.Array(ResultObstacleUnitSchema),
});

export type ResultRelative = Static<typeof ResultRelativeSchema>;
export type ResultRelativeRow = Static<typeof ResultRelativeRowSchema>;
export type ResultObstacle = Static<typeof ResultObstacleSchema>;
export type ResultObstacleUnit = Static<typeof ResultObstacleUnitSchema>;
