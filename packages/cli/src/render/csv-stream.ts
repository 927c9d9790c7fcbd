/**
 * The CSV tables of csv.ts as streams of text chunks, so that a large result's CSV is written
 * piece by piece (a 30,000-unit tidy table has millions of rows) instead of as one string and
 * an array of row arrays. Each generator yields exactly the bytes its `render…Csv` counterpart
 * returns (csv.ts joins them).
 *
 * To add a table to `--out` (io/result-files.ts): write a generator of its rows and return
 * `csvChunks(header, rows())` (or `lineChunks(lines())` for a format that is not CSV); the
 * writer hashes and writes the chunks as they come, and `[...chunks].join("")` is the string.
 */
import type { Result } from "@ccdc/engine";
import { numberText, own } from "@ccdc/plan";
import { nodesInReportOrder } from "./sections.js";

export type CsvCell = string | number | null | undefined;

/** Chunks are cut once they reach this many characters. */
const CHUNK_CHARS = 1 << 16;

/** One CSV field: RFC 4180 quoting when needed; numbers in JavaScript's shortest round-trip form. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  // numberText is String(value) for a finite number, made without V8's old-generation number
  // string cache (json-stream.ts); a number's text never needs quoting.
  if (typeof value === "number") return Number.isFinite(value) ? numberText(value) : String(value);
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The header line then one line per row, each ending in "\n", in chunks. */
export function* csvChunks(
  header: readonly string[],
  rows: Iterable<readonly CsvCell[]>,
  chunkChars = CHUNK_CHARS,
): Generator<string> {
  let buf = `${header.map(csvField).join(",")}\n`;
  for (const row of rows) {
    buf += `${row.map(csvField).join(",")}\n`;
    if (buf.length >= chunkChars) {
      yield buf;
      buf = "";
    }
  }
  if (buf !== "") yield buf;
}

/** Each line followed by "\n", in chunks (for line formats other than CSV, e.g. GAL). */
export function* lineChunks(lines: Iterable<string>, chunkChars = CHUNK_CHARS): Generator<string> {
  let buf = "";
  for (const line of lines) {
    buf += `${line}\n`;
    if (buf.length >= chunkChars) {
      yield buf;
      buf = "";
    }
  }
  if (buf !== "") yield buf;
}

export const TIDY_COLUMNS = [
  "table",
  "node_or_analysis",
  "form",
  "unit_or_combination",
  "year",
  "value",
  "level",
] as const;

/** results.csv (and `--format csv`): index, coupling and growth rows; see csv.ts. */
export function tidyCsvChunks(result: Result, chunkChars?: number): Generator<string> {
  return csvChunks(TIDY_COLUMNS, tidyRows(result), chunkChars);
}

function* tidyRows(result: Result): Generator<CsvCell[]> {
  const nodes = nodesInReportOrder(result);
  for (const node of nodes) {
    for (const unit of result.units) {
      const series = own(node.index, unit.id) ?? [];
      for (let i = 0; i < series.length; i++)
        yield ["index", node.id, "", unit.id, result.years[i], series[i], ""];
    }
  }
  const kinds = new Map(result.method.analyses.map((a) => [a.id, a.kind]));
  for (const r of result.coupling) {
    const name =
      kinds.get(r.analysis) === "between" ? `${r.analysis}:${r.systems.join("+")}` : r.analysis;
    const units = r.units.join("+");
    // Each field read once per row (a row may build its arrays on access).
    const { years, D, level } = r;
    for (let i = 0; i < years.length; i++)
      yield ["coupling", name, r.form, units, years[i], D[i], level[i]];
  }
  for (const node of nodes) {
    for (const unit of result.units) {
      yield [
        "growth",
        node.id,
        "",
        unit.id,
        "",
        own(own(result.growth, node.id), unit.id) ?? null,
        "",
      ];
    }
  }
}

/** indices.csv: node,role,unit,year,index. */
export function indicesCsvChunks(result: Result, chunkChars?: number): Generator<string> {
  return csvChunks(["node", "role", "unit", "year", "index"], indexRows(result), chunkChars);
}

function* indexRows(result: Result): Generator<CsvCell[]> {
  for (const node of nodesInReportOrder(result)) {
    for (const unit of result.units) {
      const series = own(node.index, unit.id) ?? [];
      for (let i = 0; i < series.length; i++)
        yield [node.id, node.role, unit.id, result.years[i], series[i]];
    }
  }
}

/**
 * coupling.csv: analysis,form,systems,units,year,C,T,D,level,label. The header is the same in
 * every --lang (scripts read it); `label`, the level's name, is in the chosen language when
 * `levelName` is given (the --lang's label of level `level` of the analysis's scale).
 */
export function couplingCsvChunks(
  result: Result,
  chunkChars?: number,
  levelName?: (analysis: string, level: number) => string,
): Generator<string> {
  return csvChunks(
    ["analysis", "form", "systems", "units", "year", "C", "T", "D", "level", "label"],
    couplingRows(result, levelName),
    chunkChars,
  );
}

function* couplingRows(
  result: Result,
  levelName?: (analysis: string, level: number) => string,
): Generator<CsvCell[]> {
  for (const r of result.coupling) {
    const systems = r.systems.join("+");
    const units = r.units.join("+");
    const { analysis, form, years, C, T, D, level, label } = r;
    for (let i = 0; i < years.length; i++)
      yield [
        analysis,
        form,
        systems,
        units,
        years[i],
        C[i],
        T[i],
        D[i],
        level[i],
        levelName ? levelName(analysis, level[i]!) : label[i],
      ];
  }
}

/**
 * `sensitivity.csv`: one row per sensitivity analysis, watched output, row and year, with the
 * nominal value, median, 5 % and 95 % quantiles, the share of runs keeping the nominal grade
 * (analyses only) and the rank statistics.
 */
export function sensitivityCsvChunks(result: Result, chunkChars?: number): Generator<string> {
  return csvChunks(
    [
      "sensitivity",
      "output_kind",
      "output",
      "form",
      "units",
      "systems",
      "year",
      "nominal",
      "median",
      "q05",
      "q95",
      "grade_share",
      "rank",
      "rank_min",
      "rank_max",
    ],
    sensitivityRows(result),
    chunkChars,
  );
}

function* sensitivityRows(result: Result): Generator<CsvCell[]> {
  for (const s of result.sensitivity ?? []) {
    for (const o of s.outputs) {
      for (const r of o.rows) {
        for (let y = 0; y < result.years.length; y++) {
          yield [
            s.id,
            o.kind,
            o.id,
            o.form,
            r.units.join("+"),
            r.systems.join("+"),
            result.years[y],
            r.nominal[y],
            r.median[y],
            r.low[y],
            r.high[y],
            r.gradeShare?.[y],
            r.rank.nominal[y],
            r.rank.low[y],
            r.rank.high[y],
          ];
        }
      }
    }
  }
}
