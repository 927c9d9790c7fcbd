/**
 * The report's "Relative development" part (issue 10), one part per `relative` declaration:
 * its choices (marked "(default)" where the spec did not write them), the bands of E, and per
 * unit and year E, D and the cross type "D grade — lagging system + band" (the synchronous band
 * names no system). Every value is in results.json (`relative`) and relative-ID.csv. Pure.
 */
import type { Result, ResultRelative } from "@ccdc/engine";
import type { Plan, Relative } from "@ccdc/plan";
import { type Block, heading, pairs, table, text } from "./document.js";
import { fixed, withOrigin } from "./format.js";
import type { Names } from "./names.js";

const RULES = {
  ratio: "ratio: E = U1/U2 (the first system against the second)",
  mean_of_others:
    "mean_of_others: E_k = U_k / mean of the other systems; the lagging system is the lowest U, graded by its E",
} as const;

/** "[0, 0.8)", "(1.2, +∞)". */
export function bandText(l: ResultRelative["levels"][number]): string {
  const upper = l.upper === null ? "+∞" : String(l.upper);
  return `${l.lowerClosed ? "[" : "("}${l.lower}, ${upper}${l.upperClosed ? "]" : ")"}`;
}

/** The report's relative-development part, units and systems named in `names`' language. */
export function relativeBlocks(result: Result, plan: Plan, names: Names): Block[] {
  const list = result.relative ?? [];
  if (list.length === 0) return [];
  const blocks: Block[] = [heading(2, "Relative development")];
  for (const r of list) {
    const def = plan.relative?.find((d) => d.id === r.id);
    if (def) blocks.push(...oneRelative(result, r, def, names));
  }
  return blocks;
}

function oneRelative(result: Result, r: ResultRelative, def: Relative, names: Names): Block[] {
  const bands = r.levels
    .map(
      (l) =>
        `${l.level} ${bandText(l)} ${l.labels.en ?? l.level}${l.synchronous ? " (the synchronous band: holds E = 1)" : ""}`,
    )
    .join("; ");
  const blocks: Block[] = [
    heading(3, `${r.label} (${r.id})`),
    pairs([
      [
        "systems",
        `${r.systems.map(names.node).join(", ")} (analysis ${names.analysis(r.analysis)})`,
      ],
      ["rule", withOrigin(RULES[r.rule], def.ruleOrigin)],
      ["bands of E", withOrigin(bands, def.levelsOrigin)],
      ["D", `form ${withOrigin(r.form, def.formOrigin)}, graded on ${r.scale}`],
      [
        "zero denominator",
        "E is null (–), graded as +∞ when its numerator is positive (the denominator system lags) and as 1 when both are 0",
      ],
    ]),
    text(
      "Cross type: D's grade, then the lagging system and its band; in the band that holds E = 1, `synchronous`.",
    ),
  ];
  const rows: string[][] = [];
  for (const row of r.rows)
    result.years.forEach((year, t) => {
      const e = row.E[t];
      rows.push([
        names.unit(row.unit),
        String(year),
        row.crossType[t]!,
        e === null || e === undefined ? "–" : fixed(e, 3),
        fixed(row.D[t]!, 3),
      ]);
    });
  blocks.push(table(["unit", "year", "cross type", "E", "D"], rows, 3));
  return blocks;
}
