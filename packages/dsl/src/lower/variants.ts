/**
 * Lowers variants and sensitivity analyses: already in plan shape in the model; this records
 * each block's range, and each override's clause, in the source map. Absent blocks leave the
 * plan's optional lists out.
 */
import type { Plan } from "@ccdc/plan";
import type { VariantsModel } from "../model/model.js";
import type { SourceMapBuilder } from "./source-map.js";

type VariantsPart = Pick<Plan, "variants" | "sensitivity">;

export function lowerVariants(model: VariantsModel, map: SourceMapBuilder): VariantsPart {
  const out: { -readonly [K in keyof VariantsPart]: VariantsPart[K] } = {};
  model.variants.forEach((v, i) => {
    map.add(`/variants/${i}`, v.range);
    v.overrideRanges.forEach((r, j) => {
      map.add(`/variants/${i}/overrides/${j}`, r);
    });
  });
  model.sensitivity.forEach((s, i) => {
    map.add(`/sensitivity/${i}`, s.range);
  });
  if (model.variants.length > 0) out.variants = model.variants.map((v) => v.value);
  if (model.sensitivity.length > 0) out.sensitivity = model.sensitivity.map((s) => s.value);
  return out;
}
