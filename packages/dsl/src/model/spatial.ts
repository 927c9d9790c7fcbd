/**
 * The spatial blocks in the model: each `map`, `spatial_weights` and `autocorrelation` the
 * checker built (check/spatial-tables.ts, already in plan shape), in spec order, with its range.
 */
import type { CheckContext } from "../check/context.js";
import { spatialTables } from "../check/spatial-tables.js";
import type { Range } from "../diagnostic.js";
import type { Located, SpatialModel } from "./model.js";

export function buildSpatial(ctx: CheckContext): SpatialModel {
  const t = spatialTables(ctx);
  const inOrder = <D extends { readonly range: Range }, V>(table: Map<D, V>): Located<V>[] =>
    [...table.entries()]
      .sort(([a], [b]) => a.range.start.offset - b.range.start.offset)
      .map(([decl, value]) => ({ value, range: decl.range }));
  return {
    maps: inOrder(t.maps),
    spatialWeights: inOrder(t.weights),
    autocorrelations: inOrder(t.autocorrelations),
  };
}
