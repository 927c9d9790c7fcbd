/**
 * Pass `spatial-analysis`: `spatial_weights` and `autocorrelation` blocks, read into their
 * plan shape (check/spatial-tables.ts).
 *
 * A matrix is built one way (E1020, E1021): `neighbours "pairs.csv"`, `contiguity queen|rook
 * of <map>` (optionally `tolerance <degrees>`), `coordinates "xy.csv"` with `knn <k>`,
 * `band <km>` or `power <p>` (inverse distance, optionally cut at `band <km>`), or
 * `economic <variable>`; `transform row|binary` (default row), `islands error|drop` (default
 * error) and `link <region> to <regions>` (repeatable). An autocorrelation names its `values`
 * (a within analysis, with `form`, or a node), its `matrix`, its `statistics`, and optionally
 * `permutations` (default 999), `seed` (default 12345) and `significance` (default 0.05).
 * Both need the study's units to be regions.
 *
 * Codes: E1001-E1004 (settings), E1020-E1038.
 */
import type {
  Autocorrelation,
  AutocorrelationStatistic,
  SpatialWeights,
  WeightsConstruction,
} from "@ccdc/plan";
import type { Ident } from "../ast.js";
import type { AutocorrelationDecl, SpatialWeightsDecl } from "../ast-spatial.js";
import {
  contiguityRuleUnknown,
  coordinatesWithoutRule,
  distanceWithoutCoordinates,
  formNotComputed,
  islandsUnknown,
  knnWithBand,
  linkShape,
  lisaWithoutPermutations,
  notPositive,
  permutationsRange,
  seedRange,
  settingMissing,
  settingShape,
  significanceRange,
  statisticTwice,
  statisticUnknown,
  toleranceWithoutContiguity,
  transformUnknown,
  unitsNotRegions,
  valuesNotPerRegion,
  weightsNoConstruction,
  weightsTwoConstructions,
} from "../spatial-messages.js";
import { type CheckContext, expectKind } from "./context.js";
import { namesList, SettingsReader } from "./settings.js";
import { spatialTables } from "./spatial-tables.js";

const WEIGHTS_SETTINGS = [
  "neighbours",
  "contiguity",
  "coordinates",
  "economic",
  "knn",
  "band",
  "power",
  "tolerance",
  "transform",
  "islands",
  "link",
] as const;
const AUTOCORRELATION_SETTINGS = [
  "values",
  "form",
  "matrix",
  "statistics",
  "permutations",
  "seed",
  "significance",
] as const;
const STATISTICS: readonly AutocorrelationStatistic[] = [
  "moran",
  "lisa",
  "gi_star",
  "gi_star_pysal",
];
const DEFAULT_FORMS = ["standard"];

export function checkSpatialAnalysis(ctx: CheckContext): void {
  const tables = spatialTables(ctx);
  for (const item of ctx.ast.items) {
    if (item.kind === "spatial_weights") {
      const def = checkWeights(ctx, item);
      if (def) tables.weights.set(item, def);
    } else if (item.kind === "autocorrelation") {
      const def = checkAutocorrelation(ctx, item);
      if (def) tables.autocorrelations.set(item, def);
    }
  }
}

/** Labels as the plan has them: the primary is `en`, else the name. */
function labelsOf(decl: SpatialWeightsDecl | AutocorrelationDecl): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  out.en = decl.labels.primary?.value ?? decl.name.name;
  for (const o of decl.labels.others) out[o.lang.name] = o.text.value;
  return out;
}

/** The units are regions (E1031 at `at` otherwise); their names. */
function regionUnits(ctx: CheckContext, at: Ident): string[] | undefined {
  const units = ctx.tables.units;
  if (!units) return undefined;
  if (units.level !== "region") {
    ctx.report(unitsNotRegions(at.range));
    return undefined;
  }
  return units.list.map((r) => r.name.name);
}

