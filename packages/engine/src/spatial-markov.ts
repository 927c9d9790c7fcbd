/**
 * The spatial Markov variant of a dynamics declaration's `markov` (Rey 2001): each unit's
 * spatial lag of the subject's values under the declared weights, restricted to the subject's
 * units and row-standardised (lag_i = Σ_j w_ij y_j / Σ_j w_ij, whatever the weights' own
 * transform, so that the lag is a value on the states' scale), classed each year with the
 * states' own classes (the scale's levels, or the same quantile cut points), then one chain
 * per lag class (kernels/spatial-markov.ts).
 *
 * A unit with no neighbour among the subject's units has no lag: under the weights' `islands
 * error` the run stops (D0709, naming it); under `islands drop` its transitions are left out of
 * every conditional chain (W0701, listed in `dropped`), and stay in the aspatial chain.
 */
import type { SpatialWeights } from "@ccdc/plan";
import type { SpatialMarkovJson } from "./dynamics-schema.js";
import type { EngineIssue } from "./issues.js";
import { spatialMarkovChains } from "./kernels/index.js";
import { spatialMarkovIslands, spatialMarkovIslandsDropped } from "./messages/index.js";
import type { BuiltWeights } from "./spatial/build.js";
import { islands, spatialLag, subMatrix } from "./spatial/matrix.js";
import { rowStandardise } from "./spatial/transform.js";
import { transitionRows } from "./transition-rows.js";

export interface SpatialMarkovInput {
  readonly dynamics: string;
  /** JSON pointer of the dynamics declaration's `markov`. */
  readonly at: string;
  readonly units: readonly string[];
  /** The subject's values, unit-major (`u * years + t`). */
  readonly values: Float64Array;
  readonly years: number;
  /** The units' states, unit-major, and the states' labels. */
  readonly states: Int32Array;
  readonly labels: readonly string[];
  readonly step: number;
  /** Classes a column of values of year t with the states' own classes. */
  readonly classify: (column: Float64Array, t: number) => Int32Array;
  readonly weightsDef: SpatialWeights;
  readonly built: BuiltWeights;
}

export type SpatialMarkovOutcome =
  | { readonly ok: true; readonly result: SpatialMarkovJson; readonly warnings: EngineIssue[] }
  | { readonly ok: false; readonly error: EngineIssue };

export function spatialMarkovOf(input: SpatialMarkovInput): SpatialMarkovOutcome {
  const { units, values, years, labels, built } = input;
  const n = units.length;
  const pos = new Map(built.regionIds.map((id, i) => [id, i] as const));
  const raw = subMatrix(
    built.raw,
    units.map((u) => pos.get(u)!),
  );
  const lonely = islands(raw);
  const dropped = lonely.map((i) => units[i]!);
  if (dropped.length > 0 && input.weightsDef.islands === "error")
    return {
      ok: false,
      error: spatialMarkovIslands(input.dynamics, input.weightsDef.id, dropped, input.at),
    };
  const w = rowStandardise(raw);
  const lagStates = new Int32Array(n * years).fill(-1);
  const column = new Float64Array(n);
  for (let t = 0; t < years; t++) {
    for (let u = 0; u < n; u++) column[u] = values[u * years + t]!;
    const cls = input.classify(spatialLag(w, column), t);
    for (let u = 0; u < n; u++) if (!lonely.includes(u)) lagStates[u * years + t] = cls[u]!;
  }
  const k = labels.length;
  const chains = spatialMarkovChains(input.states, lagStates, n, years, k, input.step);
  const rows = <T>(a: ArrayLike<T>): T[][] =>
    Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => a[i * k + j]!));
  const warnings =
    dropped.length > 0
      ? [spatialMarkovIslandsDropped(input.dynamics, input.weightsDef.id, dropped, input.at)]
      : [];
  return {
    ok: true,
    warnings,
    result: {
      weights: input.weightsDef.id,
      lag: "row_standardised",
      lagClasses: "states",
      dropped,
      classes: chains.map((c, ci) => ({
        lag: labels[ci]!,
        counts: rows(c.counts),
        matrix: transitionRows(c.matrix, c.unobserved, k),
        unobserved: c.unobserved.map((i) => labels[i]!),
        absorbing: c.absorbing.map((i) => labels[i]!),
        steadyState: c.steadyState ? Array.from(c.steadyState) : null,
        steadyStateNote: c.steadyStateNote,
      })),
    },
  };
}
