/**
 * Pass `method`: at most one method block; `normalize minmax`, a finite shift ≥ 0 (a warning
 * above 0.1), scope `pooled`/`per_year`, known coupling forms (each once), a constant rule
 * `zero`/`error`, and valid default compose and weights (never `fixed`: fixed weights name a
 * node's children). Records the method block in the side tables.
 *
 * Codes: E0601 (normalization), E0602 (shift), E0603 (scope), E0604 (coupling form),
 * E0605 (constant rule), E0606 (second method), E0607 (form twice), E0411, E0412, E0417,
 * W0906 (large shift).
 */
import type { Ident, MethodDecl } from "../ast.js";
import type { Range } from "../diagnostic.js";
import {
  badShift,
  formTwice,
  largeShift,
  secondMethod,
  unknownCompose,
  unknownConstant,
  unknownCouplingForm,
  unknownNormalize,
  unknownScope,
} from "../messages.js";
import { COMPOSE } from "./compose-weights.js";
import type { CheckContext } from "./context.js";
import { checkWeightMethod } from "./weight-methods.js";

export const COUPLING_FORMS = ["standard", "product_over_mean", "wang2021_modified"];
export const SCOPES = ["pooled", "per_year"];
export const LARGE_SHIFT = 0.1;

export function checkMethod(ctx: CheckContext): void {
  const methods = ctx.ast.items.filter((i) => i.kind === "method");
  const m = methods[0];
  if (!m) return;
  for (const extra of methods.slice(1)) ctx.report(secondMethod(extra.range, m.range));
  ctx.tables.method = m;
  if (m.normalize) checkNormalize(ctx, m.normalize);
  if (m.coupling) checkForms(ctx, m.coupling);
  if (m.constant && m.constant.name !== "zero" && m.constant.name !== "error")
    ctx.report(unknownConstant(m.constant));
  if (m.compose && !COMPOSE.includes(m.compose.name)) ctx.report(unknownCompose(m.compose));
  if (m.weights) checkWeightMethod(ctx, m.weights, undefined);
}

/** A `normalize` clause: `minmax`, a finite shift ≥ 0 (warned above 0.1), a known scope. */
export function checkNormalize(ctx: CheckContext, n: NonNullable<MethodDecl["normalize"]>): void {
  if (n.method && n.method.name !== "minmax") ctx.report(unknownNormalize(n.method));
  if (n.shift) {
    if (!Number.isFinite(n.shift.value) || n.shift.value < 0) ctx.report(badShift(n.shift));
    else if (n.shift.value > LARGE_SHIFT) ctx.report(largeShift(n.shift));
  }
  if (n.scope && !SCOPES.includes(n.scope.name)) ctx.report(unknownScope(n.scope));
}

/** Each form known and listed once (shared with analyses). */
export function checkForms(ctx: CheckContext, forms: readonly Ident[]): void {
  const seen = new Map<string, Range>();
  for (const f of forms) {
    if (!COUPLING_FORMS.includes(f.name)) {
      ctx.report(unknownCouplingForm(f));
      continue;
    }
    const first = seen.get(f.name);
    if (first) ctx.report(formTwice(f, first));
    else seen.set(f.name, f.range);
  }
}
