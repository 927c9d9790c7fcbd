/**
 * Analyses in the model: coupling forms (the analysis's, else the method's, both origin
 * "spec", else the default), beta (written values, or `equal` written or by default), the
 * scale the checker resolved, and either the systems and the units (`within each unit`
 * expanded) or the nodes and the enumerated combinations (between).
 */
import type { CouplingForm } from "@ccdc/plan";
import type { AnalysisDecl, Ident } from "../ast.js";
import type { CheckContext } from "../check/context.js";
import { COUPLING_FORMS } from "../check/method.js";
import { DEFAULT_BETA, DEFAULT_FORMS } from "./defaults.js";
import { labelsOf } from "./labels.js";
import type { AnalysisModel, Chosen } from "./model.js";
import { need, oneOf } from "./need.js";

export function buildAnalyses(ctx: CheckContext): AnalysisModel[] {
  return ctx.ast.items.filter((i) => i.kind === "analysis").map((a) => buildAnalysis(ctx, a));
}

function formsOf(written: readonly Ident[]): Chosen<readonly CouplingForm[]> {
  return {
    value: written.map((f) =>
      oneOf(f.name, COUPLING_FORMS as readonly CouplingForm[], "coupling form"),
    ),
    origin: "spec",
  };
}

function buildAnalysis(ctx: CheckContext, a: AnalysisDecl): AnalysisModel {
  const id = a.name.name;
  const methodForms = ctx.tables.method?.coupling ?? [];
  const forms =
    a.coupling.length > 0
      ? formsOf(a.coupling)
      : methodForms.length > 0
        ? formsOf(methodForms)
        : { value: DEFAULT_FORMS, origin: "default" as const };
  const beta: Chosen<"equal" | readonly number[]> = !a.beta
    ? { value: DEFAULT_BETA, origin: "default" }
    : { value: a.beta.equal ? "equal" : a.beta.values.map((v) => v.value), origin: "spec" };
  const scale = need(ctx.tables.analysisScale.get(a), `the scale of analysis ${id}`);
  const common = {
    id,
    labels: labelsOf(a.labels, id),
    forms,
    beta,
    scale: { value: scale.id, origin: scale.origin },
    range: a.range,
  };
  if (a.within) {
    return {
      ...common,
      kind: "within",
      systems: a.systems.map((s) => s.name),
      units: need(ctx.tables.withinUnits.get(a), `the units of analysis ${id}`),
    };
  }
  return {
    ...common,
    kind: "between",
    nodes: a.on.map((n) => n.name),
    combinations: need(ctx.tables.combinations.get(a), `the combinations of analysis ${id}`),
  };
}
