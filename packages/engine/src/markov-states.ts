/**
 * The states of a dynamics declaration's Markov chain (docs/method.md, "Markov transitions"):
 * a classifier of a year's values, shared by the states themselves and, for the spatial Markov
 * variant, by the spatial lags, which are classed with the same classes (the same scale levels,
 * or the same quantile cut points).
 */
import type { Markov, Scale } from "@ccdc/plan";
import { classesByCuts, gradeIndex, quantileCuts } from "./kernels/index.js";

export interface StateClassifier {
  /** The class of each value of a column of year t (0-based position in the study's years). */
  readonly classify: (column: Float64Array, t: number) => Int32Array;
  /** One label per state: the level number, or "Q1".."Qk". */
  readonly labels: string[];
}

/**
 * @param values the subject's values, unit-major (`u * years + t`): the pool of the quantile
 *   cut points (all of them for `pooled`, year t's for `per_year`)
 */
export function stateClassifier(
  states: Markov["states"],
  scales: readonly Scale[],
  values: Float64Array,
  units: number,
  years: number,
): StateClassifier {
  if (states.kind === "scale") {
    const id = states.scale;
    const scale = scales.find((s) => s.id === id)!;
    const top = scale.levels.length - 1;
    // A D above the top (indices reach 1 + shift) is in the top level, as the analyses grade it.
    return {
      classify: (column) =>
        Int32Array.from(column, (d) => {
          const g = gradeIndex(d, scale.levels);
          return g >= 0 ? g : d > scale.levels[top]!.upper ? top : 0;
        }),
      labels: scale.levels.map((l) => String(l.level)),
    };
  }
  const { k, scope } = states;
  const cutsByYear: Float64Array[] = [];
  const pooled = scope === "pooled" ? quantileCuts(values, k) : undefined;
  for (let t = 0; t < years; t++) {
    if (pooled) cutsByYear.push(pooled);
    else {
      const col = new Float64Array(units);
      for (let u = 0; u < units; u++) col[u] = values[u * years + t]!;
      cutsByYear.push(quantileCuts(col, k));
    }
  }
  return {
    classify: (column, t) => classesByCuts(column, cutsByYear[t]!),
    labels: Array.from({ length: k }, (_, i) => `Q${i + 1}`),
  };
}
