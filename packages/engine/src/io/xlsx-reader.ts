/**
 * XLSX through exceljs: one worksheet (by name, default the first), the first non-empty row
 * is the header, empty rows are skipped. Cells keep their type: numbers stay numbers, text
 * stays text (parsed later), formulas give their cached result, rich text and hyperlinks give
 * their text, dates become ISO text and errors (#N/A, #DIV/0!) their code — both then fail
 * as non-numbers with the cell named. Row numbers are the sheet's own.
 */
import type ExcelJS from "exceljs";
import { error } from "../issues.js";
import { unreadable } from "./file-issues.js";
import type { Cell, ReadOutcome, TableReader, TableRequest } from "./reader.js";

export const xlsxReader: TableReader = {
  async read(request: TableRequest): Promise<ReadOutcome> {
    // Loaded here, not at import: exceljs is a fifth of a short CSV-only run's start.
    const { default: Excel } = await import("exceljs");
    const workbook = new Excel.Workbook();
    try {
      await workbook.xlsx.readFile(request.path);
    } catch (e) {
      return { ok: false, errors: [unreadable(request, e)] };
    }
    const names = workbook.worksheets.map((w) => w.name);
    const sheet =
      request.sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(request.sheet);
    if (!sheet) {
      return {
        ok: false,
        errors: [
          error(
            "D0106",
            request.sheet === undefined
              ? `${request.file} has no worksheet`
              : `${request.file} has no sheet "${request.sheet}"; its sheets are: ${names.map((n) => `"${n}"`).join(", ")}`,
            {
              file: request.file,
              ...(request.pointer !== undefined ? { pointer: `${request.pointer}/sheet` } : {}),
            },
          ),
        ],
      };
    }
    let header: string[] | undefined;
    let headerRow = 1;
    const rows: Cell[][] = [];
    const rowNumbers: number[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      // row.values is 1-based and sparse: values[1] is column A.
      const raw = row.values as ExcelJS.CellValue[];
      const cells: Cell[] = [];
      for (let c = 1; c < raw.length; c++) cells.push(toCell(raw[c]));
      if (cells.every((c) => c === null)) return;
      if (header === undefined) {
        header = cells.map((c) => (c === null ? "" : String(c).trim()));
        headerRow = rowNumber;
        return;
      }
      rows.push(cells);
      rowNumbers.push(rowNumber);
    });
    return {
      ok: true,
      table: { file: request.file, header: header ?? [], headerRow, rows, rowNumbers },
    };
  },
};

/** Converts an exceljs cell value to a raw cell. */
export function toCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString();
  if ("richText" in value) return toCell(value.richText.map((r) => r.text).join(""));
  if ("hyperlink" in value) return toCell(value.text as ExcelJS.CellValue);
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) {
    return toCell((value as { result?: ExcelJS.CellValue }).result ?? null);
  }
  return String(value);
}
