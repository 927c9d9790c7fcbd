/**
 * The statistics of a sensitivity analysis (docs/method.md "Variants and sensitivity"), from every run's values of one
 * watched output. For each cell (row × year): the nominal value, the median and the 5–95 %
 * interval across runs (type-7 quantiles), and, for an analysis's D, the share of runs that
 * give the nominal grade level. For ranks: rows are ranked within each year among the rows of
 * the same system(s) (a node's units; a within analysis's units; a between analysis's
 * combinations on one node), rank 1 the highest; each cell's rank interval over runs, and per
 * group and year Kendall's τ-b between the nominal ranking and each run's (median and minimum
 * over runs) and the mean absolute rank shift (COINr's measure: the mean over runs of the mean
 * over rows of |rank − nominal rank|). Which choice matters most: each choice's first-order
 * share, pooled over the output's cells by weighting each cell with its variance,
 *
 *   S_i = Σ_c Var(E[Y_c | X_i]) / Σ_c Var(Y_c),
 *
 * so that cells whose value never moves do not dilute the share, and 0 when nothing moves.
 */
import { varianceParts } from "../kernels/first-order.js";
import { kendallTauB } from "../kernels/kendall.js";
import { median, quantileType7 } from "../kernels/quantile.js";
import { ranksDescending } from "../kernels/ranks.js";

/** A watched output as the nominal run shows it. */
export interface OutputShape {
  kind: "analysis" | "node";
  id: string;
  /** Analyses: the nominal run's first coupling form. */
  form?: string;
  rows: { units: string[]; systems: string[] }[];
  years: number[];
  /** rows × years */
  cells: number;
  /** Nominal values, row-major (row * years + y). */
  nominal: Float64Array;
  /** Analyses: the nominal grade level of each cell. */
  nominalLevel?: Int32Array;
}

/** Rows ranked together, with the rank statistics of each year. */
export interface RankGroup {
  systems: string[];
  /** Row positions in `rows`. */
  rows: number[];
  /** Per year: median and minimum over runs of τ-b (null when undefined: one row, or ties). */
  tauMedian: (number | null)[];
  tauMin: (number | null)[];
  /** Per year: the mean absolute rank shift. */
  meanAbsRankShift: number[];
}

/** The summary of one watched output. */
export interface WatchedSummary {
  kind: "analysis" | "node";
  id: string;
  form?: string;
  years: number[];
  rows: { units: string[]; systems: string[] }[];
  /** Per cell (row-major). */
  nominal: Float64Array;
  median: Float64Array;
  low: Float64Array;
  high: Float64Array;
  /** Analyses: the share of runs whose grade level equals the nominal one. */
  gradeShare?: Float64Array;
  rankNominal: Float64Array;
  rankLow: Float64Array;
  rankHigh: Float64Array;
  groups: RankGroup[];
  /** Per choice, in declaration order. */
  firstOrder: { choice: string; share: number }[];
}

/** The quantiles of the interval (5 % and 95 %). */
export const INTERVAL = [0.05, 0.95] as const;

/**
 * Summarises one output. `store` holds run r's value of cell c at r * cells + c, `grades`
 * likewise the level numbers; `runs[r][i]` is the alternative run r took of choice i.
 */
