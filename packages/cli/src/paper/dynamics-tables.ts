/**
 * The differences-and-dynamics tables of `--out`, one set per `dynamics` declaration, each a
 * CSV and a results.xlsx sheet (data-table.ts), written only for what it computed:
 *
 * - dynamics-ID-dagum.csv: year, G, G_w, G_nb, G_t, share_w, share_nb, share_t (Dagum's
 *   decomposition; shares empty when G = 0);
 * - dynamics-ID-dagum-groups.csv: year, group, mean, G_jj;
 * - dynamics-ID-dagum-pairs.csv: year, group_j, group_h, G_jh, D_jh (richer group first);
 * - dynamics-ID-theil.csv: year, T, within, between, within_share, between_share, T_<group>…;
 * - dynamics-ID-markov.csv: chain, state, n, p_<state>…, steady, note — one row per state of
 *   the Markov chain (`chain` "all"), then of each spatial Markov chain (`chain` the lag class);
 *   n the transitions out of the state, p its row of the transition matrix (empty when n = 0:
 *   no transition observed), steady its steady-state probability (empty when there is none,
 *   the reason in `note`);
 * - dynamics-ID-sigma.csv: year, mean, sd, cv (σ convergence; cv empty when the mean is 0);
 * - dynamics-ID-beta.csv: beta, alpha, se, t, r2, n, speed, half_life, note (β convergence;
 *   one row, empty with the reason in `note` when it could not be estimated);
 * - dynamics-ID-forecast.csv: unit, year, value, level, note — the GM(1,1) forecast of each
 *   unit (a unit whose series fails the model's checks: one row, the reason in `note`);
 * - dynamics-ID-forecast-models.csv: unit, series, a, b, C, P, grade, mre — each fitted model.
 *
 * The kernel density curves are in density.csv; the workbook has them as a sheet per
 * declaration (x by year). Numbers as results.json holds them (`dynamics`).
 */
import type { DynamicsResult } from "@ccdc/engine";
import { own } from "@ccdc/plan";
import type { SheetWords } from "../render/words.js";
import type { DataTable } from "./data-table.js";
import type { CellValue, PaperTable, TableContext } from "./tables.js";

/** Every dynamics declaration's tables, in result order. */
export function dynamicsTables(ctx: TableContext): DataTable[] {
  const sw = ctx.words.sheets;
  const out: DataTable[] = [];
  for (const d of ctx.result.dynamics ?? []) {
    const c = { ctx, sw, d, group: groupName(ctx, d) };
    if (d.dagum) out.push(dagumTable(c), dagumGroupsTable(c), dagumPairsTable(c));
    if (d.theil) out.push(theilTable(c));
    if (d.markov) out.push(markovTable(c));
    if (d.convergence) out.push(sigmaTable(c), betaTable(c));
    if (d.forecast) out.push(forecastTable(c), forecastModelsTable(c));
  }
  return out;
}

interface Ctx {
  readonly ctx: TableContext;
  readonly sw: SheetWords;
  readonly d: DynamicsResult;
  /** A group's label in --lang (the declaration's labels), else its English label, else id. */
  readonly group: (id: string) => string;
}

function groupName(ctx: TableContext, d: DynamicsResult): (id: string) => string {
  const declared = ctx.plan.dynamics?.find((x) => x.id === d.id)?.groups ?? [];
  const labels = new Map(declared.map((g) => [g.id, g.labels] as const));
  const english = new Map(d.groups.map((g) => [g.id, g.label] as const));
  return (id) => own(labels.get(id) ?? {}, ctx.names.lang) || english.get(id) || id;
}

const caption = ({ ctx, d }: Ctx, what: string) =>
  `${d.labels[ctx.names.lang] || d.label}: ${what}`;

const num = (csv: string, header: string, kind: "decimal3" | "integer" = "decimal3") =>
  ({ csv, header, kind }) as const;

function dagumTable(c: Ctx): DataTable {
  const { sw, d } = c;
  return {
    sheet: `dagum-${d.id}`,
    file: `dynamics-${d.id}-dagum.csv`,
    caption: caption(c, sw.dagum),
    columns: [
      num("year", c.ctx.words.year, "integer"),
      num("G", sw.G),
      num("G_w", sw.Gw),
      num("G_nb", sw.Gnb),
      num("G_t", sw.Gt),
      num("share_w", sw.shareGw),
      num("share_nb", sw.shareGnb),
      num("share_t", sw.shareGt),
    ],
    *rows() {
      for (const y of d.dagum ?? []) {
        const s = y.shares;
        yield [
          y.year,
          y.G,
          y.within,
          y.netBetween,
          y.transvariation,
          s?.within ?? null,
          s?.netBetween ?? null,
          s?.transvariation ?? null,
        ];
      }
    },
  };
}

