/**
 * The AST of `variant` and `sensitivity` blocks (docs/language.md "variant", "sensitivity").
 * A variant's clauses are the study's own clauses (`normalize`, `compose`, `weights`,
 * `coupling`, `scale`), so the checker validates them with the same passes' functions.
 */
import type { Ident, LabelSet, Num, WeightsAst } from "./ast.js";
import type { Range } from "./diagnostic.js";

/** `node NAME { compose … weights … }` inside a variant. */
export interface VariantNodeAst {
  readonly name: Ident;
  readonly compose?: Ident;
  readonly weights?: WeightsAst;
  readonly range: Range;
}

/** `analysis NAME { coupling … scale … }` inside a variant. */
export interface VariantAnalysisAst {
  readonly name: Ident;
  readonly coupling?: { readonly forms: readonly Ident[]; readonly range: Range };
  readonly scale?: Ident;
  readonly range: Range;
}

export interface VariantDecl {
  readonly kind: "variant";
  readonly name: Ident;
  readonly labels: LabelSet;
  readonly normalize?: {
    readonly method?: Ident;
    readonly shift?: Num;
    readonly scope?: Ident;
    readonly range: Range;
  };
  readonly nodes: readonly VariantNodeAst[];
  /** Forms for every analysis. */
  readonly coupling?: { readonly forms: readonly Ident[]; readonly range: Range };
  readonly analyses: readonly VariantAnalysisAst[];
  /** The scale of every analysis. */
  readonly scale?: Ident;
  readonly drop?: { readonly indicators: readonly Ident[]; readonly range: Range };
  readonly range: Range;
}

/** `choice NAME { base, v1, v2 }`. */
export interface ChoiceAst {
  readonly name: Ident;
  readonly alternatives: readonly Ident[];
  readonly range: Range;
}

export interface SensitivityDecl {
  readonly kind: "sensitivity";
  readonly name: Ident;
  readonly labels: LabelSet;
  readonly choices: readonly ChoiceAst[];
  readonly watch?: { readonly names: readonly Ident[]; readonly range: Range };
  /** `sample grid` | `sample random N seed S`: the words as written, for the checker. */
  readonly sample?: {
    readonly kind: Ident;
    readonly count?: Num;
    readonly seedWord?: Ident;
    readonly seed?: Num;
    readonly range: Range;
  };
  readonly range: Range;
}
