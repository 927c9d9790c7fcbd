/**
 * The AST of a .ccd spec: what the CST visitor builds and the checker reads.
 *
 * The parser is permissive: option values (`scope pooled`, `direction cost`, `compose staged`,
 * coupling form names, …) are kept as identifiers, and every declaration may appear in any
 * order or nesting the grammar allows; the checker validates values and structure, so a wrong
 * word gets a precise "did you mean" instead of a syntax error. Every node carries its range.
 * A node the parser could only partly recover has its missing parts undefined.
 */
import type { ObstacleDecl, RelativeDecl } from "./ast-relative-obstacle.js";
import type { AutocorrelationDecl, MapDecl, SpatialWeightsDecl } from "./ast-spatial.js";

export type { FigureDecl } from "./ast-figure.js";

import type { FigureDecl } from "./ast-figure.js";
import type { SensitivityDecl, VariantDecl } from "./ast-variants.js";
import type { Range } from "./diagnostic.js";

export type {
  AutocorrelationDecl,
  MapDecl,
  SettingAst,
  SettingValue,
  SpatialWeightsDecl,
} from "./ast-spatial.js";

export interface Ident {
  readonly name: string;
  readonly range: Range;
}
export interface Str {
  readonly value: string;
  readonly range: Range;
}
export interface Num {
  readonly value: number;
  /** The literal as written, for messages. */
  readonly text: string;
  readonly range: Range;
}

/** `"Beijing" zh "北京"`: a primary (English) label and labels in other languages. */
export interface LabelSet {
  readonly primary?: Str;
  readonly others: readonly { readonly lang: Ident; readonly text: Str }[];
}

export interface SpecFile {
  readonly kind: "spec";
  readonly file: string;
  readonly items: readonly TopItem[];
  /**
   * Clauses written more than once in a block that takes them once (`direction benefit` then
   * `direction cost`): the AST keeps the first; the checker reports each repeat (E0105).
   */
  readonly repeated: readonly RepeatedClause[];
  readonly range: Range;
}

/** A clause given again in a block that takes it once. */
export interface RepeatedClause {
  /** The clause's keyword: `direction`, `shift`, `coupling`, … */
  readonly clause: string;
  /** The block it is in: `indicator`, `method`, `analysis`, … */
  readonly block: string;
  /** The repeat (the whole clause). */
  readonly range: Range;
  /** The first occurrence (the whole clause), which the AST keeps. */
  readonly first: Range;
}

export type TopItem =
  | StudyDecl
  | SourceDecl
  | RegionDecl
  | ClusterDecl
  | UnitsDecl
  | NodeDecl
  | MethodDecl
  | ScaleDecl
  | AnalysisDecl
  | MapDecl
  | SpatialWeightsDecl
  | AutocorrelationDecl
  | DynamicsDecl
  | RelativeDecl
  | ObstacleDecl
  | VariantDecl
  | SensitivityDecl
  | FigureDecl;

// ------------------------------------------------------------------ study
export interface StudyDecl {
  readonly kind: "study";
  readonly name?: Ident;
  readonly title?: Str;
  readonly period?: { readonly from: Num; readonly to: Num; readonly range: Range };
  readonly notes: readonly Str[];
  readonly citations: readonly {
    readonly name: Ident;
    readonly text: Str;
    readonly range: Range;
  }[];
  readonly range: Range;
}

// ------------------------------------------------------------------ sources
export interface SourceDecl {
  readonly kind: "source";
  readonly name?: Ident;
  readonly path?: Str;
  /** `format csv` / `format xlsx`; inferred from the extension when absent. */
  readonly format?: Ident;
  readonly sheet?: Str;
  readonly layout?: LayoutDecl;
  /** Source-wide default missing-data rule. */
  readonly missing?: MissingRuleAst;
  readonly variables: readonly VariableDecl[];
  readonly range: Range;
}

export interface LayoutDecl {
  /** `long` or `wide` (anything else is a checker error). */
  readonly shape: Ident;
  /** `region "province"`, `year "year"`, `variable "indicator"`, `value "value"`. */
  readonly columns: readonly {
    readonly role: Ident;
    readonly column: Str;
    readonly range: Range;
  }[];
  readonly range: Range;
}

export interface VariableDecl {
  readonly kind: "variable";
  readonly name: Ident;
  /** The key in the data; defaults to the variable's name. */
  readonly key?: Str;
  readonly unit?: Str;
  readonly aggregate?: AggregateAst;
  readonly missing?: MissingRuleAst;
  readonly note?: Str;
  readonly range: Range;
}

