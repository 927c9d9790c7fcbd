/**
 * The results of a `dynamics` declaration (issue 11: differences and dynamics of D), part of
 * the JSON result (result-schema.ts). Every number is finite; where a statistic is undefined
 * the result says so with null and a reason, never NaN.
 */
import { type Static, Type as T } from "@sinclair/typebox";

const Num = T.Number();
const Labels = T.Record(T.String(), T.String());
const Origin = T.Union([T.Literal("spec"), T.Literal("default")]);

/** Dagum's decomposition in one year (kernels/dagum-gini.ts). */
export const DagumYearSchema = T.Object({
  year: T.Integer(),
  G: Num,
  /** G_w, G_nb, G_t. */
  within: Num,
  netBetween: Num,
  transvariation: Num,
  /** Contribution rates G_w/G, G_nb/G, G_t/G; null when G = 0 (all values equal). */
  shares: T.Union([T.Null(), T.Object({ within: Num, netBetween: Num, transvariation: Num })]),
  /** Group id → its mean, and its within-group Gini G_jj. */
  means: T.Record(T.String(), Num),
  groupGini: T.Record(T.String(), Num),
  /** Group ids by descending mean (Dagum's ranking). */
  order: T.Array(T.String()),
  /** Every pair (richer group first): G_jh and the relative affluence D_jh. */
  pairs: T.Array(T.Object({ groups: T.Array(T.String()), G: Num, D: Num })),
});

export const TheilYearSchema = T.Object({
  year: T.Integer(),
  T: Num,
  within: Num,
  between: Num,
  shares: T.Union([T.Null(), T.Object({ within: Num, between: Num })]),
  groups: T.Record(T.String(), Num),
});

export const DensityResultSchema = T.Object({
  kernel: T.Union([T.Literal("gaussian"), T.Literal("epanechnikov")]),
  kernelOrigin: Origin,
  /** "nrd0", "nrd" or "fixed". */
  bandwidth: T.String(),
  bandwidthOrigin: Origin,
  gridOrigin: Origin,
  grid: T.Array(Num),
  curves: T.Array(T.Object({ year: T.Integer(), h: Num, density: T.Array(Num) })),
});

/**
 * Row i of a transition matrix: P_ij = n_ij / n_i, or all null when no transition out of state
 * i was observed (n_i = 0): the probability is undefined, not 0 (the state is in `unobserved`).
 */
const TransitionRow = T.Array(T.Union([T.Null(), Num]));

/** One chain of a spatial Markov analysis: the transitions whose unit's lag is in one class. */
export const SpatialMarkovClassSchema = T.Object({
  /** The lag class's label (one of the chain's state labels). */
  lag: T.String(),
  counts: T.Array(T.Array(T.Integer())),
  /** As the chain's `matrix`: a row of null for a state with no transition out of it. */
  matrix: T.Array(TransitionRow),
  unobserved: T.Array(T.String()),
  absorbing: T.Array(T.String()),
  steadyState: T.Union([T.Null(), T.Array(Num)]),
  steadyStateNote: T.Union([T.Null(), T.String()]),
});

/** Spatial Markov (Rey 2001): the chain conditioned on the class of each unit's spatial lag. */
export const SpatialMarkovSchema = T.Object({
  /** The spatial weights' id. */
  weights: T.String(),
  /**
   * "row_standardised": lag_i = Σ_j w_ij y_j / Σ_j w_ij over the subject's units, whatever
   * the weights' transform; classed with the states' classes ("states").
   */
  lag: T.Literal("row_standardised"),
  lagClasses: T.Literal("states"),
  /** Units with no neighbour among the subject's units (islands drop): in no conditional chain. */
  dropped: T.Array(T.String()),
  /** One chain per lag class, in the order of the states' labels. */
  classes: T.Array(SpatialMarkovClassSchema),
});

