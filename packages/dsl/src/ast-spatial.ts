/**
 * The AST of the three spatial blocks: `map`, `spatial_weights` and `autocorrelation`. Their
 * clauses are generic settings (a setting word and its values), which the checker reads into a
 * typed model (check/maps.ts, check/spatial-weights.ts, check/autocorrelation.ts), so the
 * parser stays one rule for all three and a wrong word gets a precise message.
 */
import type { Ident, LabelSet, Num, Str } from "./ast.js";
import type { Range } from "./diagnostic.js";

/** One value of a setting: a name, a string, a number, or a comma between list items. */
export type SettingValue =
  | { readonly kind: "name"; readonly ident: Ident }
  | { readonly kind: "string"; readonly str: Str }
  | { readonly kind: "number"; readonly num: Num }
  | { readonly kind: "comma"; readonly range: Range };

/** `feature "name"`, `knn 4`, `link hainan to guangdong, guangxi`, … */
export interface SettingAst {
  readonly word: Ident;
  readonly values: readonly SettingValue[];
  readonly range: Range;
}

/** `map china "maps/china.geojson" { feature "name" match key approval "…" }`. */
export interface MapDecl {
  readonly kind: "map";
  readonly name: Ident;
  readonly path?: Str;
  /** `format geojson` / `format topojson`; inferred from the extension when absent. */
  readonly format?: Ident;
  readonly settings: readonly SettingAst[];
  readonly range: Range;
}

/** `spatial_weights adjacency "…" { neighbours "…" transform row islands error }`. */
export interface SpatialWeightsDecl {
  readonly kind: "spatial_weights";
  readonly name: Ident;
  readonly labels: LabelSet;
  readonly settings: readonly SettingAst[];
  readonly range: Range;
}

/** `autocorrelation d_moran "…" { values internal matrix adjacency statistics moran, lisa }`. */
export interface AutocorrelationDecl {
  readonly kind: "autocorrelation";
  readonly name: Ident;
  readonly labels: LabelSet;
  readonly settings: readonly SettingAst[];
  readonly range: Range;
}