function dagumGroupsTable(c: Ctx): DataTable {
  const { sw, d } = c;
  return {
    sheet: `dagum-${d.id}-groups`,
    file: `dynamics-${d.id}-dagum-groups.csv`,
    caption: caption(c, sw.dagumGroups),
    columns: [
      num("year", c.ctx.words.year, "integer"),
      { csv: "group", header: sw.group, kind: "text", label: c.group },
      num("mean", sw.groupMean),
      num("G_jj", sw.Gjj),
    ],
    *rows() {
      for (const y of d.dagum ?? [])
        for (const g of d.groups)
          yield [y.year, g.id, own(y.means, g.id) ?? null, own(y.groupGini, g.id) ?? null];
    },
  };
}

function dagumPairsTable(c: Ctx): DataTable {
  const { sw, d } = c;
  return {
    sheet: `dagum-${d.id}-pairs`,
    file: `dynamics-${d.id}-dagum-pairs.csv`,
    caption: caption(c, sw.dagumPairs),
    columns: [
      num("year", c.ctx.words.year, "integer"),
      { csv: "group_j", header: sw.groupJ, kind: "text", label: c.group },
      { csv: "group_h", header: sw.groupH, kind: "text", label: c.group },
      num("G_jh", sw.Gjh),
      num("D_jh", sw.Djh),
    ],
    *rows() {
      for (const y of d.dagum ?? [])
        for (const p of y.pairs) yield [y.year, p.groups[0] ?? "", p.groups[1] ?? "", p.G, p.D];
    },
  };
}

function theilTable(c: Ctx): DataTable {
  const { sw, d } = c;
  return {
    sheet: `theil-${d.id}`,
    file: `dynamics-${d.id}-theil.csv`,
    caption: caption(c, sw.theil),
    columns: [
      num("year", c.ctx.words.year, "integer"),
      num("T", sw.theilT),
      num("within", sw.within),
      num("between", sw.between),
      num("within_share", sw.withinShare),
      num("between_share", sw.betweenShare),
      ...d.groups.map((g) => num(`T_${g.id}`, `${sw.theilT} (${c.group(g.id)})`)),
    ],
    *rows() {
      for (const y of d.theil ?? [])
        yield [
          y.year,
          y.T,
          y.within,
          y.between,
          y.shares?.within ?? null,
          y.shares?.between ?? null,
          ...d.groups.map((g) => own(y.groups, g.id) ?? null),
        ];
    },
  };
}

function markovTable(c: Ctx): DataTable {
  const { sw, d } = c;
  const m = d.markov!;
  const chains = [
    {
      id: "all",
      counts: m.counts,
      matrix: m.matrix,
      steady: m.steadyState,
      note: m.steadyStateNote,
    },
    ...(m.spatial?.classes ?? []).map((k) => ({
      id: k.lag,
      counts: k.counts,
      matrix: k.matrix,
      steady: k.steadyState,
      note: k.steadyStateNote,
    })),
  ];
  return {
    sheet: `markov-${d.id}`,
    file: `dynamics-${d.id}-markov.csv`,
    caption: caption(c, sw.markov),
    columns: [
      {
        csv: "chain",
        header: sw.chain,
        kind: "text",
        label: (v) => (v === "all" ? sw.aspatial : v),
      },
      { csv: "state", header: sw.from, kind: "text" },
      num("n", sw.transitions, "integer"),
      ...m.labels.map((l) => num(`p_${l}`, l)),
      num("steady", sw.steadyState),
      { csv: "note", header: sw.note, kind: "text", label: c.ctx.words.report.engineText },
    ],
    *rows() {
      for (const ch of chains) {
        for (const [i, state] of m.labels.entries()) {
          const n = (ch.counts[i] ?? []).reduce((a, b) => a + b, 0);
          const row: CellValue[] = [ch.id, state, n];
          // null (an empty cell) where no transition out of the state was observed, as in JSON.
          for (const p of ch.matrix[i] ?? []) row.push(p);
          row.push(ch.steady?.[i] ?? null, ch.steady ? null : (ch.note ?? null));
          yield row;
        }
      }
    },
  };
}

