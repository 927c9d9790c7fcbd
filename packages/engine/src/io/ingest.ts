/**
 * From a table to panel columns, following the source's layout.
 *
 * - long: one row per (region, year, variable) with a value column;
 * - wide: one row per (region, year) with one column per variable (named by its key).
 *
 * Rows whose region or variable the plan does not know, or whose year is outside the study,
 * are ignored; their other cells are not checked. For the rows that count, every problem is
 * reported with file, row and column: a year that is not an integer, a value that is not a
 * number, a (region, year, variable) given twice. An empty value cell is a missing value. At
 * most `MAX_PER_KIND` issues of one code are listed per file, then one D0108 counts the rest.
 */
import type { Source } from "@ccdc/plan";
import { type EngineIssue, error, pointer, warning } from "../issues.js";
import type { PanelData } from "../panel.js";
import type { PlanIndex } from "../plan-index.js";
import { columnLetter, keyText, parseNumber, parseYear, showCell } from "./cells.js";
import type { Table } from "./reader.js";

export const MAX_PER_KIND = 50;

/** Reads one source's table into `panel` (which holds a NaN column per plan variable). */
export function ingestTable(
  index: PlanIndex,
  sourceIndex: number,
  table: Table,
  panel: PanelData,
  issues: EngineIssue[],
): void {
  const source = index.plan.sources[sourceIndex]!;
  const at = pointer("sources", sourceIndex);
  const sink = new Sink(table.file, issues);
  const regionByKey = new Map(index.plan.regions.map((r, i) => [r.key, i] as const));
  const yearIndex = new Map(index.years.map((y, i) => [y, i] as const));
  const ctx: Ctx = { index, source, at, table, sink, regionByKey, yearIndex, panel };
  if (source.layout.kind === "long") ingestLong(ctx, source.layout);
  else ingestWide(ctx, source.layout);
  sink.finish();
}

interface Ctx {
  index: PlanIndex;
  source: Source;
  at: string;
  table: Table;
  sink: Sink;
  regionByKey: Map<string, number>;
  yearIndex: Map<number, number>;
  panel: PanelData;
}

/** Finds a layout column in the header, or reports it missing (listing the header). */
function findColumn(ctx: Ctx, name: string, role: string, at: string): number | undefined {
  const i = ctx.table.header.indexOf(name.trim());
  if (i >= 0) return i;
  ctx.sink.push(
    error(
      "D0102",
      `${ctx.table.file}: the ${role} column "${name}" is not in the header (row ${ctx.table.headerRow}); the header is: ${formatHeader(ctx.table.header)}`,
      { file: ctx.table.file, row: ctx.table.headerRow, column: name, pointer: at },
    ),
  );
  return undefined;
}

function formatHeader(header: string[]): string {
  return header.length === 0
    ? "(empty)"
    : header.map((h, i) => `${columnLetter(i)} "${h}"`).join(", ");
}

function cellRef(ctx: Ctx, r: number, c: number): string {
  return `${ctx.table.file}, row ${ctx.table.rowNumbers[r]}, column "${ctx.table.header[c]}" (${columnLetter(c)})`;
}

/** The study-year index of a row, `undefined` to skip the row; reports a non-integer year. */
function rowYear(ctx: Ctx, r: number, yc: number): number | undefined {
  const cell = ctx.table.rows[r]![yc] ?? null;
  const year = parseYear(cell);
  if (year === undefined) {
    ctx.sink.push(
      error("D0105", `${cellRef(ctx, r, yc)}: the year is ${showCell(cell)}, not an integer`, {
        file: ctx.table.file,
        row: ctx.table.rowNumbers[r]!,
        column: ctx.table.header[yc]!,
        pointer: `${ctx.at}/layout/year`,
      }),
    );
    return undefined;
  }
  return ctx.yearIndex.get(year);
}

/** Parses a value cell into the panel; reports a non-number. */
function storeValue(
  ctx: Ctx,
  r: number,
  c: number,
  variable: string,
  cellIndex: number,
  variablePointer: string,
): void {
  const cell = ctx.table.rows[r]![c] ?? null;
  const value = parseNumber(cell);
  if (value === undefined) {
    ctx.sink.push(
      error(
        "D0103",
        `${cellRef(ctx, r, c)}: ${showCell(cell)} is not a number (variable "${variable}")`,
        {
          file: ctx.table.file,
          row: ctx.table.rowNumbers[r]!,
          column: ctx.table.header[c]!,
          pointer: variablePointer,
          hint: "write plain decimal numbers (a dot for decimals, no thousands separators); leave the cell empty for a missing value",
        },
      ),
    );
    return;
  }
  if (value !== null) ctx.panel[variable]![cellIndex] = value;
}

