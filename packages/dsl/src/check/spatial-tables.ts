/**
 * The checked model of the spatial blocks: each `map`, `spatial_weights` and `autocorrelation`
 * declaration that checked without error, already in its plan shape, so lowering copies it and
 * has no fallbacks. Kept beside the context's side tables (keyed by the context).
 */
import type { Autocorrelation, MapDef, SpatialWeights } from "@ccdc/plan";
import type { AutocorrelationDecl, MapDecl, SpatialWeightsDecl } from "../ast-spatial.js";
import type { CheckContext } from "./context.js";

export interface SpatialTables {
  readonly maps: Map<MapDecl, MapDef>;
  readonly weights: Map<SpatialWeightsDecl, SpatialWeights>;
  readonly autocorrelations: Map<AutocorrelationDecl, Autocorrelation>;
}

const tables = new WeakMap<CheckContext, SpatialTables>();

/** The spatial tables of a check run (created empty on first use). */
export function spatialTables(ctx: CheckContext): SpatialTables {
  let t = tables.get(ctx);
  if (!t) {
    t = { maps: new Map(), weights: new Map(), autocorrelations: new Map() };
    tables.set(ctx, t);
  }
  return t;
}
