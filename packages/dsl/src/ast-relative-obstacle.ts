/**
 * The AST of the `relative` and `obstacle` declarations (issue 10). Like the spatial blocks,
 * their clauses are generic settings (`values internal`, `rule mean_of_others`, `top 5`) that
 * the checker reads (check/relative-obstacle.ts); a `relative` block also holds `level` bands
 * of the relative development degree E, whose last band may be unbounded (`inf`).
 */
import type { Ident, LabelSet, Num } from "./ast.js";
import type { SettingAst } from "./ast-spatial.js";
import type { Range } from "./diagnostic.js";

/** `level 3 (1.2, inf) "lagging" zh "滞后"`. */
export interface RelativeLevelAst {
  readonly level: Num;
  readonly lower: Num;
  /** The upper bound, or the word written instead of one (`inf`, checked by the pass). */
  readonly upper: Num | Ident;
  readonly lowerClosed: boolean;
  readonly upperClosed: boolean;
  readonly labels: LabelSet;
  readonly range: Range;
}

/** `relative lag "…" { values internal rule mean_of_others level 1 [0, 0.8) "lagging" … }`. */
export interface RelativeDecl {
  readonly kind: "relative";
  readonly name: Ident;
  readonly labels: LabelSet;
  readonly settings: readonly SettingAst[];
  readonly levels: readonly RelativeLevelAst[];
  readonly range: Range;
}

/** `obstacle barriers "…" { values digital_economy top 5 }`. */
export interface ObstacleDecl {
  readonly kind: "obstacle";
  readonly name: Ident;
  readonly labels: LabelSet;
  readonly settings: readonly SettingAst[];
  readonly range: Range;
}