function ingestLong(ctx: Ctx, layout: Extract<Source["layout"], { kind: "long" }>): void {
  const rc = findColumn(ctx, layout.region, "region", `${ctx.at}/layout/region`);
  const yc = findColumn(ctx, layout.year, "year", `${ctx.at}/layout/year`);
  const vc = findColumn(ctx, layout.variable, "variable", `${ctx.at}/layout/variable`);
  const xc = findColumn(ctx, layout.value, "value", `${ctx.at}/layout/value`);
  if (rc === undefined || yc === undefined || vc === undefined || xc === undefined) return;
  const nYears = ctx.index.nYears;
  const variables = ctx.source.variables.map((v, i) => ({
    id: v.id,
    pointer: `${ctx.at}/variables/${i}`,
    firstRow: new Int32Array(ctx.index.regionIds.length * nYears),
  }));
  const byKey = new Map(ctx.source.variables.map((v, i) => [v.key, variables[i]!] as const));
  const { rows, rowNumbers } = ctx.table;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const region = ctx.regionByKey.get(keyText(row[rc]));
    if (region === undefined) continue;
    const variable = byKey.get(keyText(row[vc]));
    if (variable === undefined) continue;
    const y = rowYear(ctx, r, yc);
    if (y === undefined) continue;
    const cellIndex = region * nYears + y;
    const first = variable.firstRow[cellIndex]!;
    if (first !== 0) {
      ctx.sink.push(
        duplicate(
          ctx,
          r,
          `region "${keyText(row[rc])}", year ${ctx.index.years[y]}, variable "${keyText(row[vc])}"`,
          first,
          variable.pointer,
        ),
      );
      continue;
    }
    variable.firstRow[cellIndex] = rowNumbers[r]!;
    storeValue(ctx, r, xc, variable.id, cellIndex, variable.pointer);
  }
}

function ingestWide(ctx: Ctx, layout: Extract<Source["layout"], { kind: "wide" }>): void {
  const rc = findColumn(ctx, layout.region, "region", `${ctx.at}/layout/region`);
  const yc = findColumn(ctx, layout.year, "year", `${ctx.at}/layout/year`);
  const columns: { id: string; column: number; pointer: string }[] = [];
  ctx.source.variables.forEach((v, i) => {
    const at = `${ctx.at}/variables/${i}`;
    const column = ctx.table.header.indexOf(v.key.trim());
    if (column >= 0) {
      columns.push({ id: v.id, column, pointer: at });
      return;
    }
    if (ctx.index.needed.has(v.id)) {
      findColumn(ctx, v.key, `variable "${v.id}"`, `${at}/key`);
    } else {
      ctx.sink.push(
        warning(
          "W0101",
          `${ctx.table.file}: no column "${v.key}" for variable "${v.id}", which the study does not use`,
          {
            file: ctx.table.file,
            row: ctx.table.headerRow,
            column: v.key,
            pointer: `${at}/key`,
          },
        ),
      );
    }
  });
  if (rc === undefined || yc === undefined) return;
  const nYears = ctx.index.nYears;
  const firstRow = new Int32Array(ctx.index.regionIds.length * nYears);
  const { rows, rowNumbers } = ctx.table;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const region = ctx.regionByKey.get(keyText(row[rc]));
    if (region === undefined) continue;
    const y = rowYear(ctx, r, yc);
    if (y === undefined) continue;
    const cellIndex = region * nYears + y;
    const first = firstRow[cellIndex]!;
    if (first !== 0) {
      ctx.sink.push(
        duplicate(
          ctx,
          r,
          `region "${keyText(row[rc])}", year ${ctx.index.years[y]}`,
          first,
          ctx.at,
        ),
      );
      continue;
    }
    firstRow[cellIndex] = rowNumbers[r]!;
    for (const { id, column, pointer: at } of columns)
      storeValue(ctx, r, column, id, cellIndex, at);
  }
}

function duplicate(ctx: Ctx, r: number, what: string, firstRow: number, at: string): EngineIssue {
  return error(
    "D0104",
    `${ctx.table.file}, row ${ctx.table.rowNumbers[r]}: a second row for ${what} (the first is row ${firstRow})`,
    {
      file: ctx.table.file,
      row: ctx.table.rowNumbers[r]!,
      pointer: at,
      hint: "keep one row per region, year and variable",
    },
  );
}

/** Collects issues, listing at most MAX_PER_KIND of each code for one file. */
class Sink {
  private readonly counts = new Map<string, number>();
  private readonly severity = new Map<string, EngineIssue["severity"]>();
  constructor(
    private readonly file: string,
    private readonly issues: EngineIssue[],
  ) {}

  push(issue: EngineIssue): void {
    const n = (this.counts.get(issue.code) ?? 0) + 1;
    this.counts.set(issue.code, n);
    this.severity.set(issue.code, issue.severity);
    if (n <= MAX_PER_KIND) this.issues.push(issue);
  }

  finish(): void {
    for (const [code, n] of this.counts) {
      if (n > MAX_PER_KIND) {
        const make = this.severity.get(code) === "warning" ? warning : error;
        this.issues.push(
          make(
            "D0108",
            `${this.file}: ${n - MAX_PER_KIND} more ${code} issues like the ones above are not listed (${n} in all)`,
            {
              file: this.file,
            },
          ),
        );
      }
    }
  }
}
