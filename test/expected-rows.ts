/**
 * The rows an analysis table should hold, built here from results.json alone (never from the
 * CLI's table builders), for the tests that read those tables back: results.xlsx
 * (cli-analysis-tables, cli-paper-tables) and report.docx / report.html
 * (paper-document-tables). Labels are English (the primary labels of results.json); a cell
 * with nothing in it is null. Note columns are not included: the workbook has one in every
 * table, the documents leave it out where it is empty, so each test adds its own.
 */
import type { Result } from "@ccdc/engine";

export type Cell = string | number | null | undefined;

/** Labels of a result's units, nodes and indicators. */
export function labelsOf(result: Result) {
  return {
    unit: (id: string) => result.units.find((u) => u.id === id)!.label,
    node: (id: string) => result.nodes.find((n) => n.id === id)!.label,
    indicator: (id: string) => result.indicators.find((i) => i.id === id)!.label,
  };
}

type Dynamics = NonNullable<Result["dynamics"]>[number];
type Markov = NonNullable<Dynamics["markov"]>;

/**
 * markov: the aspatial chain ("all"), then each spatial lag class; per state n, the
 * probabilities (none where n = 0), the steady state; `note`: add the Note column (the
 * steady state's note when the chain has none).
 */
export function markovRows(m: Markov, note: boolean): Cell[][] {
  const chains = [
    { name: "all", ...m },
    ...(m.spatial?.classes ?? []).map((c) => ({ name: c.lag, ...c })),
  ];
  return chains.flatMap((c) =>
    m.labels.map((state, i) => {
      const n = c.counts[i]!.reduce((x, y) => x + y, 0);
      return [
        c.name,
        state,
        n,
        ...c.matrix[i]!.map((p) => (n === 0 ? null : p)),
        c.steadyState?.[i] ?? null,
        ...(note ? [c.steadyState ? null : (c.steadyStateNote ?? null)] : []),
      ];
    }),
  );
}

/** dagum: G, its three parts and their shares by year. */
export const dagumRows = (d: Dynamics): Cell[][] =>
  d.dagum!.map((y) => [
    y.year,
    y.G,
    y.within,
    y.netBetween,
    y.transvariation,
    y.shares!.within,
    y.shares!.netBetween,
    y.shares!.transvariation,
  ]);

const groupLabel = (d: Dynamics) => (id: string) => d.groups.find((g) => g.id === id)!.label;

/** dagum groups: each group's mean and G_jj by year. */
export const dagumGroupRows = (d: Dynamics): Cell[][] =>
  d.dagum!.flatMap((y) => d.groups.map((g) => [y.year, g.label, y.means[g.id], y.groupGini[g.id]]));

/** dagum pairs: each pair's G_jh and D_jh by year. */
export const dagumPairRows = (d: Dynamics): Cell[][] =>
  d.dagum!.flatMap((y) =>
    y.pairs.map((p) => [
      y.year,
      groupLabel(d)(p.groups[0]!),
      groupLabel(d)(p.groups[1]!),
      p.G,
      p.D,
    ]),
  );

/** theil: T, within, between, their shares and each group's T by year. */
export const theilRows = (d: Dynamics): Cell[][] =>
  d.theil!.map((y) => [
    y.year,
    y.T,
    y.within,
    y.between,
    y.shares!.within,
    y.shares!.between,
    ...d.groups.map((g) => y.groups[g.id]),
  ]);

/** forecast: each fitted unit's values and levels by year, or one row with the reason. */
export function forecastRows(result: Result, d: Dynamics): Cell[][] {
  const { unit } = labelsOf(result);
  const f = d.forecast!;
  return f.units.flatMap((u) =>
    u.ok
      ? f.years.map((y, i) => [unit(u.unit), y, u.values[i], u.level![i], null])
      : [[unit(u.unit), null, null, null, u.reason]],
  );
}

/** gm11: each fitted unit's GM(1,1) models. */
export function gm11Rows(result: Result, d: Dynamics): Cell[][] {
  const { unit } = labelsOf(result);
  return d.forecast!.units.flatMap((u) =>
    u.ok ? u.models.map((m) => [unit(u.unit), "D", m.a, m.b, m.C, m.P, m.grade, m.mre]) : [],
  );
}

/** density: the bandwidths, then x by year. */
export function densityRows(d: Dynamics): Cell[][] {
  const k = d.density!;
  return [
    ["Bandwidth h", ...k.curves.map((c) => c.h)],
    ...k.grid.map((x, i) => [x, ...k.curves.map((c) => c.density[i])]),
  ];
}

/** relative: E, each system's E, the lagging system, bands, D and the cross type by unit and year. */
export function relativeRows(result: Result): Cell[][] {
  const { unit, node } = labelsOf(result);
  const r = result.relative![0]!;
  return r.rows.flatMap((row) =>
    result.years.map((year, t) => [
      unit(row.unit),
      year,
      row.E[t],
      ...r.systems.map((s) => row.ratios[s]![t]),
      node(row.lagging[t]!),
      row.level[t],
      row.lagType[t] === "synchronous" ? "synchronous" : node(row.lagType[t]!),
      row.D[t],
      row.dLevel[t],
      row.crossType[t],
    ]),
  );
}

/**
 * obstacle: F, I, O and the rank of every indicator by unit and year (rank 1 for the largest
 * O of the unit and year, ties in plan order; none for 0).
 */
export function obstacleRows(result: Result): Cell[][] {
  const { unit, node, indicator } = labelsOf(result);
  const o = result.obstacles![0]!;
  const partOf = (id: string) => o.parts.find((p) => p.indicators.includes(id))!.id;
  return o.units.flatMap((u) =>
    result.years.flatMap((year, t) => {
      const order = [...o.indicators].sort(
        (a, b) =>
          u.obstacle[b]![t]! - u.obstacle[a]![t]! ||
          o.indicators.indexOf(a) - o.indicators.indexOf(b),
      );
      return o.indicators.map((id) => [
        unit(u.unit),
        year,
        indicator(id),
        node(partOf(id)),
        o.weights[id]![t],
        u.deviation[id]![t],
        u.obstacle[id]![t],
        u.obstacle[id]![t]! > 0 ? order.indexOf(id) + 1 : null,
      ]);
    }),
  );
}

/** obstacle shares: each system's share of the obstacle degree by unit and year. */
export function obstacleShareRows(result: Result): Cell[][] {
  const { unit, node } = labelsOf(result);
  const o = result.obstacles![0]!;
  return o.units.flatMap((u) =>
    result.years.flatMap((year, t) =>
      o.parts.map((p) => [unit(u.unit), year, node(p.id), u.shares[p.id]![t]]),
    ),
  );
}
