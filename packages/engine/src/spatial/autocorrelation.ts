/**
 * Running one autocorrelation analysis (plan.autocorrelations[i]) year by year on the values it
 * names: D of a within-unit analysis in one coupling form, or a node's index. Regions that are
 * islands of the matrix (restricted to the regions that have values) are left out when the
 * matrix declares `islands drop`; under `islands error` the run stopped before.
 *
 * Permutation streams: year y (0-based position in the study's years) uses seed + y, one
 * stream for the global statistic and one for the local, so each year's pseudo p-values do not
 * depend on the other years.
 */
import type { Autocorrelation, SpatialWeights } from "@ccdc/plan";
import type { BuiltWeights } from "./build.js";
import { giStar, starWeights } from "./getis-ord.js";
import { localMoran, type Quadrant } from "./local-moran.js";
import { islands, subMatrix } from "./matrix.js";
import { globalMoran } from "./moran.js";
import { binarise, rowStandardise } from "./transform.js";

export type Undefined = { readonly year: number; readonly defined: false; readonly reason: string };

export type MoranYear =
  | {
      readonly year: number;
      readonly defined: true;
      readonly I: number;
      readonly EI: number;
      readonly VI_norm: number | null;
      readonly VI_rand: number | null;
      readonly z_norm: number | null;
      readonly z_rand: number | null;
      readonly p_norm: number | null;
      readonly p_rand: number | null;
      /** Directed pseudo p-value (esda p_sim); null without permutations. */
      readonly p_sim: number | null;
    }
  | Undefined;

export type LisaCluster = Quadrant | "ns";

export type LisaYear =
  | {
      readonly year: number;
      readonly defined: true;
      /** Aligned with the result's `regions`. */
      readonly I: number[];
      readonly quadrant: Quadrant[];
      /** The Moran scatter plot: standardised values and their spatial lags. */
      readonly z: number[];
      readonly lag: number[];
      readonly p_sim: number[];
      /** The quadrant where p_sim ≤ the significance level, else "ns". */
      readonly cluster: LisaCluster[];
    }
  | Undefined;

export type SpotClass = "hot" | "cold" | "ns";

export type GiYear =
  | {
      readonly year: number;
      readonly defined: true;
      readonly z: number[];
      readonly p: number[];
      /** hot: z > 0 and p ≤ the significance level; cold: z < 0 and p ≤ it; else ns. */
      readonly spot: SpotClass[];
    }
  | Undefined;

export interface AutocorrelationOutcome {
  readonly id: string;
  /** The regions tested, in order (islands dropped). */
  readonly regions: string[];
  /** Islands left out under `islands drop`. */
  readonly dropped: string[];
  readonly moran?: MoranYear[];
  readonly lisa?: LisaYear[];
  readonly gi_star?: GiYear[];
  readonly gi_star_pysal?: GiYear[];
}

const REASONS: Record<string, string> = {
  constant: "all values are equal: the statistic is undefined",
  too_few: "fewer than 3 regions with neighbours",
  zero_mean: "the values' mean is 0: PySAL's G* = Σ w x / Σ x is undefined",
};

/**
 * @param values per year, the value of each region in `regionIds` order
 * @param regionIds the regions that have values (a subset of the matrix's, in its order)
 */
export function runAutocorrelation(
  def: Autocorrelation,
  weightsDef: SpatialWeights,
  built: BuiltWeights,
  regionIds: readonly string[],
  years: readonly number[],
  values: (y: number) => Float64Array,
): AutocorrelationOutcome {
  const pos = new Map(built.regionIds.map((id, i) => [id, i]));
  const within = regionIds.map((id) => pos.get(id)!);
  let raw = subMatrix(built.raw, within);
  let keep = regionIds.map((_, i) => i);
  const lonely = islands(raw);
  const dropped = lonely.map((i) => regionIds[i]!);
  if (lonely.length > 0) {
    // islands "error" stopped the run before, so this is "drop".
    keep = keep.filter((i) => !lonely.includes(i));
    raw = subMatrix(raw, keep);
  }
  const w = weightsDef.transform === "row" ? rowStandardise(raw) : binarise(raw);
  const star = starWeights(raw, weightsDef.transform);
  const kept = keep.map((i) => regionIds[i]!);
  const pick = (y: number): Float64Array => {
    const all = values(y);
    return Float64Array.from(keep, (i) => all[i]!);
  };
  const out: { -readonly [K in keyof AutocorrelationOutcome]: AutocorrelationOutcome[K] } = {
    id: def.id,
    regions: kept,
    dropped,
  };
  const seedOf = (y: number) => (def.seed + y) >>> 0;
  const undefinedYear = (year: number, reason: string): Undefined => ({
    year,
    defined: false,
    reason: REASONS[reason] ?? reason,
  });
  const stats = new Set(def.statistics);
  if (stats.has("moran"))
    out.moran = years.map((year, y): MoranYear => {
      const m = globalMoran(pick(y), w, def.permutations, seedOf(y));
      if (!m.defined) return undefinedYear(year, m.reason);
      return {
        year,
        defined: true,
        I: m.i,
        EI: m.expected,
        VI_norm: m.varianceNormality,
        VI_rand: m.varianceRandomisation,
        z_norm: m.zNormality,
        z_rand: m.zRandomisation,
        p_norm: m.pNormality,
        p_rand: m.pRandomisation,
        p_sim: m.permutation?.pseudoP ?? null,
      };
    });
  if (stats.has("lisa"))
    out.lisa = years.map((year, y): LisaYear => {
      const l = localMoran(pick(y), w, def.permutations, seedOf(y));
      if (!l.defined) return undefinedYear(year, l.reason);
      const p = Array.from(l.pseudoP ?? []);
      return {
        year,
        defined: true,
        I: Array.from(l.i),
        quadrant: l.quadrant.slice(),
        z: Array.from(l.z),
        lag: Array.from(l.lag),
        p_sim: p,
        cluster: l.quadrant.map((q, k) => ((p[k] ?? 1) <= def.significance ? q : "ns")),
      };
    });
  for (const variant of ["gi_star", "gi_star_pysal"] as const) {
    if (!stats.has(variant)) continue;
    out[variant] = years.map((year, y): GiYear => {
      const g = giStar(pick(y), star, variant === "gi_star" ? "ord_getis_1995" : "pysal");
      if (!g.defined) return undefinedYear(year, g.reason);
      const z = Array.from(g.z);
      const p = Array.from(g.p);
      return {
        year,
        defined: true,
        z,
        p,
        spot: z.map((zi, k) =>
          p[k]! <= def.significance ? (zi > 0 ? "hot" : zi < 0 ? "cold" : "ns") : "ns",
        ),
      };
    });
  }
  return out;
}