/** `aggregate sum` | `aggregate none` | `aggregate mean weighted by population`. */
export interface AggregateAst {
  /** `sum`, `none` or `mean`. */
  readonly method: Ident;
  /** The weighting variable after `weighted by`. */
  readonly by?: Ident;
  readonly range: Range;
}

/** `missing error` | `missing interpolate` | `missing nearest` | `missing splice proxy_var`. */
export interface MissingRuleAst {
  readonly rule: Ident;
  readonly proxy?: Ident;
  readonly range: Range;
}

// ------------------------------------------------------------------ regions, clusters, units
export interface RegionDecl {
  readonly kind: "region";
  readonly name: Ident;
  readonly labels: LabelSet;
  /** The region's key in the data; defaults to the primary label. */
  readonly key?: Str;
  readonly range: Range;
}

export interface ClusterDecl {
  readonly kind: "cluster";
  readonly name: Ident;
  readonly labels: LabelSet;
  readonly members: readonly Ident[];
  readonly range: Range;
}

/** `units clusters` | `units regions` | `units bth, central_plains`. */
export interface UnitsDecl {
  readonly kind: "units";
  readonly level?: "regions" | "clusters";
  readonly list: readonly Ident[];
  readonly range: Range;
}

// ------------------------------------------------------------------ hierarchy
export interface NodeDecl {
  readonly kind: "node";
  /** The keyword used: `index` (the root), `system`, or `group`. */
  readonly role: "root" | "system" | "group";
  readonly keyword: Range;
  readonly name: Ident;
  readonly labels: LabelSet;
  /** `compose flat` | `compose staged`. */
  readonly compose?: Ident;
  readonly weights?: WeightsAst;
  /** `given variable`: a precomputed index read from a source variable. */
  readonly given?: Ident;
  readonly children: readonly (NodeDecl | IndicatorDecl)[];
  readonly range: Range;
}

export interface IndicatorDecl {
  readonly kind: "indicator";
  readonly name: Ident;
  readonly labels: LabelSet;
  /** `direction benefit` | `direction cost` (also `+` / `-`, kept as an Ident named "+"/"-"). */
  readonly direction?: Ident;
  readonly unit?: Str;
  /** `value <expr>`: how the indicator is derived from source variables. */
  readonly value?: ExprAst;
  /** `from "China Statistical Yearbook, table 16-3"`: provenance. */
  readonly from?: Str;
  readonly range: Range;
}

export type ExprAst =
  | { readonly kind: "var"; readonly name: Ident; readonly range: Range }
  | { readonly kind: "num"; readonly value: Num; readonly range: Range }
  | { readonly kind: "neg"; readonly operand: ExprAst; readonly range: Range }
  | {
      readonly kind: "binary";
      readonly op: "+" | "-" | "*" | "/";
      readonly left: ExprAst;
      readonly right: ExprAst;
      readonly range: Range;
    };

/**
 * `weights METHOD option* [{ … }]`: `weights entropy`, `weights critic spearman`,
 * `weights fixed { a 0.4, b 0.6 }`, `weights ahp { a 1 3, b 1/3 1 }`,
 * `weights combine game_theory { weights ahp { … } weights entropy }`.
 */
export interface WeightsAst {
  readonly method: Ident;
  /** Named options after the method, in order (`spearman`, `geometric_mean`, `game_theory`…). */
  readonly options: readonly Ident[];
  /** Numeric options after the method, in order (the α of `combine linear 0.4, 0.6`). */
  readonly numbers: readonly Num[];
  /** Rows of the body: a name and its cells (one cell: a fixed weight; n cells: an AHP row). */
  readonly rows: readonly WeightRow[];
  /** `fixed`: the rows with exactly one cell, as name → value. */
  readonly fixed: readonly { readonly name: Ident; readonly value: Num }[];
  /** Member weightings of `combine`. */
  readonly members: readonly WeightsAst[];
  readonly range: Range;
}

/** `a 1 3 1/5`: a row name and its cells (a fraction's `text` is as written, `1/5`). */
export interface WeightRow {
  readonly name: Ident;
  readonly cells: readonly Num[];
  readonly range: Range;
}

