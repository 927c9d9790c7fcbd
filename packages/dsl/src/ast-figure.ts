/**
 * The AST of a `figure` declaration: which results a paper's figure shows (`show MEASURE of
 * NAMES [FORM]`), how (`kind`), for which units and years, on which map, and its title (the
 * declaration's labels) and caption. Words are kept as written; check/figures.ts validates
 * them, so a wrong word gets a "did you mean" rather than a syntax error.
 */
import type { Ident, LabelSet, Num } from "./ast.js";
import type { Range } from "./diagnostic.js";

/** `figure d_between "D between the clusters" zh "城市群之间耦合协调度" { … }`. */
export interface FigureDecl {
  readonly kind: "figure";
  readonly name: Ident;
  /** The title, in each language. */
  readonly labels: LabelSet;
  /** `show d of spatial standard`: the measure, what it is of, and a coupling form. */
  readonly show?: {
    readonly measure: Ident;
    readonly of: readonly Ident[];
    readonly form?: Ident;
    readonly range: Range;
  };
  /** `kind heatmap`. */
  readonly figureKind?: Ident;
  /** `units bth, central_plains`. */
  readonly units?: { readonly names: readonly Ident[]; readonly range: Range };
  /** `years 2013, 2021` (`list`) or `years 2015 to 2021` (`to` set). */
  readonly years?: {
    readonly list: readonly Num[];
    readonly to?: Num;
    readonly range: Range;
  };
  /** `on digital_economy`: the nodes of a `between` analysis to show. */
  readonly on?: { readonly names: readonly Ident[]; readonly range: Range };
  /** `map china`. */
  readonly map?: Ident;
  /** `from d_spatial`: the declaration a density, moran or lisa_map figure draws. */
  readonly from?: Ident;
  /** `caption "…" zh "…"`. */
  readonly caption?: { readonly labels: LabelSet; readonly range: Range };
  readonly range: Range;
}
