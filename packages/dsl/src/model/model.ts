/**
 * The checked model: what the checker proves about a spec, fully resolved, between the checker
 * and lowering. Every reference is resolved to a declared id, every default is applied once
 * (here, from `defaults.ts`) with its origin recorded, every list is in its final order. It is
 * built only for a spec without errors (`build.ts`), and lowering (`../lower/`) is a total
 * function of it: no optional part to guess, no fallback.
 *
 * The values reuse the plan's types (`@ccdc/plan`) where the plan has one; the model adds what
 * the plan does not carry: spec ranges (for the source map and for warnings) and origins of
 * choices the plan records without one. docs/architecture.md says how to add a construct.
 */
import type {
  Aggregation,
  Autocorrelation,
  Cluster,
  Compose,
  CouplingForm,
  Dynamics,
  FigureDef,
  Layout,
  MapDef,
  MissingRule,
  Obstacle,
  Relative,
  Sensitivity,
  SpatialWeights,
  Variant,
  Weighting,
} from "@ccdc/plan";
import type { ExprAst } from "../ast.js";
import type { Range } from "../diagnostic.js";

/** Whether the spec wrote a choice or a documented default filled it in. */
export type Origin = "spec" | "default";
/** A resolved choice and where it came from. */
export interface Chosen<T> {
  readonly value: T;
  readonly origin: Origin;
}
/** Labels by language tag; `en` is always present. */
export type Labels = Readonly<Record<string, string>>;

export interface CheckedSpec {
  readonly study: StudyModel;
  readonly sources: readonly SourceModel[];
  readonly regions: readonly RegionModel[];
  readonly units: UnitsModel;
  /** Root first, depth-first in spec order. */
  readonly nodes: readonly NodeModel[];
  /** In spec order. */
  readonly indicators: readonly IndicatorModel[];
  readonly method: MethodModel;
  /**
   * The scales the plan carries: the declared ones in spec order, then the standard scales
   * analyses use without declaring them, in order of first use.
   */
  readonly scales: readonly ScaleModel[];
  readonly analyses: readonly AnalysisModel[];
  readonly spatial: SpatialModel;
  readonly dynamics: DynamicsModel;
  readonly relativeObstacle: RelativeObstacleModel;
  readonly variants: VariantsModel;
  /** The declared figures, in spec order (see model/figures.ts). */
  readonly figures: readonly Located<FigureDef>[];
}

/** Relative development and obstacle analyses in plan shape, in spec order. */
export interface RelativeObstacleModel {
  readonly relative: readonly Located<Relative>[];
  readonly obstacles: readonly Located<Obstacle>[];
}

/** Dynamics declarations in plan shape, in spec order, and the clusters of a region-level study. */
export interface DynamicsModel {
  readonly list: readonly Located<Dynamics>[];
  /** The spec's clusters when the units are regions (empty at cluster level). */
  readonly clusters: readonly Cluster[];
}

/** Variants and sensitivity analyses, in spec order (see model/variants.ts). */
export interface VariantsModel {
  readonly variants: readonly VariantModel[];
  readonly sensitivity: readonly Located<Sensitivity>[];
}

/** A variant in plan shape, with the range of the clause each override came from. */
export interface VariantModel extends Located<Variant> {
  readonly overrideRanges: readonly Range[];
}

/** A value already in its plan shape, with the range of the declaration it came from. */
export interface Located<T> {
  readonly value: T;
  readonly range: Range;
}

/** The spatial blocks, in spec order (see model/spatial.ts). */
export interface SpatialModel {
  readonly maps: readonly Located<MapDef>[];
  readonly spatialWeights: readonly Located<SpatialWeights>[];
  readonly autocorrelations: readonly Located<Autocorrelation>[];
}

export interface StudyModel {
  readonly id: string;
  readonly title: string;
  readonly from: number;
  readonly to: number;
  /** from … to, ascending. */
  readonly years: readonly number[];
  readonly notes: readonly string[];
  readonly citations: readonly { readonly id: string; readonly text: string }[];
  readonly range: Range;
}

