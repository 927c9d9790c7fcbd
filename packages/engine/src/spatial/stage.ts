/**
 * The spatial stage of a run: build each declared weight matrix over the study's units (which
 * the compiler made sure are regions), then run each autocorrelation analysis. Runs after the
 * coupling analyses, on their D, or on the nodes' indices. Files (neighbour pairs,
 * coordinates, maps) were read before the pipeline started (`readSpatialFiles`).
 */
import { appendAll, type Plan } from "@ccdc/plan";
import type { UnitColumns } from "../aggregate.js";
import type { CouplingBlock } from "../analyses.js";
import type { RegionMap } from "../io/geo-reader.js";
import { readCoordinates, readNeighbourPairs, regionLookup } from "../io/spatial-inputs.js";
import { type EngineIssue, pointer } from "../issues.js";
import * as msg from "../messages/index.js";
import type { PlanIndex } from "../plan-index.js";
import { type AutocorrelationOutcome, runAutocorrelation } from "./autocorrelation.js";
import { type BuiltWeights, buildWeights, type WeightsInput } from "./build.js";

/** What each plan.spatialWeights entry read from files (undefined: nothing to read). */
export type SpatialFiles = readonly (WeightsInput | undefined)[];

/** Reads the neighbour and coordinate files of every spatial weight matrix. */
export async function readSpatialFiles(
  plan: Plan,
  baseDir: string,
  maps: readonly RegionMap[],
): Promise<{ files: SpatialFiles; errors: EngineIssue[] }> {
  const errors: EngineIssue[] = [];
  const lookup = regionLookup(plan.regions);
  const unitRegions = plan.units.list.map((u) => lookup.get(u.id)!);
  const files = await Promise.all(
    (plan.spatialWeights ?? []).map(async (def, i): Promise<WeightsInput | undefined> => {
      const at = pointer("spatialWeights", i, "construction");
      const c = def.construction;
      if (c.kind === "neighbours") {
        const read = await readNeighbourPairs(plan, baseDir, c.path, [c.region, c.neighbour], at);
        appendAll(errors, read.errors);
        const toUnit = new Map(unitRegions.map((r, u) => [r, u]));
        const pairs: [number, number][] = [];
        for (const [a, b] of read.pairs) {
          const ua = toUnit.get(a);
          const ub = toUnit.get(b);
          if (ua !== undefined && ub !== undefined) pairs.push([ua, ub]);
        }
        return { kind: "pairs", pairs };
      }
      if (c.kind === "knn" || c.kind === "distance_band" || c.kind === "inverse_distance") {
        const k = c.coordinates;
        const read = await readCoordinates(
          plan,
          baseDir,
          k.path,
          [k.region, k.longitude, k.latitude],
          unitRegions,
          `${at}/coordinates`,
        );
        if ("errors" in read) {
          appendAll(errors, read.errors);
          return undefined;
        }
        return { kind: "coordinates", lon: read.lon, lat: read.lat };
      }
      if (c.kind === "contiguity") {
        const map = maps.find((m) => m.id === c.map);
        // A map that failed to read has reported its own errors.
        if (!map) return undefined;
        return { kind: "polygons", rings: unitRegions.map((r) => map.regions[r]!.polygons) };
      }
      return undefined;
    }),
  );
  return { files, errors };
}

export interface SpatialOutcome {
  weights: BuiltWeights[];
  autocorrelations: AutocorrelationOutcome[];
  errors: EngineIssue[];
  warnings: EngineIssue[];
}

/** Builds the matrices and runs the autocorrelation analyses. */
export function runSpatialStage(
  index: PlanIndex,
  files: SpatialFiles | undefined,
  unitColumns: UnitColumns,
  nodeIndex: readonly Float64Array[],
  blocks: readonly CouplingBlock[],
): SpatialOutcome {
  const { plan, unitIds, nYears, years } = index;
  const out: SpatialOutcome = { weights: [], autocorrelations: [], errors: [], warnings: [] };
  const defs = plan.spatialWeights ?? [];
  if (defs.length === 0) return out;
  const built = new Map<string, BuiltWeights>();
  defs.forEach((def, i) => {
    const at = pointer("spatialWeights", i);
    let input = files?.[i];
    if (def.construction.kind === "economic") {
      const column = unitColumns.get(def.construction.variable)!;
      const means = new Float64Array(unitIds.length);
      for (let u = 0; u < unitIds.length; u++) {
        let s = 0;
        for (let y = 0; y < nYears; y++) s += column[u * nYears + y]!;
        means[u] = s / nYears;
      }
      input = { kind: "means", means };
    }
    if (!input) {
      if (!files) out.errors.push(msg.weightsNeedFiles(def.id, at));
      return;
    }
    const b = buildWeights(def, i, unitIds, input);
    appendAll(out.errors, b.errors);
    if (!b.built) return;
    built.set(def.id, b.built);
    out.weights.push(b.built);
    const { summary } = b.built;
    if (summary.islands.length > 0 && def.islands === "error")
      out.errors.push(msg.islands(summary.islands, def.id, at));
    else if (summary.islands.length > 0)
      out.warnings.push(msg.islandsDropped(summary.islands, def.id, at));
    if (!summary.symmetric && def.construction.kind === "knn")
      out.warnings.push(msg.knnAsymmetric(def.construction.k, def.id, at));
  });
  if (out.errors.length > 0) return out;

  for (const [ai, def] of (plan.autocorrelations ?? []).entries()) {
    const weightsDef = defs.find((d) => d.id === def.weights)!;
    const b = built.get(def.weights)!;
    let regionIds: readonly string[];
    let values: (y: number) => Float64Array;
    if (def.values.kind === "index") {
      const column = nodeIndex[index.nodeIndex.get(def.values.node)!]!;
      regionIds = unitIds;
      values = (y) => Float64Array.from(unitIds, (_, u) => column[u * nYears + y]!);
    } else {
      const { analysis, form } = def.values;
      const block = blocks.find((bl) => bl.analysis === analysis && bl.form === form)!;
      const a = plan.analyses[block.analysisIndex]!;
      if (a.kind !== "within") {
        out.errors.push(
          msg.autocorrelationNotWithin(def.id, analysis, pointer("autocorrelations", ai)),
        );
        continue;
      }
      regionIds = a.units;
      values = (y) => Float64Array.from(a.units, (_, r) => block.D[r * nYears + y]!);
    }
    const result = runAutocorrelation(def, weightsDef, b, regionIds, years, values);
    // Islands of the whole matrix stopped the run above; these appear only among the regions
    // this analysis tests (a `within a, b, …` analysis).
    if (result.dropped.length > 0 && weightsDef.islands === "error") {
      out.errors.push(
        msg.islandsAmongTested(
          result.dropped,
          def.id,
          def.weights,
          pointer("autocorrelations", ai),
        ),
      );
      continue;
    }
    out.autocorrelations.push(result);
  }
  return out;
}
