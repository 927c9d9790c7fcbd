/**
 * The spatial autocorrelation tables of `--out`, one set per `autocorrelation` analysis, each a
 * CSV and a results.xlsx sheet (data-table.ts), written only for the statistics it computed:
 *
 * - autocorrelation-ID-moran.csv: year, I, EI, VI_norm, VI_rand, z_norm, z_rand, p_norm,
 *   p_rand, p_sim, note — global Moran's I per year; a year where I is undefined has empty
 *   statistics and the reason in `note`;
 * - autocorrelation-ID-lisa.csv: region, year, I, z, lag, quadrant, p_sim, cluster — local
 *   Moran per region and year (`cluster` the quadrant where p_sim ≤ significance, else ns);
 * - autocorrelation-ID-gi.csv: variant, region, year, z, p, spot — Getis-Ord Gi* per region
 *   and year, `variant` gi_star (Ord & Getis 1995) or gi_star_pysal (PySAL esda).
 *
 * Numbers as results.json holds them (`autocorrelation`).
 */
import type { ResultAutocorrelation, ResultGiYear } from "@ccdc/engine";
import type { SheetWords } from "../render/words.js";
import type { DataTable } from "./data-table.js";
import type { CellValue, TableContext } from "./tables.js";

/** Every autocorrelation analysis's tables, in result order. */
export function autocorrelationTables(ctx: TableContext): DataTable[] {
  const sw = ctx.words.sheets;
  return (ctx.result.autocorrelation ?? []).flatMap((a) => [
    ...(a.moran ? [moranTable(ctx, sw, a)] : []),
    ...(a.lisa ? [lisaTable(ctx, sw, a)] : []),
    ...(a.gi_star || a.gi_star_pysal ? [giTable(ctx, sw, a)] : []),
  ]);
}

const title = (ctx: TableContext, a: ResultAutocorrelation, what: string) =>
  `${a.labels[ctx.names.lang] || a.label}: ${what}`;

function moranTable(ctx: TableContext, sw: SheetWords, a: ResultAutocorrelation): DataTable {
  const moran = a.moran ?? [];
  const w = ctx.words;
  return {
    sheet: `moran-${a.id}`,
    file: `autocorrelation-${a.id}-moran.csv`,
    caption: title(ctx, a, sw.moran),
    columns: [
      { csv: "year", header: w.year, kind: "integer" },
      { csv: "I", header: sw.moranI, kind: "decimal3" },
      { csv: "EI", header: sw.EI, kind: "decimal3" },
      { csv: "VI_norm", header: sw.VINorm, kind: "decimal3" },
      { csv: "VI_rand", header: sw.VIRand, kind: "decimal3" },
      { csv: "z_norm", header: sw.zNorm, kind: "decimal3" },
      { csv: "z_rand", header: sw.zRand, kind: "decimal3" },
      { csv: "p_norm", header: sw.pNorm, kind: "decimal3" },
      { csv: "p_rand", header: sw.pRand, kind: "decimal3" },
      { csv: "p_sim", header: sw.pSim, kind: "decimal3" },
      { csv: "note", header: sw.note, kind: "text", label: w.report.engineText },
    ],
    *rows() {
      for (const m of moran) {
        yield m.defined
          ? [
              m.year,
              m.I,
              m.EI,
              m.VI_norm,
              m.VI_rand,
              m.z_norm,
              m.z_rand,
              m.p_norm,
              m.p_rand,
              m.p_sim,
              null,
            ]
          : [m.year, null, null, null, null, null, null, null, null, null, m.reason];
      }
    },
  };
}

function lisaTable(ctx: TableContext, sw: SheetWords, a: ResultAutocorrelation): DataTable {
  const lisa = a.lisa ?? [];
  const w = ctx.words;
  const cluster = (v: string) => (v === "ns" ? sw.ns : v);
  return {
    sheet: `lisa-${a.id}`,
    file: `autocorrelation-${a.id}-lisa.csv`,
    caption: title(ctx, a, sw.lisa),
    columns: [
      { csv: "region", header: w.region, kind: "text", label: ctx.names.region },
      { csv: "year", header: w.year, kind: "integer" },
      { csv: "I", header: sw.localI, kind: "decimal3" },
      { csv: "z", header: sw.z, kind: "decimal3" },
      { csv: "lag", header: sw.lag, kind: "decimal3" },
      { csv: "quadrant", header: sw.quadrant, kind: "text" },
      { csv: "p_sim", header: sw.pSim, kind: "decimal3" },
      { csv: "cluster", header: sw.cluster, kind: "text", label: cluster },
      { csv: "note", header: sw.note, kind: "text", label: w.report.engineText },
    ],
    *rows() {
      for (const [k, region] of a.regions.entries()) {
        for (const y of lisa) {
          const row: CellValue[] = y.defined
            ? [
                region,
                y.year,
                y.I[k]!,
                y.z[k]!,
                y.lag[k]!,
                y.quadrant[k]!,
                y.p_sim[k]!,
                y.cluster[k]!,
                null,
              ]
            : [region, y.year, null, null, null, null, null, null, y.reason];
          yield row;
        }
      }
    },
  };
}

function giTable(ctx: TableContext, sw: SheetWords, a: ResultAutocorrelation): DataTable {
  const w = ctx.words;
  const variants: [string, readonly ResultGiYear[]][] = [];
  if (a.gi_star) variants.push(["gi_star", a.gi_star]);
  if (a.gi_star_pysal) variants.push(["gi_star_pysal", a.gi_star_pysal]);
  const variantName = (v: string) => (v === "gi_star" ? sw.giOrd : sw.giPysal);
  const spot = (v: string) => (v === "hot" ? sw.hot : v === "cold" ? sw.cold : sw.ns);
  return {
    sheet: `gi-${a.id}`,
    file: `autocorrelation-${a.id}-gi.csv`,
    caption: title(ctx, a, sw.gi),
    columns: [
      { csv: "variant", header: sw.variant, kind: "text", label: variantName },
      { csv: "region", header: w.region, kind: "text", label: ctx.names.region },
      { csv: "year", header: w.year, kind: "integer" },
      { csv: "z", header: sw.z, kind: "decimal3" },
      { csv: "p", header: sw.p, kind: "decimal3" },
      { csv: "spot", header: sw.spot, kind: "text", label: spot },
      { csv: "note", header: sw.note, kind: "text", label: w.report.engineText },
    ],
    *rows() {
      for (const [variant, years] of variants) {
        for (const [k, region] of a.regions.entries()) {
          for (const y of years) {
            yield y.defined
              ? [variant, region, y.year, y.z[k]!, y.p[k]!, y.spot[k]!, null]
              : [variant, region, y.year, null, null, null, y.reason];
          }
        }
      }
    },
  };
}