export interface SourceModel {
  readonly id: string;
  readonly path: string;
  /** Written, or inferred from the path's extension (origin "default"). */
  readonly format: Chosen<"csv" | "xlsx">;
  readonly sheet?: string;
  readonly layout: Layout;
  readonly variables: readonly VariableModel[];
  readonly range: Range;
}

export interface VariableModel {
  readonly id: string;
  /** The key in the data: written, else the variable's name. */
  readonly key: string;
  readonly unit: string;
  readonly aggregate: Aggregation;
  /** The variable's rule, else its source's (both origin "spec"), else the default. */
  readonly missing: Chosen<MissingRule>;
  readonly note?: string;
  readonly range: Range;
}

export interface RegionModel {
  readonly id: string;
  /** Written, else the primary label, else the name. */
  readonly key: string;
  readonly labels: Labels;
  readonly range: Range;
}

export interface UnitModel {
  readonly id: string;
  readonly labels: Labels;
  /** Region ids (the region itself at region level). */
  readonly members: readonly string[];
  readonly range: Range;
}

export interface UnitsModel {
  readonly level: "region" | "cluster";
  readonly list: readonly UnitModel[];
  readonly range: Range;
}

export interface NodeModel {
  readonly id: string;
  readonly labels: Labels;
  readonly parent: string | null;
  readonly role: "root" | "system" | "group";
  readonly children: readonly string[];
  readonly leaves: readonly string[];
  /** The node's own, else the method's (origin "spec"), else the default. */
  readonly compose: Chosen<Compose>;
  readonly weighting: Chosen<Weighting>;
  /** The `weights` clause the weighting came from (the node's or the method's), if any. */
  readonly weightingRange?: Range;
  readonly range: Range;
}

export interface IndicatorModel {
  readonly id: string;
  readonly labels: Labels;
  readonly parent: string;
  readonly direction: "+" | "-";
  /** Written, else the unit computed from the expression. */
  readonly unit: string;
  /** The checked expression: every variable in it is declared. */
  readonly expr: ExprAst;
  readonly exprText: string;
  readonly provenance?: string;
  readonly range: Range;
}

export interface MethodModel {
  readonly shift: Chosen<number>;
  readonly scope: Chosen<"pooled" | "per_year">;
  readonly constant: Chosen<"zero" | "error">;
  /** The method block, if the spec has one. */
  readonly range?: Range;
}

export interface ScaleLevelModel {
  readonly level: number;
  readonly lower: number;
  readonly upper: number;
  readonly lowerClosed: boolean;
  readonly upperClosed: boolean;
  readonly labels: Labels;
  /** Absent for a standard scale's level. */
  readonly range?: Range;
}

export interface ScaleModel {
  readonly id: string;
  readonly labels: Labels;
  readonly levels: readonly ScaleLevelModel[];
  /** "spec" for a declared scale; "standard" for one of standard-scales.ts. */
  readonly origin: "spec" | "standard";
  /** Absent for a standard scale. */
  readonly range?: Range;
}

interface AnalysisCommon {
  readonly id: string;
  readonly labels: Labels;
  readonly forms: Chosen<readonly CouplingForm[]>;
  readonly beta: Chosen<"equal" | readonly number[]>;
  /** The scale's id: named by the analysis, else the spec's only scale (origin "default"). */
  readonly scale: Chosen<string>;
  readonly range: Range;
}

export interface WithinAnalysisModel extends AnalysisCommon {
  readonly kind: "within";
  readonly systems: readonly string[];
  readonly units: readonly string[];
}

export interface BetweenAnalysisModel extends AnalysisCommon {
  readonly kind: "between";
  readonly nodes: readonly string[];
  readonly combinations: readonly (readonly string[])[];
}

export type AnalysisModel = WithinAnalysisModel | BetweenAnalysisModel;
