/**
 * The report's spatial sections: each weight matrix's summary, and per autocorrelation
 * analysis the global Moran's I by year, the LISA cluster types and the Gi* hot and cold spots
 * by region and year. Figures (a Moran scatter plot, LISA and hot-spot maps) read the same
 * result fields: `autocorrelation[i].lisa[y].cluster`, `…gi_star[y].spot`, aligned with
 * `autocorrelation[i].regions`, drawn on the map the spec declares.
 */
import type { Result, ResultAutocorrelation, ResultGiYear } from "@ccdc/engine";
import type { Autocorrelation, Plan } from "@ccdc/plan";
import { lineChunks } from "./csv-stream.js";
import { type Block, heading, pairs, table, text } from "./document.js";
import { fixed, withOrigin } from "./format.js";

type SpatialWeights = NonNullable<Result["spatialWeights"]>[number];

const num = (v: number | null, d = 4) => (v === null ? "–" : fixed(v, d));
const pValue = (v: number | null) => (v === null ? "–" : v < 0.0001 ? "<0.0001" : fixed(v, 4));

/** The spatial weight matrices (run report). */
export function spatialWeightsBlocks(result: Result): Block[] {
  const list = result.spatialWeights ?? [];
  if (list.length === 0) return [];
  const blocks: Block[] = [heading(3, "Spatial weights")];
  for (const w of list) {
    blocks.push(
      pairs([
        ["matrix", w.id],
        ["built from", w.construction],
        [
          "transform",
          withOrigin(w.transform === "row" ? "row-standardised" : "binary", w.transformOrigin),
        ],
        ["regions", String(w.n)],
        [
          "links",
          `${w.links} (mean ${fixed(w.meanNeighbours, 2)} neighbours, min ${w.minNeighbours}, max ${w.maxNeighbours})`,
        ],
        ["symmetric", w.symmetric ? "yes" : "no"],
        ["declared links", w.declaredLinks.length > 0 ? w.declaredLinks.join(", ") : "none"],
        [
          "islands",
          w.islands.length > 0
            ? `${w.islands.join(", ")} (${w.islandsRule === "drop" ? "left out of the statistics" : "error"})`
            : "none",
        ],
      ]),
    );
  }
  return blocks;
}

/** One section per autocorrelation analysis. */
export function autocorrelationBlocks(result: Result, plan: Plan): Block[] {
  const list = result.autocorrelation ?? [];
  if (list.length === 0) return [];
  const blocks: Block[] = [heading(2, "Spatial autocorrelation")];
  for (const a of list) {
    const def = plan.autocorrelations?.find((d) => d.id === a.id);
    if (def) blocks.push(...analysisBlocks(a, def));
  }
  return blocks;
}

function analysisBlocks(a: ResultAutocorrelation, def: Autocorrelation): Block[] {
  const label = a.labels.en ?? a.id;
  const o = def.origins;
  const values =
    def.values.kind === "index"
      ? `the index of ${def.values.node}`
      : `D of ${def.values.analysis}, form ${withOrigin(def.values.form, o.form)}`;
  const blocks: Block[] = [
    heading(3, `${label} (${a.id})`),
    text(
      `Values: ${values}; spatial weights ${a.weights}; permutations ${withOrigin(String(a.permutations), o.permutations)}, seed ${withOrigin(String(a.seed), o.seed)}; significance ${withOrigin(String(a.significance), o.significance)}.`,
      ...(a.dropped.length > 0 ? [`Left out (no neighbour): ${a.dropped.join(", ")}.`] : []),
    ),
  ];
  if (a.moran) {
    blocks.push(
      text(
        "Global Moran's I: z and two-sided p under randomisation and normality; pseudo-p from permutations (PySAL's directed p_sim).",
      ),
      table(
        ["year", "I", "E[I]", "z (rand.)", "p (rand.)", "z (norm.)", "p (norm.)", "pseudo-p"],
        a.moran.map((m) =>
          m.defined
            ? [
                String(m.year),
                num(m.I),
                num(m.EI),
                num(m.z_rand, 3),
                pValue(m.p_rand),
                num(m.z_norm, 3),
                pValue(m.p_norm),
                pValue(m.p_sim),
              ]
            : [String(m.year), `undefined: ${m.reason}`, "", "", "", "", "", ""],
        ),
      ),
    );
  }
  const years = (a.moran ?? a.lisa ?? a.gi_star ?? a.gi_star_pysal ?? []).map((y) =>
    String(y.year),
  );
  if (a.lisa) {
    const lisa = a.lisa;
    blocks.push(
      text(`LISA cluster types (local Moran, pseudo-p ≤ ${a.significance}; ns: not significant).`),
      table(
        ["region", ...years],
        a.regions.map((r, k) => [r, ...lisa.map((y) => (y.defined ? y.cluster[k]! : "–"))]),
      ),
    );
    const undefinedYears = lisa.filter((y) => !y.defined);
    if (undefinedYears.length > 0)
      blocks.push(text(...undefinedYears.map((y) => `${y.year}: ${y.defined ? "" : y.reason}.`)));
  }
  const gi = (name: string, years2: ResultGiYear[]) => {
    blocks.push(
      text(`${name}: hot and cold spots (two-sided p ≤ ${a.significance}), z in brackets.`),
      table(
        ["region", ...years],
        a.regions.map((r, k) => [
          r,
          ...years2.map((y) =>
            y.defined ? `${y.spot[k] === "ns" ? "ns" : y.spot[k]} (${fixed(y.z[k]!, 2)})` : "–",
          ),
        ]),
      ),
    );
  };
  if (a.gi_star) gi("Getis-Ord Gi* (Ord & Getis 1995)", a.gi_star);
  if (a.gi_star_pysal)
    gi("Getis-Ord Gi* (PySAL esda, as for the declared transform)", a.gi_star_pysal);
  return blocks;
}

/** `spatial-weights-<id>.csv`: the transformed matrix as an edge list (from, to, weight). */
export function weightsEdgeCsv(w: SpatialWeights): string {
  return [...weightsEdgeCsvChunks(w)].join("");
}

/** `spatial-weights-<id>.csv` in chunks of text. */
export function weightsEdgeCsvChunks(w: SpatialWeights): Generator<string> {
  function* lines(): Generator<string> {
    yield "from,to,weight";
    for (const [a, b, v] of w.edges) yield `${a},${b},${v}`;
  }
  return lineChunks(lines());
}

/**
 * `spatial-weights-<id>.gal`: the links (binary) in GeoDa's GAL format, read by PySAL
 * (`libpysal.io.open`), GeoDa and R spdep (`read.gal`): a header `0 n ccdc <id>`, then per
 * region a line `region k` and a line of its k neighbours.
 */
export function weightsGal(w: SpatialWeights): string {
  return [...weightsGalChunks(w)].join("");
}

/** `spatial-weights-<id>.gal` in chunks of text. */
export function weightsGalChunks(w: SpatialWeights): Generator<string> {
  function* lines(): Generator<string> {
    const byRow = new Map<string, string[]>(w.regions.map((r) => [r, []]));
    for (const [a, b] of w.edges) byRow.get(a)?.push(b);
    yield `0 ${w.n} ccdc ${w.id}`;
    for (const r of w.regions) {
      const nb = byRow.get(r) ?? [];
      yield `${r} ${nb.length}`;
      yield nb.join(" ");
    }
  }
  return lineChunks(lines());
}
