/**
 * The report's "Obstacle degree" part (issue 10), one part per `obstacle` declaration: the
 * formula and its choices (the node, top N, the shift taken off), each indicator's overall
 * weight F, the parts' (systems') obstacle shares by unit and year, and the top-N obstacles of
 * every unit and year. Every O_ij is in results.json (`obstacles`) and obstacle-ID.csv. Pure.
 */
import type { Result, ResultObstacle } from "@ccdc/engine";
import { appendAll, type Obstacle, own, type Plan } from "@ccdc/plan";
import { type Block, heading, pairs, table, text } from "./document.js";
import { fixed, withOrigin } from "./format.js";
import type { Names } from "./names.js";
import { type ReportWords, reportWords } from "./words.js";

/** The report's obstacle-degree part, units, nodes and indicators named in `names`' language. */
export function obstacleBlocks(result: Result, plan: Plan, names: Names): Block[] {
  const list = result.obstacles ?? [];
  if (list.length === 0) return [];
  const words = reportWords(names.lang);
  const blocks: Block[] = [heading(2, words.obstacle.heading)];
  for (const o of list) {
    const def = plan.obstacles?.find((d) => d.id === o.id);
    if (def) appendAll(blocks, oneObstacle(result, o, def, names, words));
  }
  return blocks;
}

const pct = (v: number) => `${fixed(v * 100, 1)}%`;

function oneObstacle(
  result: Result,
  o: ResultObstacle,
  def: Obstacle,
  names: Names,
  words: ReportWords,
): Block[] {
  const years = result.years;
  const w = words.obstacle;
  const chosen = (value: string, origin: "spec" | "default") =>
    withOrigin(value, origin, words.byDefault);
  const blocks: Block[] = [
    heading(3, `${own(o.labels, names.lang) || o.label} (${o.id})`),
    pairs([
      [
        w.indicators,
        w.indicatorsValue(o.indicators.length, chosen(names.node(o.node), def.nodeOrigin)),
      ],
      [w.factor, w.factorValue],
      [w.deviation, w.deviationValue(o.shift)],
      [w.degree, w.degreeValue],
      [w.listed, w.listedValue(chosen(String(o.top), def.topOrigin))],
      [w.allIdeal, w.allIdealValue],
    ]),
  ];
  // F: one column when it is the same every year (pooled scope), else one per year.
  const constant = o.indicators.every((id) => (o.weights[id] ?? []).every((w, _, a) => w === a[0]));
  const partOf = new Map(o.parts.flatMap((p) => p.indicators.map((id) => [id, p.id] as const)));
  const partName = (id: string) => {
    const part = partOf.get(id);
    return part === undefined ? "" : names.node(part);
  };
  blocks.push(
    text(w.weightsIntro),
    constant
      ? table(
          [w.indicator, w.part, "F"],
          o.indicators.map((id) => [
            names.indicator(id),
            partName(id),
            fixed(o.weights[id]![0]!, 4),
          ]),
          2,
        )
      : table(
          [w.indicator, w.part, ...years.map(String)],
          o.indicators.map((id) => [
            names.indicator(id),
            partName(id),
            ...o.weights[id]!.map((w) => fixed(w, 4)),
          ]),
          2,
        ),
  );
  blocks.push(
    text(w.sharesIntro(names.node(o.node))),
    table(
      [w.unit, w.part, ...years.map(String)],
      o.units.flatMap((u) =>
        o.parts.map((p) => [
          names.unit(u.unit),
          names.node(p.id),
          ...u.shares[p.id]!.map((s, t) => (u.atIdeal[t] ? w.ideal : pct(s))),
        ]),
      ),
      2,
    ),
  );
  const n = o.top;
  const rows: string[][] = [];
  for (const u of o.units)
    years.forEach((year, t) => {
      const top = u.top[t] ?? [];
      rows.push([
        names.unit(u.unit),
        String(year),
        ...Array.from({ length: n }, (_, k) => {
          const id = top[k];
          return id === undefined
            ? k === 0 && u.atIdeal[t]
              ? w.atIdeal
              : ""
            : `${names.indicator(id)} ${pct(u.obstacle[id]![t]!)}`;
        }),
      ]);
    });
  blocks.push(
    text(w.topIntro(n)),
    table([w.unit, w.year, ...Array.from({ length: n }, (_, k) => `#${k + 1}`)], rows, 2 + n),
  );
  return blocks;
}
