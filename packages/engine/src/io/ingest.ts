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
 *
 * Rows are taken one at a time (`RowIngest`), so a reader can stream a file straight into the
 * panel without holding its rows; `ingestTable` feeds it a table read whole.
 */
import type { Source } from "@ccdc/plan";
import { type EngineIssue, error, pointer, warning } from "../issues.js";
import type { PanelData } from "../panel.js";
import type { PlanIndex } from "../plan-index.js";
import { columnLetter, keyText, parseNumber, parseYear, showCell } from "./cells.js";
import type { Cell, Table } from "./reader.js";

export const MAX_PER_KIND = 50;

/** Reads one source's table into `panel` (which holds a NaN column per plan variable). */
export function ingestTable(
  index: PlanIndex,
  sourceIndex: number,
  table: Table,
  panel: PanelData,
  issues: EngineIssue[],
): void {
  const ingest = new RowIngest(index, sourceIndex, table.file, panel, issues);
  ingest.header(table.header, table.headerRow);
  const { rows, rowNumbers } = table;
  for (let r = 0; r < rows.length; r++) ingest.row(rows[r]!, rowNumbers[r]!);
  ingest.finish();
}

interface LongVariable {
  id: string;
  pointer: string;
  firstRow: Int32Array;
}

interface WideColumn {
  id: string;
  column: number;
  pointer: string;
}

/**
 * One source's rows into the panel: `header` once, then `row` for each data row in file
 * order (with its row number as shown to a user), then `finish`.
 */
export class RowIngest {
  private readonly source: Source;
  private readonly at: string;
  private readonly sink: Sink;
  private readonly regionByKey: Map<string, number>;
  private readonly yearIndex: Map<number, number>;
  private readonly nYears: number;
  private headerCells: string[] = [];
  private headerRow = 1;
  /** Layout columns; undefined when missing (the rows are then not read). */
  private rc: number | undefined;
  private yc: number | undefined;
  private vc: number | undefined;
  private xc: number | undefined;
  private ready = false;
  // long layout
  private byKey = new Map<string, LongVariable>();
  // near misses: data keys that differ from a declared key only in case (W0102)
  private readonly regionByLowerKey: Map<string, string>;
  private variableByLowerKey = new Map<string, string>();
  private readonly nearMisses = new Map<
    string,
    { kind: "region" | "variable"; key: string; declared: string; row: number }
  >();
  // wide layout
  private columns: WideColumn[] = [];
  private firstRow = new Int32Array(0);

  constructor(
    private readonly index: PlanIndex,
    sourceIndex: number,
    private readonly file: string,
    private readonly panel: PanelData,
    issues: EngineIssue[],
  ) {
    this.source = index.plan.sources[sourceIndex]!;
    this.at = pointer("sources", sourceIndex);
    this.sink = new Sink(file, issues);
    this.regionByKey = new Map(index.plan.regions.map((r, i) => [r.key, i] as const));
    this.regionByLowerKey = new Map(
      index.plan.regions.map((r) => [r.key.toLowerCase(), r.key] as const),
    );
    this.yearIndex = new Map(index.years.map((y, i) => [y, i] as const));
    this.nYears = index.nYears;
  }

