/**
 * The plan's declared figures (`figure` in docs/language.md): which results a paper's figure
 * shows, how, for which units and years, with its title and caption in each language. The
 * checker resolves every reference and default, so a renderer only draws what is here.
 */
import { type Static, Type as T } from "@sinclair/typebox";
import type { DeepReadonly } from "./readonly.js";

const Id = T.String({ pattern: "^[A-Za-z_][A-Za-z0-9_]*$", description: "a resolved identifier" });
const Labels = T.Record(T.String(), T.String(), {
  description: "texts by language tag, e.g. { en: 'Figure 2', zh: '图2' }",
});
const Origin = T.Union([T.Literal("spec"), T.Literal("default")]);

/** What a figure shows. */
export const FigureShowSchema = T.Union([
  /** Nodes' indices (`show index of a, b`). */
  T.Object({ measure: T.Literal("index"), nodes: T.Array(Id, { minItems: 1 }) }),
  /** Nodes' weights of their children (`show weights of a`). */
  T.Object({ measure: T.Literal("weights"), nodes: T.Array(Id, { minItems: 1 }) }),
  /**
   * An analysis's coordination degree D, coupling degree C or development index T, in one
   * coupling form; for a `between` analysis, on the nodes listed (every node it is on when the
   * spec lists none).
   */
  T.Object({
    measure: T.Union([T.Literal("D"), T.Literal("C"), T.Literal("T")]),
    analysis: Id,
    form: T.String(),
    formOrigin: Origin,
    nodes: T.Optional(T.Array(Id, { minItems: 1 })),
  }),
]);

export const FigureKindSchema = T.Union([
  T.Literal("lines"),
  T.Literal("bars"),
  T.Literal("radar"),
  T.Literal("heatmap"),
  T.Literal("map"),
  T.Literal("density"),
  T.Literal("moran"),
  T.Literal("lisa_map"),
]);

export const FigureSchema = T.Object({
  id: Id,
  /** The title in each language (absent: a title made from what the figure shows). */
  title: T.Optional(Labels),
  show: FigureShowSchema,
  kind: FigureKindSchema,
  kindOrigin: Origin,
  /** The units shown, in this order (absent: every unit). */
  units: T.Optional(T.Array(Id, { minItems: 1 })),
  /** The years shown, ascending (resolved: the kind's default when the spec names none). */
  years: T.Array(T.Integer(), { minItems: 1 }),
  yearsOrigin: Origin,
  /** The declared map a `map` or `lisa_map` figure is drawn on. */
  map: T.Optional(Id),
  /**
   * The declaration whose results a `density` figure (a `dynamics` with `density`) or a
   * `moran` or `lisa_map` figure (an `autocorrelation` with `lisa`) draws: the spec's `from`,
   * or the only one that computes them for the figure's values.
   */
  from: T.Optional(Id),
  fromOrigin: T.Optional(Origin),
  /** The caption under the figure, in each language. */
  caption: T.Optional(Labels),
});

export type FigureDef = DeepReadonly<Static<typeof FigureSchema>>;
export type FigureShow = DeepReadonly<Static<typeof FigureShowSchema>>;
export type FigureKindName = DeepReadonly<Static<typeof FigureKindSchema>>;
