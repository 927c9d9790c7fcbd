/**
 * The spatial parts of the JSON result, from the typed outcome: matrix summaries with their
 * transformed edges (for `--out` files), and the autocorrelation statistics by year.
 */
import type { Plan } from "@ccdc/plan";
import type { AutocorrelationOutcome } from "./autocorrelation.js";
import type { BuiltWeights } from "./build.js";
import { describeConstruction } from "./build.js";
import type { ResultAutocorrelation, ResultWeights } from "./result-schema.js";
import { binarise, rowStandardise } from "./transform.js";

export function spatialResult(
  plan: Plan,
  spatial: { weights: BuiltWeights[]; autocorrelations: AutocorrelationOutcome[] } | undefined,
): { spatialWeights?: ResultWeights[]; autocorrelation?: ResultAutocorrelation[] } {
  if (!spatial) return {};
  const defs = plan.spatialWeights ?? [];
  const spatialWeights = spatial.weights.map((b): ResultWeights => {
    const def = defs.find((d) => d.id === b.id)!;
    const w = def.transform === "row" ? rowStandardise(b.raw) : binarise(b.raw);
    const edges: [string, string, number][] = [];
    for (let i = 0; i < w.n; i++)
      for (let p = w.offsets[i]!; p < w.offsets[i + 1]!; p++)
        edges.push([b.regionIds[i]!, b.regionIds[w.neighbours[p]!]!, w.values[p]!]);
    return {
      id: b.id,
      construction: describeConstruction(def),
      transform: def.transform,
      transformOrigin: def.transformOrigin,
      islandsRule: def.islands,
      regions: [...b.regionIds],
      ...b.summary,
      islands: [...b.summary.islands],
      declaredLinks: def.links.flatMap((l) => l.to.map((t) => `${l.region}–${t}`)),
      edges,
    };
  });
  const analyses = plan.autocorrelations ?? [];
  const autocorrelation = spatial.autocorrelations.map((o): ResultAutocorrelation => {
    const def = analyses.find((a) => a.id === o.id)!;
    const labels: Record<string, string> = Object.create(null);
    for (const [k, v] of Object.entries(def.labels)) labels[k] = v;
    return {
      id: def.id,
      label: def.labels.en ?? def.id,
      labels,
      values:
        def.values.kind === "index"
          ? `index of ${def.values.node}`
          : `D of ${def.values.analysis} (${def.values.form})`,
      weights: def.weights,
      permutations: def.permutations,
      seed: def.seed,
      significance: def.significance,
      regions: o.regions,
      dropped: o.dropped,
      ...(o.moran && { moran: o.moran }),
      ...(o.lisa && { lisa: o.lisa }),
      ...(o.gi_star && { gi_star: o.gi_star }),
      ...(o.gi_star_pysal && { gi_star_pysal: o.gi_star_pysal }),
    };
  });
  return { spatialWeights, autocorrelation };
}
