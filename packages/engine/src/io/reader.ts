/**
 * The reader interface: a data file becomes a `Table` of raw cells. Readers know nothing of
 * layouts or plans; `ingest.ts` turns a table into panel columns. Other formats (or in-memory
 * tables in tests) plug in by implementing `TableReader`.
 */
import type { EngineIssue } from "../issues.js";
import type { ReadBudget } from "./read-budget.js";

/** A raw cell: text as written, a number (spreadsheets), or null for an empty cell. */
export type Cell = string | number | null;

export interface Table {
  /** The file as the plan names it, for messages. */
  file: string;
  /** Header cells as text (trimmed), in column order. */
  header: string[];
  /** The header's row number as shown to a user (1 unless leading rows are empty). */
  headerRow: number;
  /** Data rows (the header excluded); a row may be shorter than the header. */
  rows: Cell[][];
  /** For each data row, its 1-based row number as a spreadsheet or an editor shows it. */
  rowNumbers: number[];
}

export interface TableRequest {
  /** Absolute path of the file to read. */
  path: string;
  /** The file as the plan names it (used in issues). */
  file: string;
  /** Worksheet name (spreadsheets); default: the first sheet. */
  sheet?: string;
  /** JSON pointer of the source in the plan, for issues. */
  pointer?: string;
  /**
   * The study's running total of bytes read, for a file whose size is not known before it is
   * read (a FIFO or a device): a streaming reader counts its bytes into it (read-budget.ts).
   */
  budget?: ReadBudget;
}

export type ReadOutcome = { ok: true; table: Table } | { ok: false; errors: EngineIssue[] };

export interface TableReader {
  read(request: TableRequest): Promise<ReadOutcome>;
}

/** Readers by source format. */
export interface Readers {
  csv: TableReader;
  xlsx: TableReader;
}
