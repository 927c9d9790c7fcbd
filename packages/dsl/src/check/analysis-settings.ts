/**
 * Pass `analysis-settings`: an analysis's coupling forms are known (each once); explicit beta
 * weights are one per coupled entity (systems, or units of a combination; combinations of
 * mixed sizes allow only `beta equal`), not negative, and sum to 1 (within 1e-9); the grading
 * scale is a declared scale or a standard one (standard-scales.ts; a declaration of the same
 * name shadows it), or, when the analysis names none, the spec's only declared scale. Records
 * each analysis's scale and whether it was named or defaulted. An analysis produces at most
 * 100,000 result rows (the engine's limit).
 *
 * Codes: E0604/E0607 (forms), E0814 (beta count), E0815 (beta sum), E0816 (negative beta),
 * E0817 (beta with mixed sizes), E0818 (no scale declared), E0819 (scale required),
 * E0820 (more than 100,000 result rows),
 * E0102/E0103 (scale).
 */
import type { AnalysisDecl } from "../ast.js";
import {
  betaCount,
  betaMixedSizes,
  betaNegative,
  betaSum,
  noScale,
  scaleRequired,
  tooManyRows,
  unknownName,
} from "../messages.js";
import { STANDARD_SCALES, standardScale } from "../standard-scales.js";
import { countText, MAX_COMBINATIONS } from "./combinations.js";
import { WEIGHT_TOLERANCE } from "./compose-weights.js";
import { type CheckContext, expectKind } from "./context.js";
import { checkForms } from "./method.js";

export function checkAnalysisSettings(ctx: CheckContext): void {
  const scales = ctx.ast.items.filter((i) => i.kind === "scale");
  for (const a of ctx.ast.items) {
    if (a.kind !== "analysis") continue;
    checkForms(ctx, a.coupling);
    checkBeta(ctx, a);
    checkRows(ctx, a);
    if (a.scale) {
      const name = a.scale.name;
      const standard = standardScale(name);
      if (standard && !ctx.symbols.has(name)) {
        ctx.tables.analysisScale.set(a, { id: name, origin: "spec", standard });
      } else if (!ctx.symbols.has(name) && name !== "") {
        const declared = scales.map((s) => s.name.name);
        ctx.report(
          unknownName(a.scale, "scale", [...declared, ...STANDARD_SCALES.map((s) => s.id)]),
        );
      } else {
        const sym = ctx.resolve(a.scale, expectKind("scale"));
        if (sym?.kind === "scale") ctx.tables.analysisScale.set(a, { id: name, origin: "spec" });
      }
    } else if (scales.length === 0) {
      ctx.report(noScale(a.name.range));
    } else if (scales.length > 1) {
      ctx.report(
        scaleRequired(
          a.name.range,
          scales.map((s) => s.name.name),
        ),
      );
    } else {
      ctx.tables.analysisScale.set(a, { id: scales[0]!.name.name, origin: "default" });
      ctx.tables.used.add(scales[0]!.name.name);
    }
  }
}

function checkBeta(ctx: CheckContext, a: AnalysisDecl): void {
  const beta = a.beta;
  if (!beta || beta.equal || beta.values.length === 0) return;
  let sum = 0;
  for (const v of beta.values) {
    sum += v.value;
    if (v.value < 0) ctx.report(betaNegative(v));
  }
  if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) ctx.report(betaSum(beta.range, sum));
  if (a.within && !a.between) {
    if (a.systems.length >= 2 && beta.values.length !== a.systems.length) {
      ctx.report(betaCount(beta.range, beta.values.length, a.systems.length, "systems"));
    }
    return;
  }
  const combos = ctx.tables.combinations.get(a);
  if (!combos) return;
  const sizes = new Set(combos.map((c) => c.length));
  if (sizes.size > 1) ctx.report(betaMixedSizes(beta.range));
  else {
    const n = combos[0]?.length ?? 0;
    if (beta.values.length !== n) ctx.report(betaCount(beta.range, beta.values.length, n, "units"));
  }
}

/** The engine's limit on result rows: forms × nodes × combinations, or forms × units. */
function checkRows(ctx: CheckContext, a: AnalysisDecl): void {
  const forms = a.coupling.length || ctx.tables.method?.coupling?.length || 1;
  const combos = ctx.tables.combinations.get(a);
  const units = ctx.tables.withinUnits.get(a);
  const plural = (n: number, word: string) => `${countText(n)} ${word}${n === 1 ? "" : "s"}`;
  let rows = 0;
  let product = "";
  if (combos) {
    rows = forms * a.on.length * combos.length;
    product = `${plural(forms, "form")} × ${plural(a.on.length, "node")} × ${plural(combos.length, "combination")}`;
  } else if (units) {
    rows = forms * units.length;
    product = `${plural(forms, "form")} × ${plural(units.length, "unit")}`;
  }
  if (rows > MAX_COMBINATIONS) {
    ctx.report(tooManyRows(a.name.range, countText(rows), product, countText(MAX_COMBINATIONS)));
  }
}
