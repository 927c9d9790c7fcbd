/**
 * The report's spatial sections: each weight matrix's summary, and per autocorrelation
 * analysis the global Moran's I by year, the LISA cluster types and the Gi* hot and cold spots
 * by region and year. Figures (a Moran scatter plot, LISA and hot-spot maps) read the same
 * result fields: `autocorrelation[i].lisa[y].cluster`, `…gi_star[y].spot`, aligned with
 * `autocorrelation[i].regions`, drawn on the map the spec declares.
 */
import type { Result, ResultAutocorrelation, ResultGiYear } from "@ccdc/engine";
import { type Autocorrelation, appendAll, own, type Plan } from "@ccdc/plan";
import { lineChunks } from "./csv-stream.js";
import { type Block, heading, pairs, table, text } from "./document.js";
import { fixed, withOrigin } from "./format.js";
import type { Lang } from "./names.js";
import { type ReportWords, reportWords } from "./words.js";

type SpatialWeights = NonNullable<Result["spatialWeights"]>[number];

const num = (v: number | null, d = 4) => (v === null ? "–" : fixed(v, d));
const pValue = (v: number | null) => (v === null ? "–" : v < 0.0001 ? "<0.0001" : fixed(v, 4));

/** The spatial weight matrices (run report). */
export function spatialWeightsBlocks(result: Result, words = reportWords()): Block[] {
  const list = result.spatialWeights ?? [];
  if (list.length === 0) return [];
  const s = words.spatialWeights;
  const chosen = (value: string, origin: "spec" | "default") =>
    withOrigin(value, origin, words.byDefault);
  const blocks: Block[] = [heading(3, s.heading)];
  for (const w of list) {
    blocks.push(
      pairs([
        [s.matrix, w.id],
        [s.builtFrom, words.engineText(w.construction)],
        [
          s.transform,
          chosen(w.transform === "row" ? s.rowStandardised : s.binary, w.transformOrigin),
        ],
        [s.regions, String(w.n)],
        [
          s.links,
          s.linksValue(w.links, fixed(w.meanNeighbours, 2), w.minNeighbours, w.maxNeighbours),
        ],
        [s.symmetric, w.symmetric ? s.yes : s.no],
        [s.declaredLinks, w.declaredLinks.length > 0 ? w.declaredLinks.join(", ") : s.none],
        [
          s.islands,
          w.islands.length > 0
            ? `${w.islands.join(", ")} (${w.islandsRule === "drop" ? s.leftOut : s.error})`
            : s.none,
        ],
      ]),
    );
  }
  return blocks;
}

/** One section per autocorrelation analysis, its words in `lang`. */
export function autocorrelationBlocks(result: Result, plan: Plan, lang: Lang = "en"): Block[] {
  const list = result.autocorrelation ?? [];
  if (list.length === 0) return [];
  const words = reportWords(lang);
  const blocks: Block[] = [heading(2, words.autocorrelation.heading)];
  for (const a of list) {
    const def = plan.autocorrelations?.find((d) => d.id === a.id);
    if (def) appendAll(blocks, analysisBlocks(a, def, lang, words));
  }
  return blocks;
}

function analysisBlocks(
  a: ResultAutocorrelation,
  def: Autocorrelation,
  lang: Lang,
  words: ReportWords,
): Block[] {
  const w = words.autocorrelation;
  const label = own(a.labels, lang) || own(a.labels, "en") || a.id;
  const o = def.origins;
  const chosen = (value: string, origin: "spec" | "default") =>
    withOrigin(value, origin, words.byDefault);
  const values =
    def.values.kind === "index"
      ? w.ofIndex(def.values.node)
      : w.ofD(def.values.analysis, chosen(def.values.form, o.form));
  const blocks: Block[] = [
    heading(3, `${label} (${a.id})`),
    text(
      w.values(
        values,
        a.weights,
        chosen(String(a.permutations), o.permutations),
        chosen(String(a.seed), o.seed),
        chosen(String(a.significance), o.significance),
      ),
      ...(a.dropped.length > 0 ? [w.leftOut(a.dropped.join(", "))] : []),
    ),
  ];
  if (a.moran) {
    blocks.push(
      text(w.moranIntro),
      table(
        w.moranHeader,
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
            : [String(m.year), w.undefinedBecause(m.reason), "", "", "", "", "", ""],
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
      text(w.lisaIntro(a.significance)),
      table(
        [w.region, ...years],
        a.regions.map((r, k) => [r, ...lisa.map((y) => (y.defined ? y.cluster[k]! : "–"))]),
      ),
    );
    const undefinedYears = lisa.filter((y) => !y.defined);
    if (undefinedYears.length > 0)
      blocks.push(text(...undefinedYears.map((y) => `${y.year}: ${y.defined ? "" : y.reason}.`)));
  }
  const gi = (name: string, years2: ResultGiYear[]) => {
    blocks.push(
      text(w.giIntro(name, a.significance)),
      table(
        [w.region, ...years],
        a.regions.map((r, k) => [
          r,
          ...years2.map((y) =>
            y.defined ? `${y.spot[k] === "ns" ? "ns" : y.spot[k]} (${fixed(y.z[k]!, 2)})` : "–",
          ),
        ]),
      ),
    );
  };
  if (a.gi_star) gi(w.giOrd, a.gi_star);
  if (a.gi_star_pysal) gi(w.giPysal, a.gi_star_pysal);
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
