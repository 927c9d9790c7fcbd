/**
 * XLSX through exceljs: one worksheet (by name, default the first), the first non-empty row
 * is the header, empty rows are skipped. Cells keep their type: numbers stay numbers, text
 * stays text (parsed later), formulas give their cached result, rich text and hyperlinks give
 * their text, dates become ISO text and errors (#N/A, #DIV/0!) their code — both then fail
 * as non-numbers with the cell named. Row numbers are the sheet's own.
 *
 * Every failure is ccdc's own message: a file that is not a workbook (D0101, saying what it
 * is instead), a workbook larger than MAX_DATA_FILE_BYTES (D0111, checked before it is
 * opened: exceljs reads a workbook whole), and an error while reading a sheet (D0113, naming
 * the sheet).
 */

import { stat } from "node:fs/promises";
import type ExcelJS from "exceljs";
import * as msg from "../messages/index.js";
import type { Cell, ReadOutcome, TableReader, TableRequest } from "./reader.js";
import { MAX_DATA_FILE_BYTES } from "./text-guard.js";

export const xlsxReader: TableReader = {
  async read(request: TableRequest): Promise<ReadOutcome> {
    // Loaded here, not at import: exceljs is a fifth of a short CSV-only run's start.
    const { default: Excel } = await import("exceljs");
    const workbook = new Excel.Workbook();
    try {
      const st = await stat(request.path);
      if (!st.isFile())
        return { ok: false, errors: [msg.notAWorkbook(request, msg.WORKBOOK_PROBLEMS.notAFile)] };
      if (st.size > MAX_DATA_FILE_BYTES) {
        return {
          ok: false,
          errors: [msg.workbookTooLarge(request, MAX_DATA_FILE_BYTES / 1024 ** 3)],
        };
      }
      await workbook.xlsx.readFile(request.path);
    } catch (e) {
      if (typeof (e as { code?: unknown }).code === "string")
        return { ok: false, errors: [msg.unreadableFile(request, e)] };
      return { ok: false, errors: [msg.notAWorkbook(request, workbookError(e))] };
    }
    const names = workbook.worksheets.map((w) => w.name);
    const sheet =
      request.sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(request.sheet);
    if (!sheet) {
      return {
        ok: false,
        errors: [msg.noSheet(request, request.sheet, names)],
      };
    }
    let header: string[] | undefined;
    let headerRow = 1;
    const rows: Cell[][] = [];
    const rowNumbers: number[] = [];
    try {
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
    } catch (e) {
      return {
        ok: false,
        errors: [msg.sheetUnreadable(request, sheet.name, workbookError(e))],
      };
    }
    return {
      ok: true,
      table: { file: request.file, header: header ?? [], headerRow, rows, rowNumbers },
    };
  },
};

/** An exceljs or zip error in words (its messages are terse, e.g. "End of data reached"). */
function workbookError(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/central directory|zip|signature|End of data/i.test(message))
    return msg.WORKBOOK_PROBLEMS.notAZip(message.trim());
  return message.trim().split("\n")[0] ?? "unknown error";
}

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
