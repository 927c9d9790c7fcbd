/**
 * The results.xlsx sheets of relative development and obstacle degree (issue 10), one set per
 * declaration, the same rows as relative-ID.csv, obstacle-ID.csv and obstacle-ID-shares.csv
 * with units, systems and indicators by their labels and the heads in --lang:
 *
 * - relative-ID: unit, year, E, E of each system, lagging system, band of E, lag type, D,
 *   D level, cross type ("D grade — lagging system band", as results.json's crossType, in
 *   --lang);
 * - obstacle-ID: unit, year, indicator, system, F, I, O, rank (1 = largest O; none for O = 0);
 * - obstacle-ID-shares: unit, year, system, share.
 */
import type { ResultObstacle, ResultRelative } from "@ccdc/engine";
import { own } from "@ccdc/plan";
import type { SheetWords } from "../render/words.js";
import type { CellValue, Column, PaperTable, TableContext } from "./tables.js";

const text = (header: string): Column => ({ header, kind: "text" });
const num = (header: string, kind: Column["kind"] = "decimal3"): Column => ({ header, kind });

/** Every relative development and obstacle analysis's sheets, in result order. */
export function relativeObstacleSheets(ctx: TableContext): PaperTable[] {
  const sw = ctx.words.sheets;
  return [
    ...(ctx.result.relative ?? []).map((r) => relativeSheet(ctx, sw, r)),
    ...(ctx.result.obstacles ?? []).flatMap((o) => [
      obstacleSheet(ctx, sw, o),
      obstacleSharesSheet(ctx, sw, o),
    ]),
  ];
}

function relativeSheet(ctx: TableContext, sw: SheetWords, r: ResultRelative): PaperTable {
  const { names, words, result } = ctx;
  const bandLabel = new Map(
    r.levels.map((l) => [
      l.level,
      own(l.labels, names.lang) || own(l.labels, "en") || `${l.level}`,
    ]),
  );
  const synchronous = new Set(r.levels.filter((l) => l.synchronous).map((l) => l.level));
  const rows: CellValue[][] = [];
  for (const row of r.rows) {
    for (const [t, year] of result.years.entries()) {
      const level = row.level[t]!;
      const lagging = row.lagging[t]!;
      const band = bandLabel.get(level) ?? String(level);
      const sync = synchronous.has(level);
      // results.json's crossType, in --lang: "D grade — [lagging system] band".
      const cross = `${names.level(r.scale, row.dLevel[t]!)} — ${sync ? band : `${names.node(lagging)} ${band}`}`;
      rows.push([
        names.unit(row.unit),
        year,
        row.E[t] ?? null,
        ...r.systems.map((s) => row.ratios[s]?.[t] ?? null),
        names.node(lagging),
        level,
        row.lagType[t] === "synchronous" ? sw.synchronous : names.node(row.lagType[t]!),
        row.D[t]!,
        row.dLevel[t]!,
        cross,
      ]);
    }
  }
  return {
    key: `relative-${r.id}`,
    caption: r.labels[names.lang] || r.label,
    columns: [
      text(words.unit),
      num(words.year, "integer"),
      num(sw.E),
      ...r.systems.map((s) => num(sw.ratioOf(names.node(s)))),
      text(sw.lagging),
      num(sw.band, "integer"),
      text(sw.lagType),
      num(words.D),
      num(sw.dLevel, "integer"),
      text(sw.crossType),
    ],
    rows,
  };
}

function obstacleSheet(ctx: TableContext, sw: SheetWords, o: ResultObstacle): PaperTable {
  const { names, words, result } = ctx;
  const partOf = new Map(o.parts.flatMap((p) => p.indicators.map((id) => [id, p.id] as const)));
  const rows: CellValue[][] = [];
  for (const u of o.units) {
    for (const [t, year] of result.years.entries()) {
      // Rank 1 for the largest O of the unit and year, ties in plan order; none for O = 0.
      const ranked = o.indicators
        .map((id, j) => ({ id, j, v: u.obstacle[id]![t]! }))
        .filter((x) => x.v > 0)
        .sort((a, b) => b.v - a.v || a.j - b.j);
      const rank = new Map(ranked.map((x, k) => [x.id, k + 1] as const));
      for (const id of o.indicators) {
        const part = partOf.get(id);
        rows.push([
          names.unit(u.unit),
          year,
          names.indicator(id),
          part === undefined ? null : names.node(part),
          o.weights[id]![t]!,
          u.deviation[id]![t]!,
          u.obstacle[id]![t]!,
          rank.get(id) ?? null,
        ]);
      }
    }
  }
  return {
    key: `obstacle-${o.id}`,
    caption: o.labels[names.lang] || o.label,
    columns: [
      text(words.unit),
      num(words.year, "integer"),
      text(words.indicator),
      text(sw.part),
      num(sw.F),
      num(sw.I),
      num(sw.O),
      num(sw.rank, "integer"),
    ],
    rows,
  };
}

function obstacleSharesSheet(ctx: TableContext, sw: SheetWords, o: ResultObstacle): PaperTable {
  const { names, words, result } = ctx;
  const rows: CellValue[][] = [];
  for (const u of o.units)
    for (const [t, year] of result.years.entries())
      for (const p of o.parts)
        rows.push([names.unit(u.unit), year, names.node(p.id), u.shares[p.id]![t]!]);
  return {
    key: `obstacle-${o.id}-shares`,
    caption: `${o.labels[names.lang] || o.label}: ${sw.obstacleShares}`,
    columns: [text(words.unit), num(words.year, "integer"), text(sw.part), num(sw.share)],
    rows,
  };
}
