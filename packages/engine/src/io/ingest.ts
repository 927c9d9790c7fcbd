/**
 * From a table to panel columns, following the source's layout.
 *
 * - long: one row per (region, year, variable) with a value column;
 * - wide: one row per (region, year) with one column per variable (named by its key).
 *
 * Rows whose region or variable the plan does not know, or whose year is outside the study,
 * are not read and their other cells are not checked; they are counted and, when the study
 * misses values from the file (a region without rows, or a needed cell left empty whose rule
 * is `error`), reported in one warning per file (W0103, unmatched-rows.ts). A region the study needs with no row at all in
 * the file is one error at the region (D0114), with the closest unmatched key as a
 * suggestion, rather than a missing cell for every variable and year. For the rows that count, every problem is
 * reported with file, row and column: a year that is not an integer, a value that is not a
 * number, a (region, year, variable) given twice. An empty value cell is a missing value. At
 * most `MAX_PER_KIND` issues of one code are listed per file, then one D0108 counts the rest.
 *
 * Rows are taken one at a time (`RowIngest`), so a reader can stream a file straight into the
 * panel without holding its rows; `ingestTable` feeds it a table read whole.
 */
import { basename } from "node:path";
import type { Source } from "@ccdc/plan";
import { type EngineIssue, pointer } from "../issues.js";
import * as msg from "../messages/index.js";
import type { PanelData } from "../panel.js";
import type { PlanIndex } from "../plan-index.js";
import { columnLetter, keyText, parseNumber, parseYear, showCell } from "./cells.js";
import { closestKey } from "./closest-key.js";
import { type BytesRow, longBytesRow, type SkippedRows, wideBytesRow } from "./ingest-bytes.js";
import type { Cell, Table } from "./reader.js";
import { UnmatchedRows } from "./unmatched-rows.js";

export const MAX_PER_KIND = 50;

