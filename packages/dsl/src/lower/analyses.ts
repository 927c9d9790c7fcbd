/** Lowers analyses: forms, beta and scale with their origins; within or between. */
import type { Analysis } from "@ccdc/plan";
import type { AnalysisModel } from "../model/model.js";
import type { SourceMapBuilder } from "./source-map.js";

export function lowerAnalyses(
  analyses: readonly AnalysisModel[],
  map: SourceMapBuilder,
): Analysis[] {
  return analyses.map((a, i) => {
    map.add(`/analyses/${i}`, a.range);
    const common = {
      id: a.id,
      labels: a.labels,
      forms: [...a.forms.value],
      formOrigin: a.forms.origin,
      beta: a.beta.value === "equal" ? ("equal" as const) : [...a.beta.value],
      betaOrigin: a.beta.origin,
      scale: a.scale.value,
      scaleOrigin: a.scale.origin,
    };
    if (a.kind === "within")
      return { ...common, kind: "within", systems: [...a.systems], units: [...a.units] };
    return {
      ...common,
      kind: "between",
      nodes: [...a.nodes],
      combinations: a.combinations.map((c) => [...c]),
    };
  });
}
