/**
 * The plan's relative-development and obstacle-degree analyses (issue 10). docs/language.md
 * ("relative", "obstacle") and docs/method.md §12-13 describe every field; the engine computes
 * them from the systems' indices, a within analysis's D, the indicators' normalised values and
 * the hierarchy's weights.
 */
import { type Static, Type as T } from "@sinclair/typebox";
import type { DeepReadonly } from "./readonly.js";

const Id = T.String({ pattern: "^[A-Za-z_][A-Za-z0-9_]*$", description: "a resolved identifier" });
const Labels = T.Record(T.String(), T.String(), {
  description: "labels by language tag, e.g. { en: 'Beijing', zh: '北京' }; 'en' is always present",
});
const Origin = T.Union([T.Literal("spec"), T.Literal("default")]);

/** One band of the relative development degree E; the bands tile [0, +∞) in ascending order. */
export const RelativeLevelSchema = T.Object({
  level: T.Integer(),
  lower: T.Number({ minimum: 0 }),
  /** null: unbounded above (+∞, never closed). */
  upper: T.Union([T.Number(), T.Null()]),
  lowerClosed: T.Boolean(),
  upperClosed: T.Boolean(),
  labels: Labels,
});

/**
 * Relative development degree of a within analysis's systems in each unit and year:
 * `ratio` E = U1/U2 (two systems); `mean_of_others` E_k = U_k / mean of the others, the
 * lagging system the one with the lowest U, graded by its E. The band holding E = 1 is
 * "synchronous"; any other band names the lagging system. Crossed with D's grade.
 */
export const RelativeSchema = T.Object({
  id: Id,
  labels: Labels,
  /** The within analysis whose systems, units and D are read. */
  analysis: Id,
  /** The coupling form whose D grade is crossed with the lag type. */
  form: T.Union([
    T.Literal("standard"),
    T.Literal("product_over_mean"),
    T.Literal("wang2021_modified"),
  ]),
  formOrigin: Origin,
  rule: T.Union([T.Literal("ratio"), T.Literal("mean_of_others")]),
  ruleOrigin: Origin,
  levels: T.Array(RelativeLevelSchema, { minItems: 1 }),
  /** "default": the common bands [0, 0.8) lagging, [0.8, 1.2] synchronous, (1.2, +∞) lagging. */
  levelsOrigin: Origin,
});

/**
 * Obstacle degree of the indicators below a node, per unit and year: F_j the product of the
 * weights on the indicator's path to the node, I_j = 1 − x'_j on the unshifted min-max value,
 * O_j = F_j I_j / Σ F I; each system's obstacle is the sum of its indicators' O_j.
 */
export const ObstacleSchema = T.Object({
  id: Id,
  labels: Labels,
  /** The node whose leaf indicators are ranked (default: the index). */
  node: Id,
  nodeOrigin: Origin,
  /** How many obstacles the report lists per unit and year. */
  top: T.Integer({ minimum: 1 }),
  topOrigin: Origin,
});

export type RelativeLevel = DeepReadonly<Static<typeof RelativeLevelSchema>>;
export type Relative = DeepReadonly<Static<typeof RelativeSchema>>;
export type Obstacle = DeepReadonly<Static<typeof ObstacleSchema>>;