/** Year texts whose parse is remembered (`rowYear`). */
const YEAR_TEXTS = 4096;

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
  /** Per region (plan order): whether a row of the file has its key. */
  private readonly regionSeen: Uint8Array;
  private readonly unmatched = new UnmatchedRows();
  private readonly yearOfText = new Map<string, number | undefined>();
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
  /** The fast path for a CSV line's bytes (ingest-bytes.ts), once the header is read. */
  private fast: BytesRow | undefined;
  /** What both paths do with a row the study does not read. */
  private readonly skipped: SkippedRows = {
    unknownKey: (kind, key, rowNumber) => {
      this.unmatched.add(kind, key);
      this.nearMiss(kind, key, rowNumber);
    },
    unknownKeyAgain: (kind, key) => this.unmatched.add(kind, key),
    yearOutside: (year) => this.unmatched.add("year", String(year)),
  };

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
    this.regionSeen = new Uint8Array(index.plan.regions.length);
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
            msg.absentColumn(this.file, v.key, v.id, this.index.fillOrder.includes(v.id), {
              row: this.headerRow,
              pointer: `${vat}/key`,
            }),
          );
        }
      });
      if (this.rc === undefined || this.yc === undefined) return;
      this.firstRow = new Int32Array(this.index.regionIds.length * this.nYears);
    }
    this.ready = true;
    this.fast = this.bytesPath();
  }

  /**
   * A CSV line as bytes, [start, end) without its line end (its quotes, if any, well formed:
   * csv-fast.ts): true if taken by the fast path, which then did exactly what `row` does with
   * the line's cells; false (nothing done) for the reader to call `row`.
   */
  bytesRow(bytes: Buffer, start: number, end: number, rowNumber: number): boolean {
    return this.fast?.(bytes, start, end, rowNumber) === true;
  }

  /** The fast path over this source's state (ingest-bytes.ts). */
  private bytesPath(): BytesRow | undefined {
    const shared = {
      regionByKey: this.regionByKey,
      yearIndex: this.yearIndex,
      nYears: this.nYears,
      regionSeen: this.regionSeen,
      skipped: this.skipped,
      width: this.headerCells.length,
      region: this.rc!,
      year: this.yc!,
    };
    if (this.source.layout.kind === "long") {
      const variables = [...this.byKey.values()];
      return longBytesRow({
        ...shared,
        variableByKey: new Map([...this.byKey.keys()].map((k, i) => [k, i] as const)),
        variables: variables.map((v) => ({ firstRow: v.firstRow, values: this.panel[v.id]! })),
        variable: this.vc!,
        value: this.xc!,
      });
    }
    return wideBytesRow({
      ...shared,
      columns: this.columns.map((c) => ({ column: c.column, values: this.panel[c.id]! })),
      firstRow: this.firstRow,
    });
  }

  /** One data row; `rowNumber` is 1-based as a spreadsheet or an editor shows it. */
  row(row: readonly Cell[], rowNumber: number): void {
    if (!this.ready) return;
    if (this.source.layout.kind === "long") this.longRow(row, rowNumber);
    else this.wideRow(row, rowNumber);
  }

  /**
   * Reports the regions with no row (D0114), the rows that matched nothing (W0103) and the
   * counts of issues beyond MAX_PER_KIND.
   */
  finish(): void {
    for (const m of this.nearMisses.values()) {
      this.sink.push(msg.caseNearMiss(this.file, m.kind, m.key, m.row, m.declared, this.at));
    }
    if (this.ready) {
      const regions = this.index.plan.regions;
      let regionWithoutRows = false;
      for (const r of this.index.neededRegions) {
        if (this.regionSeen[r]) continue;
        regionWithoutRows = true;
        const key = regions[r]!.key;
        const near = closestKey(key, this.unmatched.regionKeys());
        this.sink.push(
          msg.regionWithoutRows(key, basename(this.file), near, {
            file: this.file,
            column: this.headerCells[this.rc!]!,
            pointer: pointer("regions", r),
          }),
        );
      }
      // The rows not read are worth a warning only when the study misses values from this
      // file (one of them may hold a missing value under another key or year); a file that
      // holds more regions, variables or years than the study declares is normal.
      if (regionWithoutRows || this.leavesErrorCellsEmpty()) {
        // The file's name, not its path: the message stays the same wherever the plan is moved.
        const unmatched = this.unmatched.warning(
          this.file,
          basename(this.file),
          this.index.years,
          this.at,
        );
        if (unmatched) this.sink.push(unmatched);
      }
    }
    this.sink.finish();
  }

  /**
   * Whether the file left a cell the study needs without a value, in a variable whose rule is
   * `error` (the run then stops with D0201): a cell no declared rule is meant to fill.
   */
  private leavesErrorCellsEmpty(): boolean {
    const { needed, neededRegions, nYears } = this.index;
    for (const v of this.source.variables) {
      if (!needed.has(v.id) || v.missing.kind !== "error") continue;
      const col = this.panel[v.id]!;
      for (const r of neededRegions) {
        const base = r * nYears;
        for (let y = 0; y < nYears; y++) if (Number.isNaN(col[base + y]!)) return true;
      }
    }
    return false;
  }

  private longRow(row: readonly Cell[], rowNumber: number): void {
    const rc = this.rc!;
    const vc = this.vc!;
    const region = this.regionOf(row[rc], rowNumber);
    if (region === undefined) return;
    const variable = this.byKey.get(keyText(row[vc]));
    if (variable === undefined) {
      this.skipped.unknownKey("variable", keyText(row[vc]), rowNumber);
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
    const region = this.regionOf(row[rc], rowNumber);
    if (region === undefined) return;
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

  /** The plan index of a row's region (marking it seen), or undefined: an unmatched row. */
  private regionOf(cell: Cell | undefined, rowNumber: number): number | undefined {
    const key = keyText(cell);
    const region = this.regionByKey.get(key);
    if (region === undefined) this.skipped.unknownKey("region", key, rowNumber);
    else this.regionSeen[region] = 1;
    return region;
  }

  /** Finds a layout column in the header, or reports it missing (listing the header). */
  private findColumn(name: string, role: string, at: string): number | undefined {
    const i = this.headerCells.indexOf(name.trim());
    if (i >= 0) {
      this.checkUnique(i, role, at);
      return i;
    }
    this.sink.push(
      msg.missingColumn(this.file, role, name, this.headerRow, formatHeader(this.headerCells), at),
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
      msg.ambiguousColumn(
        this.file,
        this.headerRow,
        name,
        columnLetter(i),
        columnLetter(j),
        role,
        at,
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
    // A file has few distinct year texts: parse each once (at most YEAR_TEXTS of them).
    let year: number | undefined;
    if (typeof cell === "string") {
      const known = this.yearOfText.get(cell);
      if (known !== undefined || this.yearOfText.has(cell)) year = known;
      else {
        year = parseYear(cell);
        if (this.yearOfText.size < YEAR_TEXTS) this.yearOfText.set(cell, year);
      }
    } else year = parseYear(cell);
    if (year === undefined) {
      this.sink.push(
        msg.yearNotInteger(this.cellRef(rowNumber, yc), showCell(cell), {
          file: this.file,
          row: rowNumber,
          column: this.headerCells[yc]!,
          pointer: `${this.at}/layout/year`,
        }),
      );
      return undefined;
    }
    const y = this.yearIndex.get(year);
    if (y === undefined) this.skipped.yearOutside(year);
    return y;
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
        msg.notANumber(this.cellRef(rowNumber, c), showCell(cell), variable, {
          file: this.file,
          row: rowNumber,
          column: this.headerCells[c]!,
          pointer: variablePointer,
        }),
      );
      return;
    }
    if (value !== null) this.panel[variable]![cellIndex] = value;
  }

  private duplicate(rowNumber: number, what: string, firstRow: number, at: string): EngineIssue {
    return msg.duplicateRow(this.file, rowNumber, what, firstRow, at);
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
        this.issues.push(
          msg.moreNotListed(this.file, code, n - MAX_PER_KIND, n, this.severity.get(code)!),
        );
      }
    }
  }
}
