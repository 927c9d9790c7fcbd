/**
 * XLSX through exceljs's streaming reader: one worksheet (by name, default the first), the
 * first non-empty row is the header, empty rows are skipped. Cells keep their type: numbers
 * stay numbers, text stays text (parsed later), formulas give their cached result, rich text
 * and hyperlinks give their text, dates become ISO text and errors (#N/A, #DIV/0!) their code
 * — both then fail as non-numbers with the cell named. Row numbers are the sheet's own.
 *
 * Bounded: the workbook is streamed (exceljs's WorkbookReader inflates the zip entry by entry
 * and parses the sheet row by row; no whole workbook is held), and reading stops once the
 * sheet wanted is read. The file may not be larger than MAX_DATA_FILE_BYTES (D0111, before it
 * is opened), nor the sheet hold more than MAX_XLSX_CELLS cells (D0111 naming the sheet: a
 * small zip can inflate to a huge sheet).
 *
 * Every failure is ccdc's own message: a file that is not a workbook (D0101, saying what it
 * is instead), and an error while reading a sheet (D0113, naming the sheet).
 */

import { createReadStream, type ReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import type ExcelJS from "exceljs";
import * as msg from "../messages/index.js";
import type { Cell, ReadOutcome, TableReader, TableRequest } from "./reader.js";
import { MAX_DATA_FILE_BYTES } from "./text-guard.js";
import { declaredInflatedBytes } from "./zip-directory.js";

/** The most bytes a workbook's parts may inflate to, as its zip directory declares them. */
export const MAX_XLSX_INFLATED_BYTES = 4 * 1024 * 1024 * 1024;

/** The most cells read from one worksheet (the empty cells between written ones counted). */
export const MAX_XLSX_CELLS = 20_000_000;

/** What exceljs's streaming reader exposes beyond its typings. */
interface StreamedSheet extends AsyncIterable<ExcelJS.Row> {
  readonly name: string;
}
interface StreamedBook extends AsyncIterable<StreamedSheet> {
  readonly model?: { readonly sheets?: readonly { readonly name: string }[] };
}

class TooManyCells extends Error {}

/** How long reading may make no progress once the whole file is read: then it is damaged. */
const STALL_MS = 5000;

/** Rejects `stalled` when the file is read to its end and no row came for STALL_MS. */
class StallWatch {
  private last = Date.now();
  private ended = false;
  private readonly timer: NodeJS.Timeout;
  readonly stalled: Promise<never>;

  constructor(input: ReadStream) {
    input.on("end", () => {
      this.ended = true;
      this.progress();
    });
    let reject: (e: Error) => void = () => {};
    this.stalled = new Promise<never>((_, r) => {
      reject = r;
    });
    this.timer = setInterval(() => {
      if (this.ended && Date.now() - this.last > STALL_MS)
        reject(new Error("the workbook is damaged: its data ends inside a part of it"));
    }, 250);
  }

  progress(): void {
    this.last = Date.now();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

export const xlsxReader: TableReader = { read: (request) => readXlsx(request) };

/** Reads one sheet of an XLSX workbook, streamed; `maxCells` is a parameter for tests. */
export async function readXlsx(
  request: TableRequest,
  maxCells = MAX_XLSX_CELLS,
): Promise<ReadOutcome> {
  // Loaded here, not at import: exceljs is a fifth of a short CSV-only run's start.
  const { default: Excel } = await import("exceljs");
  try {
    const st = await stat(request.path);
    if (!st.isFile())
      return { ok: false, errors: [msg.notAWorkbook(request, msg.WORKBOOK_PROBLEMS.notAFile)] };
    if (st.size > MAX_DATA_FILE_BYTES)
      return {
        ok: false,
        errors: [msg.workbookTooLarge(request, MAX_DATA_FILE_BYTES / 1024 ** 3)],
      };
    // The streaming reader reads entries as they come and waits for ever on a file cut short
    // inside one: a zip whose directory cannot be read is refused first, and one declaring
    // more than MAX_XLSX_INFLATED_BYTES (a zip bomb, or a workbook past any study) too.
    const inflated = await declaredInflatedBytes(request.path, st.size);
    if (inflated === undefined)
      return {
        ok: false,
        errors: [
          msg.notAWorkbook(
            request,
            msg.WORKBOOK_PROBLEMS.notAZip("no central directory at its end"),
          ),
        ],
      };
    if (inflated > MAX_XLSX_INFLATED_BYTES)
      return {
        ok: false,
        errors: [msg.workbookInflatesTooLarge(request, MAX_XLSX_INFLATED_BYTES / 1024 ** 3)],
      };
  } catch (e) {
    return { ok: false, errors: [msg.unreadableFile(request, e)] };
  }
  // Our own stream of the file, so that its end is seen: exceljs's reader can wait for ever
  // on a damaged entry once every byte is read (no error from the zip layer); `watch` turns
  // that into an error after STALL_MS without progress.
  const input = createReadStream(request.path);
  const watch = new StallWatch(input);
  const book = new Excel.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    // The styles tell a date from a number.
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  }) as unknown as StreamedBook;
  const seen: string[] = [];
  let table: SheetTable | undefined;
  try {
    const read = async (): Promise<ReadOutcome | undefined> => {
      for await (const sheet of book) {
        watch.progress();
        seen.push(sheet.name);
        // The first sheet is the first of the workbook's list (in zip order if it has none).
        if (sheet.name !== (request.sheet ?? book.model?.sheets?.[0]?.name ?? sheet.name)) {
          skip(sheet);
          continue;
        }
        try {
          table = await readSheet(sheet, maxCells, watch);
        } catch (e) {
          return {
            ok: false,
            errors: [
              e instanceof TooManyCells
                ? msg.sheetTooLarge(request, sheet.name, maxCells)
                : msg.sheetUnreadable(request, sheet.name, workbookError(e)),
            ],
          };
        }
        return undefined;
      }
      return undefined;
    };
    const failed = await Promise.race([read(), watch.stalled]);
    if (failed) return failed;
  } catch (e) {
    // A system error (EACCES, EIO) is the file's; zlib's (Z_DATA_ERROR) is a damaged workbook.
    if (/^E[A-Z]+$/.test(String((e as { code?: unknown }).code)))
      return { ok: false, errors: [msg.unreadableFile(request, e)] };
    return { ok: false, errors: [msg.notAWorkbook(request, workbookError(e))] };
  } finally {
    watch.stop();
    input.destroy();
  }
  if (!table) {
    const names = book.model?.sheets?.map((s) => s.name) ?? seen;
    return { ok: false, errors: [msg.noSheet(request, request.sheet, names)] };
  }
  return { ok: true, table: { file: request.file, ...table } };
}

/**
 * Lets a sheet go unread. A sheet that came before the shared strings was spooled by exceljs
 * to a temporary file, opened as the sheet is handed over and deleted when the next comes:
 * its stream is closed here, and its late error (the file already gone) heard and ignored —
 * unheard, it would end the process.
 */
function skip(sheet: StreamedSheet): void {
  const stream = (sheet as { iterator?: unknown }).iterator;
  if (stream instanceof Readable) {
    stream.on("error", () => {});
    stream.destroy();
  }
}

interface SheetTable {
  header: string[];
  headerRow: number;
  rows: Cell[][];
  rowNumbers: number[];
}

/** A worksheet's rows, streamed; TooManyCells past `maxCells`. */
async function readSheet(
  sheet: StreamedSheet,
  maxCells: number,
  watch: StallWatch,
): Promise<SheetTable> {
  let header: string[] | undefined;
  let headerRow = 1;
  const rows: Cell[][] = [];
  const rowNumbers: number[] = [];
  let cells = 0;
  for await (const row of sheet) {
    // row.values is 1-based and sparse: values[1] is column A.
    watch.progress();
    const raw = row.values as ExcelJS.CellValue[];
    cells += Math.max(0, raw.length - 1);
    if (cells > maxCells) throw new TooManyCells();
    const out: Cell[] = [];
    for (let c = 1; c < raw.length; c++) out.push(toCell(raw[c]));
    if (out.every((c) => c === null)) continue;
    if (header === undefined) {
      header = out.map((c) => (c === null ? "" : String(c).trim()));
      headerRow = row.number;
      continue;
    }
    rows.push(out);
    rowNumbers.push(row.number);
  }
  return { header: header ?? [], headerRow, rows, rowNumbers };
}

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