// ------------------------------------------------------------------ method
export interface MethodDecl {
  readonly kind: "method";
  /** `normalize minmax shift 0.0001 scope pooled` (each part optional after `normalize`). */
  readonly normalize?: {
    readonly method?: Ident;
    readonly shift?: Num;
    readonly scope?: Ident;
    readonly range: Range;
  };
  /** Default weighting for every node. */
  readonly weights?: WeightsAst;
  /** Default compose for every non-leaf node. */
  readonly compose?: Ident;
  /** Default coupling forms for every analysis. */
  readonly coupling?: readonly Ident[];
  /** `constant zero` | `constant error`: what a constant indicator normalises to. */
  readonly constant?: Ident;
  readonly range: Range;
}

// ------------------------------------------------------------------ grading
export interface ScaleDecl {
  readonly kind: "scale";
  readonly name: Ident;
  readonly labels: LabelSet;
  readonly levels: readonly ScaleLevelAst[];
  readonly range: Range;
}

/** `level 1 [0.0, 0.1) "extreme disorder" zh "极度失调"`. */
export interface ScaleLevelAst {
  readonly level: Num;
  readonly lower: Num;
  readonly upper: Num;
  readonly lowerClosed: boolean;
  readonly upperClosed: boolean;
  readonly labels: LabelSet;
  readonly range: Range;
}

// ------------------------------------------------------------------ analyses
/** One item of a `between` clause: a mode over the units (or an `of` list), or one combination. */
export type BetweenItem =
  | {
      readonly kind: "mode";
      readonly mode: "pairs" | "triples" | "all";
      readonly of: readonly Ident[];
      readonly range: Range;
    }
  | { readonly kind: "combination"; readonly units: readonly Ident[]; readonly range: Range };

export interface AnalysisDecl {
  readonly kind: "analysis";
  readonly name: Ident;
  readonly labels: LabelSet;
  /** `within each unit` (each: true, units empty) | `within bth, central_plains`. */
  readonly within?: {
    readonly each: boolean;
    readonly units: readonly Ident[];
    readonly range: Range;
  };
  /** `between pairs, all` | `between pairs of a, b, c, (a, d)` | `between (a, b), (a, b, c)`. */
  readonly between?: {
    readonly items: readonly BetweenItem[];
    readonly range: Range;
  };
  /** `systems a, b, c` (within-unit analyses). */
  readonly systems: readonly Ident[];
  /** `on node, node` (between-unit analyses). */
  readonly on: readonly Ident[];
  readonly coupling: readonly Ident[];
  /** `beta equal` | `beta 0.5, 0.3, 0.2`. */
  readonly beta?: {
    readonly equal: boolean;
    readonly values: readonly Num[];
    readonly range: Range;
  };
  readonly scale?: Ident;
  readonly range: Range;
}

// ------------------------------------------------------------------ dynamics (issue 11)
/** `dynamics NAME "label" { of …; groups …; gini; theil; density …; markov …; … }`. */
export interface DynamicsDecl {
  readonly kind: "dynamics";
  readonly name: Ident;
  readonly labels: LabelSet;
  /** `of internal` | `of internal standard` | `of digital_economy`. */
  readonly subject?: { readonly name: Ident; readonly form?: Ident; readonly range: Range };
  /** `groups clusters` | `groups east, central`. */
  readonly groups?: { readonly names: readonly Ident[]; readonly range: Range };
  /** `gini` | `gini dagum`. */
  readonly gini?: { readonly variant?: Ident; readonly range: Range };
  readonly theil?: { readonly range: Range };
  readonly density?: {
    readonly kernel?: Ident;
    /** A rule name (`nrd0`, `nrd`) or a fixed bandwidth. */
    readonly bandwidth?: Ident | Num;
    readonly grid?: {
      readonly from: Num;
      readonly to: Num;
      readonly points?: Num;
      readonly range: Range;
    };
    readonly range: Range;
  };
  readonly markov?: {
    readonly states?:
      | { readonly kind: "grades"; readonly range: Range }
      | { readonly kind: "scale"; readonly scale: Ident; readonly range: Range }
      | {
          readonly kind: "quantiles";
          readonly k: Num;
          readonly scope?: Ident;
          readonly range: Range;
        };
    readonly step?: Num;
    /** `matrix W`: the spatial Markov variant, conditioned on the lag under weights W. */
    readonly matrix?: Ident;
    readonly range: Range;
  };
  readonly convergence?: { readonly step?: Num; readonly range: Range };
  readonly forecast?: { readonly horizon: Num; readonly mode?: Ident; readonly range: Range };
  readonly range: Range;
}
