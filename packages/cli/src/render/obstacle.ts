/**
 * The report's "Obstacle degree" part (issue 10), one part per `obstacle` declaration: the
 * formula and its choices (the node, top N, the shift taken off), each indicator's overall
 * weight F, the parts' (systems') obstacle shares by unit and year, and the top-N obstacles of
 * every unit and year. Every O_ij is in results.json (`obstacles`) and obstacle-ID.csv. Pure.
 */
import type { Result, ResultObstacle } from "@ccdc/engine";
import type { Obstacle, Plan } from "@ccdc/plan";
import { type Block, heading, pairs, table, text } from "./document.js";
import { fixed, withOrigin } from "./format.js";
import type { Names } from "./names.js";

/** The report's obstacle-degree part, units, nodes and indicators named in `names`' language. */
export function obstacleBlocks(result: Result, plan: Plan, names: Names): Block[] {
  const list = result.obstacles ?? [];
  if (list.length === 0) return [];
  const blocks: Block[] = [heading(2, "Obstacle degree")];
  for (const o of list) {
    const def = plan.obstacles?.find((d) => d.id === o.id);
    if (def) blocks.push(...oneObstacle(result, o, def, names));
  }
  return blocks;
}

const pct = (v: number) => `${fixed(v * 100, 1)}%`;

function oneObstacle(result: Result, o: ResultObstacle, def: Obstacle, names: Names): Block[] {
  const years = result.years;
  const blocks: Block[] = [
    heading(3, `${o.label} (${o.id})`),
    pairs([
      [
        "indicators",
        `the ${o.indicators.length} below ${withOrigin(names.node(o.node), def.nodeOrigin)}`,
      ],
      [
        "factor contribution",
        "F_j = the product of the weights on the path from the node to indicator j",
      ],
      [
        "deviation",
        `I_ij = 1 − x′_ij, x′ = y′ − s the min-max value before the shift s = ${o.shift}`,
      ],
      [
        "obstacle degree",
        "O_ij = F_j I_ij / Σ_j F_j I_ij; a part's share = Σ of its indicators' O_ij",
      ],
      ["listed", `the top ${withOrigin(String(o.top), def.topOrigin)} per unit and year`],
      ["all at the ideal", "Σ F I = 0: every O is 0 and no obstacle is listed (declared rule)"],
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
    text("Overall weights F_j (the indicators' factor contributions), 4 decimals."),
    constant
      ? table(
          ["indicator", "part", "F"],
          o.indicators.map((id) => [
            names.indicator(id),
            partName(id),
            fixed(o.weights[id]![0]!, 4),
          ]),
          2,
        )
      : table(
          ["indicator", "part", ...years.map(String)],
          o.indicators.map((id) => [
            names.indicator(id),
            partName(id),
            ...o.weights[id]!.map((w) => fixed(w, 4)),
          ]),
          2,
        ),
  );
  blocks.push(
    text(
      `Obstacle shares of ${names.node(o.node)}'s parts by unit and year (sum of their indicators' O).`,
    ),
    table(
      ["unit", "part", ...years.map(String)],
      o.units.flatMap((u) =>
        o.parts.map((p) => [
          names.unit(u.unit),
          names.node(p.id),
          ...u.shares[p.id]!.map((s, t) => (u.atIdeal[t] ? "ideal" : pct(s))),
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
              ? "(at the ideal)"
              : ""
            : `${names.indicator(id)} ${pct(u.obstacle[id]![t]!)}`;
        }),
      ]);
    });
  blocks.push(
    text(`The top ${n} obstacles (indicator and O_ij), by unit and year.`),
    table(["unit", "year", ...Array.from({ length: n }, (_, k) => `#${k + 1}`)], rows, 2 + n),
  );
  return blocks;
}
