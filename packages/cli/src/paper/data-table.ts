/**
 * A table written twice from one definition: as a CSV of `--out` (ids and numbers in full, the
 * column names fixed English identifiers) and as a sheet of results.xlsx (the column heads in
 * the chosen --lang, each name column shown by its label, numbers kept as numbers with a
 * display format). The rows are produced when the table is written, once per output, so a
 * CSV streams row by row (csv-stream.ts) however large the study.
 */
import { type CsvCell, csvChunks } from "../render/csv-stream.js";
import type { CellValue, Column, ColumnKind, PaperTable } from "./tables.js";

export interface DataColumn {
  /** The CSV's column name: a fixed identifier. */
  readonly csv: string;
  /** The sheet's column head, in --lang. */
  readonly header: string;
  readonly kind: ColumnKind;
  /** For a column of ids or fixed words: the label the sheet shows for each. */
  readonly label?: (id: string) => string;
}

export interface DataTable {
  /** The sheet's name (results.xlsx cuts it to 31 characters, keeping it unique). */
  readonly sheet: string;
  /** The CSV's file name in the output directory. */
  readonly file: string;
  readonly caption: string;
  readonly columns: readonly DataColumn[];
  /** Each call yields the rows afresh: ids in name columns, numbers unrounded, null for none. */
  readonly rows: () => Iterable<readonly CellValue[]>;
}

/** The CSV's text in chunks: the identifiers as header, every cell as the rows hold it. */
export function dataTableCsvChunks(table: DataTable): Generator<string> {
  return csvChunks(
    table.columns.map((c) => c.csv),
    table.rows() as Iterable<readonly CsvCell[]>,
  );
}

/** The sheet: heads in --lang, ids shown by their labels, numbers as numbers. */
export function dataTableSheet(table: DataTable): PaperTable {
  const columns: Column[] = table.columns.map((c) => ({ header: c.header, kind: c.kind }));
  const rows: CellValue[][] = [];
  for (const row of table.rows()) {
    rows.push(
      row.map((v, i) => {
        const label = table.columns[i]?.label;
        return label && typeof v === "string" && v !== "" ? label(v) : v;
      }),
    );
  }
  return { key: table.sheet, caption: table.caption, columns, rows };
}