export const MarkovResultSchema = T.Object({
  /** "scale" (the levels of `scale`) or "quantiles" (k classes, pooled or per_year). */
  states: T.String(),
  statesOrigin: Origin,
  step: T.Integer(),
  stepOrigin: Origin,
  /** One label per state: the level number, or "Q1".."Qk". */
  labels: T.Array(T.String()),
  /** Row i: transitions out of state i. */
  counts: T.Array(T.Array(T.Integer())),
  /** Row i: P_ij, or all null when no transition out of state i was observed (n_i = 0). */
  matrix: T.Array(TransitionRow),
  /** States with no transition out of them (their `matrix` rows are null). */
  unobserved: T.Array(T.String()),
  /** States that occur but are never left, absorbing for the steady state. */
  absorbing: T.Array(T.String()),
  steadyState: T.Union([T.Null(), T.Array(Num)]),
  steadyStateNote: T.Union([T.Null(), T.String()]),
  /** Present when the spec asks for the spatial Markov variant (`markov … matrix W`). */
  spatial: T.Optional(SpatialMarkovSchema),
});

export const ConvergenceResultSchema = T.Object({
  step: T.Integer(),
  stepOrigin: Origin,
  sigma: T.Array(T.Object({ year: T.Integer(), mean: Num, sd: Num, cv: T.Union([Num, T.Null()]) })),
  /** Absolute β by pooled OLS, or null with the reason it could not be estimated. */
  beta: T.Union([
    T.Null(),
    T.Object({
      beta: Num,
      alpha: Num,
      se: Num,
      t: Num,
      r2: Num,
      n: T.Integer(),
      speed: T.Union([Num, T.Null()]),
      halfLife: T.Union([Num, T.Null()]),
    }),
  ]),
  betaNote: T.Union([T.Null(), T.String()]),
});

const Gm11ModelSchema = T.Object({
  /** The series modelled: a system's node id, or "D" / the node id when direct. */
  series: T.String(),
  a: Num,
  b: Num,
  C: Num,
  P: Num,
  /** 1 good, 2 qualified, 3 barely qualified, 4 unqualified. */
  grade: T.Integer(),
  mre: Num,
});

export const ForecastResultSchema = T.Object({
  /** "systems": each system's index forecast, then C, T, D; "direct": the series itself. */
  mode: T.Union([T.Literal("systems"), T.Literal("direct")]),
  modeOrigin: Origin,
  horizon: T.Integer(),
  years: T.Array(T.Integer()),
  units: T.Array(
    T.Union([
      T.Object({
        unit: T.String(),
        ok: T.Literal(true),
        values: T.Array(Num),
        /** The scale level of each forecast D (analysis subjects). */
        level: T.Optional(T.Array(T.Integer())),
        models: T.Array(Gm11ModelSchema),
      }),
      T.Object({ unit: T.String(), ok: T.Literal(false), reason: T.String() }),
    ]),
  ),
});

export const DynamicsResultSchema = T.Object({
  id: T.String(),
  label: T.String(),
  labels: Labels,
  /** "analysis:ID:FORM" (its D) or "node:ID" (its index). */
  subject: T.String(),
  units: T.Array(T.String()),
  years: T.Array(T.Integer()),
  groups: T.Array(T.Object({ id: T.String(), label: T.String(), units: T.Array(T.String()) })),
  dagum: T.Optional(T.Array(DagumYearSchema)),
  theil: T.Optional(T.Array(TheilYearSchema)),
  density: T.Optional(DensityResultSchema),
  markov: T.Optional(MarkovResultSchema),
  convergence: T.Optional(ConvergenceResultSchema),
  forecast: T.Optional(ForecastResultSchema),
});

export type DynamicsResult = Static<typeof DynamicsResultSchema>;
export type DagumYear = Static<typeof DagumYearSchema>;
export type TheilYear = Static<typeof TheilYearSchema>;
export type DensityResult = Static<typeof DensityResultSchema>;
export type MarkovResultJson = Static<typeof MarkovResultSchema>;
export type SpatialMarkovJson = Static<typeof SpatialMarkovSchema>;
export type ConvergenceResult = Static<typeof ConvergenceResultSchema>;
export type ForecastResult = Static<typeof ForecastResultSchema>;