  /** The header cells (trimmed text) and the header's row number. */
  header(cells: string[], headerRow: number): void {
    this.headerCells = cells;
    this.headerRow = headerRow;
    const layout = this.source.layout;
    const at = this.at;
    this.rc = this.findColumn(layout.region, "region", `${at}/layout/region`);
    this.yc = this.findColumn(layout.year, "year", `${at}/layout/year`);
    if (layout.kind === "long") {
      this.vc = this.findColumn(layout.variable, "variable", `${at}/layout/variable`);
      this.xc = this.findColumn(layout.value, "value", `${at}/layout/value`);
      if (
        this.rc === undefined ||
        this.yc === undefined ||
        this.vc === undefined ||
        this.xc === undefined
      )
        return;
      const variables = this.source.variables.map((v, i) => ({
        id: v.id,
        pointer: `${at}/variables/${i}`,
        firstRow: new Int32Array(this.index.regionIds.length * this.nYears),
      }));
      this.byKey = new Map(this.source.variables.map((v, i) => [v.key, variables[i]!] as const));
      this.variableByLowerKey = new Map(
        this.source.variables.map((v) => [v.key.toLowerCase(), v.key] as const),
      );
    } else {
      this.source.variables.forEach((v, i) => {
        const vat = `${at}/variables/${i}`;
        const column = cells.indexOf(v.key.trim());
        if (column >= 0) {
          this.checkUnique(column, `variable "${v.id}"`, `${vat}/key`);
          this.columns.push({ id: v.id, column, pointer: vat });
          return;
        }
        if (this.index.needed.has(v.id)) {
          this.findColumn(v.key, `variable "${v.id}"`, `${vat}/key`);
        } else {
          this.sink.push(
            warning(
              "W0101",
              this.index.fillOrder.includes(v.id)
                ? `${this.file}: no column "${v.key}" for variable "${v.id}", which the study reads only as a splice proxy; the cells spliced on it cannot be filled`
                : `${this.file}: no column "${v.key}" for variable "${v.id}", which the study does not use`,
              {
                file: this.file,
                row: this.headerRow,
                column: v.key,
                pointer: `${vat}/key`,
              },
            ),
          );
        }
      });
      if (this.rc === undefined || this.yc === undefined) return;
      this.firstRow = new Int32Array(this.index.regionIds.length * this.nYears);
    }
    this.ready = true;
  }

  /** One data row; `rowNumber` is 1-based as a spreadsheet or an editor shows it. */
  row(row: readonly Cell[], rowNumber: number): void {
    if (!this.ready) return;
    if (this.source.layout.kind === "long") this.longRow(row, rowNumber);
    else this.wideRow(row, rowNumber);
  }

  /** Reports the counts of issues beyond MAX_PER_KIND. */
  finish(): void {
    for (const m of this.nearMisses.values()) {
      this.sink.push(
        warning(
          "W0102",
          `${this.file}: rows for ${m.kind} key "${m.key}" (the first is row ${m.row}) are not read: no ${m.kind} has that key; did you mean "${m.declared}"?`,
          {
            file: this.file,
            row: m.row,
            pointer: this.at,
            hint: "keys are matched exactly, case included: fix the data, or the key in the spec",
          },
        ),
      );
    }
    this.sink.finish();
  }

  private longRow(row: readonly Cell[], rowNumber: number): void {
    const rc = this.rc!;
    const vc = this.vc!;
    const region = this.regionByKey.get(keyText(row[rc]));
    if (region === undefined) {
      this.nearMiss("region", keyText(row[rc]), rowNumber);
      return;
    }
    const variable = this.byKey.get(keyText(row[vc]));
    if (variable === undefined) {
      this.nearMiss("variable", keyText(row[vc]), rowNumber);
      return;
    }
    const y = this.rowYear(row, rowNumber);
    if (y === undefined) return;
    const cellIndex = region * this.nYears + y;
    const first = variable.firstRow[cellIndex]!;
    if (first !== 0) {
      this.sink.push(
        this.duplicate(
          rowNumber,
          `region "${keyText(row[rc])}", year ${this.index.years[y]}, variable "${keyText(row[vc])}"`,
          first,
          variable.pointer,
        ),
      );
      return;
    }
    variable.firstRow[cellIndex] = rowNumber;
    this.storeValue(row, rowNumber, this.xc!, variable.id, cellIndex, variable.pointer);
  }

  private wideRow(row: readonly Cell[], rowNumber: number): void {
    const rc = this.rc!;
    const region = this.regionByKey.get(keyText(row[rc]));
    if (region === undefined) {
      this.nearMiss("region", keyText(row[rc]), rowNumber);
      return;
    }
    const y = this.rowYear(row, rowNumber);
    if (y === undefined) return;
    const cellIndex = region * this.nYears + y;
    const first = this.firstRow[cellIndex]!;
    if (first !== 0) {
      this.sink.push(
        this.duplicate(
          rowNumber,
          `region "${keyText(row[rc])}", year ${this.index.years[y]}`,
          first,
          this.at,
        ),
      );
      return;
    }
    this.firstRow[cellIndex] = rowNumber;
    for (const { id, column, pointer: at } of this.columns)
      this.storeValue(row, rowNumber, column, id, cellIndex, at);
  }

