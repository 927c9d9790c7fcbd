/**
 * CSV through csv-parse: RFC 4180 quotes (with embedded commas, quotes and line breaks), a
 * UTF-8 byte-order mark, LF, CRLF or CR line ends, blank lines skipped. Rows may be shorter or
 * longer than the header. Every cell stays text; `ingest.ts` parses numbers.
 *
 * Row numbers are the line on which a record starts, as an editor shows it (the header is
 * line 1 in a file without leading blank lines); for files without line breaks inside quoted
 * cells this is also the row a spreadsheet shows.
 */
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { error } from "../issues.js";
import { unreadable } from "./file-issues.js";
import type { Cell, ReadOutcome, TableReader, TableRequest } from "./reader.js";

interface Parsed {
  record: string[];
  info: { bytes: number };
}

export const csvReader: TableReader = {
  async read(request: TableRequest): Promise<ReadOutcome> {
    let bytes: Buffer;
    try {
      bytes = await readFile(request.path);
    } catch (e) {
      return { ok: false, errors: [unreadable(request, e)] };
    }
    return parseCsv(bytes, request);
  },
};

/** Parses CSV bytes (exported for tests and in-memory use). */
export function parseCsv(
  bytes: Buffer,
  request: Pick<TableRequest, "file" | "pointer">,
): ReadOutcome {
  let parsed: Parsed[];
  try {
    parsed = parse(bytes, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as Parsed[];
  } catch (e) {
    const err = e as { message?: string; lines?: number };
    return {
      ok: false,
      errors: [
        error("D0107", `${request.file}: malformed CSV: ${err.message ?? String(e)}`, {
          file: request.file,
          ...(typeof err.lines === "number" ? { row: err.lines } : {}),
          ...(request.pointer !== undefined ? { pointer: request.pointer } : {}),
          hint: "check the quotes: a quoted cell must end with a quote, and a quote inside it is written twice",
        }),
      ],
    };
  }
  const lines = new LineCounter(bytes);
  let header: string[] | undefined;
  let headerRow = 1;
  const rows: Cell[][] = [];
  const rowNumbers: number[] = [];
  let previousEnd = 0;
  for (const { record, info } of parsed) {
    const line = lines.lineOfRecordStarting(previousEnd);
    previousEnd = info.bytes;
    if (record.every((c) => c.trim() === "")) continue;
    if (header === undefined) {
      header = record.map((c) => c.trim());
      headerRow = line;
      continue;
    }
    rows.push(record.map((c) => (c.trim() === "" ? null : c)));
    rowNumbers.push(line);
  }
  return {
    ok: true,
    table: { file: request.file, header: header ?? [], headerRow, rows, rowNumbers },
  };
}

/**
 * Line numbers from byte offsets. csv-parse reports, for each record, the byte offset just
 * past it (its delimiter included); the next record starts after any blank lines following.
 * Records come in order, so one forward scan serves them all.
 */
class LineCounter {
  private pos = 0;
  private line = 1;
  constructor(private readonly bytes: Buffer) {}

  lineOfRecordStarting(offset: number): number {
    this.advanceTo(offset);
    // Skip a BOM and blank lines (csv-parse skipped them too).
    const b = this.bytes;
    if (this.pos === 0 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) this.pos = 3;
    while (this.pos < b.length && (b[this.pos] === 0x0a || b[this.pos] === 0x0d)) this.step();
    return this.line;
  }

  private advanceTo(offset: number): void {
    while (this.pos < offset && this.pos < this.bytes.length) this.step();
  }

  /** Consumes one byte; LF, CRLF and a lone CR each end a line. */
  private step(): void {
    const c = this.bytes[this.pos];
    this.pos++;
    if (c === 0x0a) this.line++;
    else if (c === 0x0d && this.bytes[this.pos] !== 0x0a) this.line++;
  }
}