function checkWeights(ctx: CheckContext, decl: SpatialWeightsDecl): SpatialWeights | undefined {
  const before = ctx.errorCount;
  const s = new SettingsReader(ctx, decl.settings, "spatial weights", WEIGHTS_SETTINGS, ["link"]);
  const units = regionUnits(ctx, decl.name);
  const construction = checkConstruction(ctx, decl, s, units?.length);
  const transform = s.name("transform");
  if (transform && transform.name !== "row" && transform.name !== "binary")
    ctx.report(transformUnknown(transform));
  const islands = s.name("islands");
  if (islands && islands.name !== "error" && islands.name !== "drop")
    ctx.report(islandsUnknown(islands));
  const links: { region: string; to: string[] }[] = [];
  for (const l of s.all("link")) {
    const [first, word, ...rest] = l.values;
    const to = namesList(rest);
    if (first?.kind !== "name" || word?.kind !== "name" || word.ident.name !== "to" || !to) {
      ctx.report(linkShape(l.word));
      continue;
    }
    for (const r of [first.ident, ...to]) ctx.resolve(r, expectKind("region"));
    links.push({ region: first.ident.name, to: to.map((t) => t.name) });
  }
  if (ctx.errorCount > before || !construction || !units) return undefined;
  return {
    id: decl.name.name,
    labels: labelsOf(decl),
    construction,
    transform: transform?.name === "binary" ? "binary" : "row",
    transformOrigin: transform ? "spec" : "default",
    links,
    islands: islands?.name === "drop" ? "drop" : "error",
    islandsOrigin: islands ? "spec" : "default",
  };
}

function checkConstruction(
  ctx: CheckContext,
  decl: SpatialWeightsDecl,
  s: SettingsReader,
  nUnits: number | undefined,
): WeightsConstruction | undefined {
  const ways = (["neighbours", "contiguity", "coordinates", "economic"] as const).filter((w) =>
    s.get(w),
  );
  if (ways.length === 0) {
    ctx.report(weightsNoConstruction(decl.name));
    return undefined;
  }
  if (ways.length > 1) {
    ctx.report(weightsTwoConstructions(s.get(ways[1]!)!.word, s.get(ways[0]!)!.word));
    return undefined;
  }
  const way = ways[0]!;
  const knn = s.get("knn");
  const band = s.get("band");
  const power = s.get("power");
  if (way !== "coordinates")
    for (const x of [knn, band, power]) if (x) ctx.report(distanceWithoutCoordinates(x.word));
  const tolerance = s.get("tolerance");
  if (tolerance && way !== "contiguity") ctx.report(toleranceWithoutContiguity(tolerance.word));
  switch (way) {
    case "neighbours": {
      const path = s.string("neighbours");
      return (
        path && { kind: "neighbours", path: path.value, region: "region", neighbour: "neighbour" }
      );
    }
    case "economic": {
      const v = s.name("economic");
      if (!v || !ctx.resolve(v, expectKind("variable"))) return undefined;
      return { kind: "economic", variable: v.name, variant: "inverse_mean_difference" };
    }
    case "contiguity": {
      const c = s.get("contiguity")!;
      const [rule, of, map] = c.values;
      if (
        c.values.length !== 3 ||
        rule?.kind !== "name" ||
        of?.kind !== "name" ||
        of.ident.name !== "of" ||
        map?.kind !== "name"
      ) {
        ctx.report(
          settingShape(
            c.word,
            c.range,
            "`queen` or `rook`, `of` and a map, e.g. `contiguity queen of china`",
          ),
        );
        return undefined;
      }
      if (rule.ident.name !== "queen" && rule.ident.name !== "rook") {
        ctx.report(contiguityRuleUnknown(rule.ident));
        return undefined;
      }
      if (!ctx.resolve(map.ident, expectKind("map"))) return undefined;
      const tol = s.number("tolerance");
      if (tol && tol.value < 0)
        ctx.report(notPositive(tolerance!.word, tol, "0 or more (degrees)"));
      return {
        kind: "contiguity",
        rule: rule.ident.name,
        map: map.ident.name,
        tolerance: tol?.value ?? 0,
      };
    }
    case "coordinates": {
      const path = s.string("coordinates");
      const coordinates = path && {
        path: path.value,
        region: "region",
        longitude: "longitude",
        latitude: "latitude",
      };
      if (!knn && !band && !power) {
        ctx.report(coordinatesWithoutRule(s.get("coordinates")!.word));
        return undefined;
      }
      if (knn && (band || power)) {
        ctx.report(knnWithBand(knn.word));
        return undefined;
      }
      if (knn) {
        const k = s.number("knn");
        if (!k) return undefined;
        const max = nUnits === undefined ? Number.POSITIVE_INFINITY : nUnits - 1;
        if (!Number.isInteger(k.value) || k.value < 1 || k.value > max) {
          ctx.report(
            notPositive(
              knn.word,
              k,
              Number.isFinite(max)
                ? `a whole number from 1 to ${max} (the other regions)`
                : "a whole number ≥ 1",
            ),
          );
          return undefined;
        }
        return coordinates && { kind: "knn", coordinates, k: k.value };
      }
      const b = s.number("band");
      if (band && b && !(b.value > 0))
        ctx.report(notPositive(band.word, b, "a distance in km above 0"));
      if (power) {
        const p = s.number("power");
        if (!p) return undefined;
        if (!(p.value > 0)) {
          ctx.report(notPositive(power.word, p, "above 0"));
          return undefined;
        }
        return (
          coordinates && {
            kind: "inverse_distance",
            coordinates,
            power: p.value,
            ...(b && { bandKm: b.value }),
          }
        );
      }
      return coordinates && b && b.value > 0
        ? { kind: "distance_band", coordinates, bandKm: b.value }
        : undefined;
    }
  }
}

