/**
 * results.xlsx: one sheet per paper table (indices, coupling with grade and level name, growth,
 * weights, filled cells, descriptive statistics). Numbers are stored as numbers with a display
 * format (3 decimals; 4 for weights; percentages for growth), so a user can compute with them.
 */

import { sheetNames } from "./sheet-names.js";
import type { ColumnKind, PaperTable } from "./tables.js";
import { deterministicZip } from "./zip.js";

const NUMBER_FORMAT: Record<ColumnKind, string | undefined> = {
  text: undefined,
  decimal3: "0.000",
  decimal4: "0.0000",
  percent: "0.00%",
  integer: "0",
  general: undefined,
};

/** The workbook's bytes. */
export async function renderXlsx(tables: readonly PaperTable[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ccdc";
  // Fixed dates: the workbook records them, and the same run must give the same bytes.
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = new Date(Date.UTC(2000, 0, 1));
  // Each sheet named in --lang (its key when it has no name of its own), made unique.
  const names = sheetNames(tables.map((t) => t.sheet ?? t.key));
  for (const [t, table] of tables.entries()) {
    const sheet = workbook.addWorksheet(names[t]!, {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    sheet.addRow(table.columns.map((c) => c.header)).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((v) => v ?? null));
    table.columns.forEach((column, i) => {
      const col = sheet.getColumn(i + 1);
      const format = NUMBER_FORMAT[column.kind];
      if (format) col.numFmt = format;
      const longest = Math.max(
        column.header.length,
        ...table.rows.map((r) => String(r[i] ?? "").length),
      );
      col.width = Math.min(48, Math.max(8, column.kind === "text" ? longest + 2 : 10));
    });
    // The header keeps the default format.
    sheet.getRow(1).numFmt = "General";
  }
  // Stored, not deflated: the zip step deflates every part once (zip.ts).
  return deterministicZip(
    new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } })),
  );
}