  /** Finds a layout column in the header, or reports it missing (listing the header). */
  private findColumn(name: string, role: string, at: string): number | undefined {
    const i = this.headerCells.indexOf(name.trim());
    if (i >= 0) {
      this.checkUnique(i, role, at);
      return i;
    }
    this.sink.push(
      error(
        "D0102",
        `${this.file}: the ${role} column "${name}" is not in the header (row ${this.headerRow}); the header is: ${formatHeader(this.headerCells)}`,
        { file: this.file, row: this.headerRow, column: name, pointer: at },
      ),
    );
    return undefined;
  }

  /**
   * D0109 if the header names column `i`'s name again: which of the two the file means cannot
   * be known, and reading the first would silently drop the second.
   */
  private checkUnique(i: number, role: string, at: string): void {
    const name = this.headerCells[i]!;
    const j = this.headerCells.indexOf(name, i + 1);
    if (j < 0) return;
    this.sink.push(
      error(
        "D0109",
        `${this.file}: the header (row ${this.headerRow}) has two columns named "${name}", ${columnLetter(i)} and ${columnLetter(j)}; the ${role} column is ambiguous`,
        {
          file: this.file,
          row: this.headerRow,
          column: columnLetter(j),
          pointer: at,
          hint: "rename or remove one of the two columns",
        },
      ),
    );
  }

  /**
   * Remembers a data key that matches no declared key but differs from one only in case
   * (W0102 at `finish`, with a "did you mean").
   */
  private nearMiss(kind: "region" | "variable", key: string, rowNumber: number): void {
    const lower = key.toLowerCase();
    const known = kind === "region" ? this.regionByLowerKey : this.variableByLowerKey;
    const declared = known.get(lower);
    if (declared === undefined || this.nearMisses.has(`${kind}\u0000${key}`)) return;
    this.nearMisses.set(`${kind}\u0000${key}`, { kind, key, declared, row: rowNumber });
  }

  private cellRef(rowNumber: number, c: number): string {
    return `${this.file}, row ${rowNumber}, column "${this.headerCells[c]}" (${columnLetter(c)})`;
  }

  /** The study-year index of a row, `undefined` to skip the row; reports a non-integer year. */
  private rowYear(row: readonly Cell[], rowNumber: number): number | undefined {
    const yc = this.yc!;
    const cell = row[yc] ?? null;
    const year = parseYear(cell);
    if (year === undefined) {
      this.sink.push(
        error(
          "D0105",
          `${this.cellRef(rowNumber, yc)}: the year is ${showCell(cell)}, not an integer`,
          {
            file: this.file,
            row: rowNumber,
            column: this.headerCells[yc]!,
            pointer: `${this.at}/layout/year`,
          },
        ),
      );
      return undefined;
    }
    return this.yearIndex.get(year);
  }

  /** Parses a value cell into the panel; reports a non-number. */
  private storeValue(
    row: readonly Cell[],
    rowNumber: number,
    c: number,
    variable: string,
    cellIndex: number,
    variablePointer: string,
  ): void {
    const cell = row[c] ?? null;
    const value = parseNumber(cell);
    if (value === undefined) {
      this.sink.push(
        error(
          "D0103",
          `${this.cellRef(rowNumber, c)}: ${showCell(cell)} is not a number (variable "${variable}")`,
          {
            file: this.file,
            row: rowNumber,
            column: this.headerCells[c]!,
            pointer: variablePointer,
            hint: "write plain decimal numbers (a dot for decimals, no thousands separators); leave the cell empty for a missing value",
          },
        ),
      );
      return;
    }
    if (value !== null) this.panel[variable]![cellIndex] = value;
  }

  private duplicate(rowNumber: number, what: string, firstRow: number, at: string): EngineIssue {
    return error(
      "D0104",
      `${this.file}, row ${rowNumber}: a second row for ${what} (the first is row ${firstRow})`,
      {
        file: this.file,
        row: rowNumber,
        pointer: at,
        hint: "keep one row per region, year and variable",
      },
    );
  }
}

function formatHeader(header: string[]): string {
  return header.length === 0
    ? "(empty)"
    : header.map((h, i) => `${columnLetter(i)} "${h}"`).join(", ");
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