function sigmaTable(c: Ctx): DataTable {
  const { sw, d } = c;
  const w = c.ctx.words;
  return {
    sheet: `sigma-${d.id}`,
    file: `dynamics-${d.id}-sigma.csv`,
    caption: caption(c, sw.sigma),
    columns: [
      num("year", w.year, "integer"),
      num("mean", w.mean),
      num("sd", w.sd),
      num("cv", sw.cv),
    ],
    *rows() {
      for (const s of d.convergence?.sigma ?? []) yield [s.year, s.mean, s.sd, s.cv];
    },
  };
}

function betaTable(c: Ctx): DataTable {
  const { sw, d } = c;
  const conv = d.convergence!;
  return {
    sheet: `beta-${d.id}`,
    file: `dynamics-${d.id}-beta.csv`,
    caption: caption(c, sw.beta),
    columns: [
      num("beta", sw.betaCoef),
      num("alpha", sw.alpha),
      num("se", sw.se),
      num("t", sw.t),
      num("r2", sw.r2),
      num("n", c.ctx.words.n, "integer"),
      num("speed", sw.speed),
      num("half_life", sw.halfLife),
      { csv: "note", header: sw.note, kind: "text", label: c.ctx.words.report.engineText },
    ],
    *rows() {
      const b = conv.beta;
      yield b
        ? [b.beta, b.alpha, b.se, b.t, b.r2, b.n, b.speed, b.halfLife, null]
        : [null, null, null, null, null, null, null, null, conv.betaNote];
    },
  };
}

function forecastTable(c: Ctx): DataTable {
  const { sw, d } = c;
  const f = d.forecast!;
  const w = c.ctx.words;
  return {
    sheet: `forecast-${d.id}`,
    file: `dynamics-${d.id}-forecast.csv`,
    caption: caption(c, sw.forecast),
    columns: [
      { csv: "unit", header: w.unit, kind: "text", label: c.ctx.names.unit },
      num("year", w.year, "integer"),
      num("value", w.value),
      num("level", w.level, "integer"),
      { csv: "note", header: sw.note, kind: "text", label: c.ctx.words.report.engineText },
    ],
    *rows() {
      for (const u of f.units) {
        if (!u.ok) {
          yield [u.unit, null, null, null, u.reason];
          continue;
        }
        for (const [i, year] of f.years.entries())
          yield [u.unit, year, u.values[i] ?? null, u.level?.[i] ?? null, null];
      }
    },
  };
}

function forecastModelsTable(c: Ctx): DataTable {
  const { sw, d } = c;
  const f = d.forecast!;
  const w = c.ctx.words;
  const series = (id: string) => (id === "D" ? "D" : c.ctx.names.node(id));
  return {
    sheet: `gm11-${d.id}`,
    file: `dynamics-${d.id}-forecast-models.csv`,
    caption: caption(c, sw.forecastModels),
    columns: [
      { csv: "unit", header: w.unit, kind: "text", label: c.ctx.names.unit },
      { csv: "series", header: sw.series, kind: "text", label: series },
      num("a", sw.a),
      num("b", sw.b),
      num("C", sw.posteriorC),
      num("P", sw.P),
      num("grade", sw.accuracy, "integer"),
      num("mre", sw.mre),
    ],
    *rows() {
      for (const u of f.units) {
        if (!u.ok) continue;
        for (const m of u.models) yield [u.unit, m.series, m.a, m.b, m.C, m.P, m.grade, m.mre];
      }
    },
  };
}

/**
 * One sheet per declaration with kernel density curves: the grid's x by the years, the first
 * row each year's bandwidth h (the curves are also in density.csv, long).
 */
export function densitySheets(ctx: TableContext): PaperTable[] {
  const sw = ctx.words.sheets;
  return (ctx.result.dynamics ?? []).flatMap((d) => {
    const k = d.density;
    if (!k) return [];
    const rows: CellValue[][] = [[sw.bandwidth, ...k.curves.map((c) => c.h)]];
    for (const [i, x] of k.grid.entries())
      rows.push([x, ...k.curves.map((c) => c.density[i] ?? null)]);
    return [
      {
        key: `density-${d.id}`,
        caption: `${d.labels[ctx.names.lang] || d.label}: ${sw.density}`,
        columns: [
          { header: sw.x, kind: "decimal3" as const },
          ...k.curves.map((c) => ({ header: String(c.year), kind: "decimal3" as const })),
        ],
        rows,
      },
    ];
  });
}