export function summarise(
  shape: OutputShape,
  runs: readonly (readonly number[])[],
  levels: readonly number[],
  store: Float64Array,
  grades: Int32Array | undefined,
  choiceIds: readonly string[],
): WatchedSummary {
  const nRuns = runs.length;
  const { cells } = shape;
  const med = new Float64Array(cells);
  const low = new Float64Array(cells);
  const high = new Float64Array(cells);
  const gradeShare = grades ? new Float64Array(cells) : undefined;
  const column = new Float64Array(nRuns);
  const between = new Float64Array(choiceIds.length);
  let total = 0;
  const choiceLevel = choiceIds.map((_, i) => Int32Array.from(runs, (run) => run[i]!));

  for (let c = 0; c < cells; c++) {
    for (let r = 0; r < nRuns; r++) column[r] = store[r * cells + c]!;
    choiceLevel.forEach((lv, i) => {
      const parts = varianceParts(column, lv, levels[i]!);
      between[i]! += parts.between;
      if (i === 0) total += parts.total;
    });
    const sorted = Float64Array.from(column).sort();
    med[c] = median(sorted);
    low[c] = quantileType7(sorted, INTERVAL[0]);
    high[c] = quantileType7(sorted, INTERVAL[1]);
    if (gradeShare && grades && shape.nominalLevel) {
      let same = 0;
      for (let r = 0; r < nRuns; r++) if (grades[r * cells + c] === shape.nominalLevel[c]) same++;
      gradeShare[c] = same / nRuns;
    }
  }

  const ranks = rankStatistics(shape, store, nRuns);
  return {
    kind: shape.kind,
    id: shape.id,
    ...(shape.form === undefined ? {} : { form: shape.form }),
    years: shape.years,
    rows: shape.rows,
    nominal: shape.nominal,
    median: med,
    low,
    high,
    ...(gradeShare ? { gradeShare } : {}),
    ...ranks,
    firstOrder: choiceIds.map((choice, i) => ({
      choice,
      // Each cell's share is ≤ 1; the pooled ratio too, up to rounding.
      share: total === 0 ? 0 : Math.min(1, between[i]! / total),
    })),
  };
}

/** Rank intervals per cell, and τ and rank shifts per group and year. */
function rankStatistics(
  shape: OutputShape,
  store: Float64Array,
  nRuns: number,
): Pick<WatchedSummary, "rankNominal" | "rankLow" | "rankHigh" | "groups"> {
  const { cells } = shape;
  const nYears = shape.years.length;
  const rankNominal = new Float64Array(cells);
  const rankLow = new Float64Array(cells).fill(Number.POSITIVE_INFINITY);
  const rankHigh = new Float64Array(cells).fill(Number.NEGATIVE_INFINITY);

  const byKey = new Map<string, number[]>();
  shape.rows.forEach((row, i) => {
    const key = row.systems.join("\u0000");
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });

  const groups: RankGroup[] = [];
  for (const rows of byKey.values()) {
    const n = rows.length;
    const values = new Float64Array(n);
    const taus = Array.from({ length: nYears }, () => new Float64Array(nRuns));
    const tauDefined = Array.from({ length: nYears }, () => 0);
    const shift = new Float64Array(nYears);
    for (let y = 0; y < nYears; y++) {
      rows.forEach((row, k) => {
        values[k] = shape.nominal[row * nYears + y]!;
      });
      const nominalRanks = ranksDescending(values);
      rows.forEach((row, k) => {
        rankNominal[row * nYears + y] = nominalRanks[k]!;
      });
      for (let r = 0; r < nRuns; r++) {
        rows.forEach((row, k) => {
          values[k] = store[r * cells + row * nYears + y]!;
        });
        const runRanks = ranksDescending(values);
        let moved = 0;
        rows.forEach((row, k) => {
          const cell = row * nYears + y;
          const rank = runRanks[k]!;
          if (rank < rankLow[cell]!) rankLow[cell] = rank;
          if (rank > rankHigh[cell]!) rankHigh[cell] = rank;
          moved += Math.abs(rank - nominalRanks[k]!);
        });
        shift[y]! += moved / n;
        const tau = kendallTauB(nominalRanks, runRanks);
        if (tau !== null) taus[y]![tauDefined[y]!++] = tau;
      }
    }
    groups.push({
      systems: shape.rows[rows[0]!]!.systems,
      rows,
      tauMedian: taus.map((t, y) =>
        tauDefined[y] === 0 ? null : median(t.subarray(0, tauDefined[y]).sort()),
      ),
      tauMin: taus.map((t, y) =>
        tauDefined[y] === 0 ? null : t.subarray(0, tauDefined[y]).reduce((a, b) => Math.min(a, b)),
      ),
      meanAbsRankShift: Array.from(shift, (s) => (nRuns === 0 ? 0 : s / nRuns)),
    });
  }
  return { rankNominal, rankLow, rankHigh, groups };
}
