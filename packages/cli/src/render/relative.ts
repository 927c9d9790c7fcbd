/**
 * The report's "Relative development" part (issue 10), one part per `relative` declaration:
 * its choices (marked "(default)" where the spec did not write them), the bands of E, and per
 * unit and year E, D and the cross type "D grade — lagging system + band" (the synchronous band
 * names no system). Every value is in results.json (`relative`) and relative-ID.csv. Pure.
 */
import type { Result, ResultRelative } from "@ccdc/engine";
import { appendAll, own, type Plan, type Relative } from "@ccdc/plan";
import { type Block, heading, pairs, table, text } from "./document.js";
import { fixed, withOrigin } from "./format.js";
import type { Names } from "./names.js";
import { type ReportWords, reportWords } from "./words.js";

/** "[0, 0.8)", "(1.2, +∞)". */
export function bandText(l: ResultRelative["levels"][number]): string {
  const upper = l.upper === null ? "+∞" : String(l.upper);
  return `${l.lowerClosed ? "[" : "("}${l.lower}, ${upper}${l.upperClosed ? "]" : ")"}`;
}

/** The report's relative-development part, units and systems named in `names`' language. */
export function relativeBlocks(result: Result, plan: Plan, names: Names): Block[] {
  const list = result.relative ?? [];
  if (list.length === 0) return [];
  const words = reportWords(names.lang);
  const blocks: Block[] = [heading(2, words.relative.heading)];
  for (const r of list) {
    const def = plan.relative?.find((d) => d.id === r.id);
    if (def) appendAll(blocks, oneRelative(result, r, def, names, words));
  }
  return blocks;
}

function oneRelative(
  result: Result,
  r: ResultRelative,
  def: Relative,
  names: Names,
  words: ReportWords,
): Block[] {
  const w = words.relative;
  const chosen = (value: string, origin: "spec" | "default") =>
    withOrigin(value, origin, words.byDefault);
  const rules = { ratio: w.ratio, mean_of_others: w.meanOfOthers } as const;
  const bands = r.levels
    .map(
      (l) =>
        `${l.level} ${bandText(l)} ${own(l.labels, names.lang) || (own(l.labels, "en") ?? l.level)}${l.synchronous ? w.synchronousBand : ""}`,
    )
    .join("; ");
  const label = own(r.labels, names.lang) || r.label;
  const blocks: Block[] = [
    heading(3, `${label} (${r.id})`),
    pairs([
      [w.systems, w.systemsValue(r.systems.map(names.node).join(", "), names.analysis(r.analysis))],
      [w.rule, chosen(rules[r.rule], def.ruleOrigin)],
      [w.bands, chosen(bands, def.levelsOrigin)],
      [w.D, w.dValue(chosen(r.form, def.formOrigin), r.scale)],
      [w.zeroDenominator, w.zeroDenominatorValue],
    ]),
    text(w.crossIntro),
  ];
  // The engine's cross type is in the labels' primary language; in another --lang it is said
  // again from its parts: D's grade, then the lagging system (outside the synchronous band)
  // and E's band, all by their labels in that language.
  const bandsByLevel = new Map(r.levels.map((l) => [l.level, l] as const));
  const crossType = (row: ResultRelative["rows"][number], t: number): string => {
    if (names.lang === "en") return row.crossType[t]!;
    const band = bandsByLevel.get(row.level[t]!);
    const bandLabel =
      (band && (own(band.labels, names.lang) || own(band.labels, "en"))) || `${row.level[t]}`;
    const grade = names.level(r.scale, row.dLevel[t]!);
    return band?.synchronous
      ? `${grade} — ${bandLabel}`
      : `${grade} — ${names.node(row.lagging[t]!)} ${bandLabel}`;
  };
  const rows: string[][] = [];
  for (const row of r.rows)
    result.years.forEach((year, t) => {
      const e = row.E[t];
      rows.push([
        names.unit(row.unit),
        String(year),
        crossType(row, t),
        e === null || e === undefined ? "–" : fixed(e, 3),
        fixed(row.D[t]!, 3),
      ]);
    });
  blocks.push(table(w.header, rows, 3));
  return blocks;
}