function checkAutocorrelation(
  ctx: CheckContext,
  decl: AutocorrelationDecl,
): Autocorrelation | undefined {
  const before = ctx.errorCount;
  const s = new SettingsReader(ctx, decl.settings, "an autocorrelation", AUTOCORRELATION_SETTINGS);
  regionUnits(ctx, decl.name);
  if (!s.get("values"))
    ctx.report(settingMissing(decl.name.range, "the autocorrelation", "values <analysis or node>"));
  if (!s.get("matrix"))
    ctx.report(settingMissing(decl.name.range, "the autocorrelation", "matrix <spatial weights>"));
  if (!s.get("statistics"))
    ctx.report(settingMissing(decl.name.range, "the autocorrelation", "statistics moran, lisa"));
  const values = checkValues(ctx, s);
  const matrix = s.name("matrix");
  if (matrix)
    ctx.resolve(matrix, expectKind("spatial_weights", "spatial weights", "spatial weights"));
  const statistics: AutocorrelationStatistic[] = [];
  for (const st of s.names("statistics") ?? []) {
    if (!STATISTICS.includes(st.name as AutocorrelationStatistic)) ctx.report(statisticUnknown(st));
    else if (statistics.includes(st.name as AutocorrelationStatistic))
      ctx.report(statisticTwice(st));
    else statistics.push(st.name as AutocorrelationStatistic);
  }
  const perms = s.number("permutations");
  if (perms && (!Number.isInteger(perms.value) || perms.value < 0 || perms.value > 99999))
    ctx.report(permutationsRange(perms));
  if (perms && perms.value === 0 && statistics.includes("lisa"))
    ctx.report(lisaWithoutPermutations(perms));
  const seed = s.number("seed");
  if (seed && (!Number.isInteger(seed.value) || seed.value < 0 || seed.value > 4294967295))
    ctx.report(seedRange(seed));
  const sig = s.number("significance");
  if (sig && !(sig.value > 0 && sig.value < 1)) ctx.report(significanceRange(sig));
  if (ctx.errorCount > before || !values || !matrix) return undefined;
  return {
    id: decl.name.name,
    labels: labelsOf(decl),
    values: values.values,
    weights: matrix.name,
    statistics,
    permutations: perms?.value ?? 999,
    seed: seed?.value ?? 12345,
    significance: sig?.value ?? 0.05,
    origins: {
      permutations: perms ? "spec" : "default",
      seed: seed ? "spec" : "default",
      significance: sig ? "spec" : "default",
      form: values.formOrigin,
    },
  };
}

function checkValues(
  ctx: CheckContext,
  s: SettingsReader,
): { values: Autocorrelation["values"]; formOrigin: "spec" | "default" } | undefined {
  const name = s.name("values");
  const form = s.name("form");
  if (!name) return undefined;
  const sym = ctx.resolve(name, {
    noun: "analysis or node",
    phrase: "a within analysis or a node",
    accepts: (x) => x.kind === "analysis" || x.kind === "node",
  });
  if (!sym) return undefined;
  if (sym.kind === "node") {
    if (form)
      ctx.report(
        settingShape(
          form,
          form.range,
          "a within analysis in `values` (a node's index has no coupling form)",
        ),
      );
    return { values: { kind: "index", node: sym.name.name }, formOrigin: "default" };
  }
  if (sym.kind !== "analysis") return undefined;
  const a = sym.decl;
  if (!a.within) {
    ctx.report(valuesNotPerRegion(name, "a between analysis has one D per combination of units"));
    return undefined;
  }
  const forms = (a.coupling.length > 0 ? a.coupling : (ctx.tables.method?.coupling ?? [])).map(
    (f) => f.name,
  );
  const computed = forms.length > 0 ? forms : DEFAULT_FORMS;
  if (form && !computed.includes(form.name)) {
    ctx.report(formNotComputed(form, name, computed));
    return undefined;
  }
  return {
    values: { kind: "coordination", analysis: name.name, form: form?.name ?? computed[0]! },
    formOrigin: form ? "spec" : "default",
  };
}
