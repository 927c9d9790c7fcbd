/**
 * Lowers analyses: coupling forms (the analysis's, else the method's default, else
 * ["standard"] with origin "default"), beta (explicit values, else "equal"), the scale the
 * checker resolved (with its origin), and either the systems and units (within; `within each unit` expands to
 * every unit) or the nodes and enumerated combinations (between).
 */
import type { Analysis, CouplingForm } from "@ccdc/plan";
import type { AnalysisDecl, Ident } from "../ast.js";
import type { CheckContext } from "../check/context.js";
import { lowerLabels } from "./labels.js";
import type { SourceMapBuilder } from "./source-map.js";

export const DEFAULT_FORMS: CouplingForm[] = ["standard"];

export function lowerAnalyses(ctx: CheckContext, map: SourceMapBuilder): Analysis[] {
  const analyses = ctx.ast.items.filter((i) => i.kind === "analysis");
  return analyses.map((a, i) => {
    map.add(`/analyses/${i}`, a.range);
    return lowerAnalysis(ctx, a);
  });
}

function lowerAnalysis(ctx: CheckContext, a: AnalysisDecl): Analysis {
  const methodForms = ctx.tables.method?.coupling ?? [];
  const forms = a.coupling.length > 0 ? a.coupling : methodForms;
  const beta: number[] | "equal" =
    a.beta && !a.beta.equal && a.beta.values.length > 0
      ? a.beta.values.map((v) => v.value)
      : "equal";
  const common = {
    id: a.name.name,
    labels: lowerLabels(a.labels, a.name.name),
    forms: forms.length > 0 ? forms.map((f: Ident) => f.name as CouplingForm) : DEFAULT_FORMS,
    formOrigin: forms.length > 0 ? ("spec" as const) : ("default" as const),
    beta,
    betaOrigin: a.beta ? ("spec" as const) : ("default" as const),
    scale: ctx.tables.analysisScale.get(a)?.scale.name.name ?? "",
    scaleOrigin: ctx.tables.analysisScale.get(a)?.origin ?? ("spec" as const),
  };
  if (a.within) {
    return {
      ...common,
      kind: "within",
      systems: a.systems.map((s) => s.name),
      units: ctx.tables.withinUnits.get(a) ?? [],
    };
  }
  return {
    ...common,
    kind: "between",
    nodes: a.on.map((n) => n.name),
    combinations: ctx.tables.combinations.get(a) ?? [],
  };
}
