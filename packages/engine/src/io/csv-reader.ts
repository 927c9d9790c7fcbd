/**
 * CSV through csv-parse's streaming parser: RFC 4180 quotes (with embedded commas, quotes and
 * line breaks), a UTF-8 byte-order mark, LF, CRLF or CR line ends (the first line break
 * decides, as csv-parse discovers it), blank lines skipped. Rows may be shorter or longer
 * than the header. Every cell stays text; `ingest.ts` parses numbers.
 *
 * Records go one at a time to a `RowSink` (the first non-blank record is the header; a record
 * of blank cells is skipped; a blank cell is null), so a file can be streamed straight into
 * the panel without holding its rows (`RowIngest` is a sink); `csvReader` collects a `Table`.
 *
 * Row numbers are the line on which a record starts, as an editor shows it (the header is
 * line 1 in a file without leading blank lines); for files without line breaks inside quoted
 * cells this is also the row a spreadsheet shows (see `LineCounter`). A malformed file's
 * D0107 names the row and the column (an unclosed quote: the row where the quoted cell starts).
 *
 * Bounded: the bytes pass a `TextGuard` first (text-guard.ts), so a file that is not UTF-8
 * text — UTF-16, GBK, a binary, `/dev/zero` — is D0110 naming its encoding and row, and one
 * larger than MAX_DATA_FILE_BYTES is D0111; a record longer than MAX_RECORD_CHARS is D0112.
 * Nothing holds the whole file.
 */
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CsvError, type Parser, parse } from "csv-parse";
import type { EngineIssue } from "../issues.js";
import * as msg from "../messages/index.js";
import { columnLetter } from "./cells.js";
import type { Cell, ReadOutcome, Table, TableReader, TableRequest } from "./reader.js";
import { EncodingProblem, MAX_DATA_FILE_BYTES, TextGuard } from "./text-guard.js";

/**
 * Receives a CSV's header once, then its data rows in file order, with their row numbers. A
 * reader may reuse a row's `cells` array for the next row: a sink copies what it keeps.
 */
export interface RowSink {
  header(cells: string[], row: number): void;
  row(cells: Cell[], row: number): void;
  /**
   * Optional, for a reader that has the bytes of a line (csv-fast.ts): the line is
   * bytes[start, end), without its line end; a quote in it is part of a whole quoted field
   * closed on the line (`"a, b"`, doubled quotes inside). True if the sink took the row,
   * having done exactly what `row` does with the line's cells; else nothing is done and the
   * reader calls `row`.
   */
  bytesRow?(bytes: Buffer, start: number, end: number, row: number): boolean;
}

/** The longest record read, in characters (csv-parse's max_record_size): 1 Mi. */
export const MAX_RECORD_CHARS = 1024 * 1024;

export const csvReader: TableReader = {
  async read(request: TableRequest): Promise<ReadOutcome> {
    const table = new TableSink(request.file);
    const errors = await streamCsvFile(request, table);
    return errors === undefined ? { ok: true, table: table.table } : { ok: false, errors };
  },
};

/** Parses CSV bytes into a table (for tests and in-memory use). */
export async function parseCsv(
  bytes: Buffer,
  request: Pick<TableRequest, "file" | "pointer">,
): Promise<ReadOutcome> {
  const table = new TableSink(request.file);
  const issue = await streamCsv(Readable.from([bytes]), request, table);
  return issue === undefined ? { ok: true, table: table.table } : { ok: false, errors: [issue] };
}

/**
 * Streams a CSV file into `sink`; undefined when read through, else the errors: D0101 if the
 * file cannot be read, D0107 if it is malformed (the sink then has the records before).
 */
export async function streamCsvFile(
  request: TableRequest,
  sink: RowSink,
): Promise<EngineIssue[] | undefined> {
  try {
    const issue = await streamCsv(createReadStream(request.path), request, sink);
    return issue === undefined ? undefined : [issue];
  } catch (e) {
    if (typeof (e as { code?: unknown }).code !== "string") throw e;
    return [msg.unreadableFile(request, e)];
  }
}

/**
 * Streams CSV bytes into `sink`; a D0107 issue if they are malformed. Errors of the input
 * stream (a file that cannot be read) are thrown.
 */
export async function streamCsv(
  input: Readable,
  request: Pick<TableRequest, "file" | "pointer" | "budget">,
  sink: RowSink,
): Promise<EngineIssue | undefined> {
  // Blank lines come through as records (of one empty cell), so that they are counted.
  // The line on which the last record parsed ends, as csv-parse counts: kept as the parser
  // goes (records reach the loop below later), so an unclosed quote's row is known.
  let lastRecordEnd = 0;
  let stoppedAt: RowIssue | undefined;
  const parser: Parser = parse({
    bom: true,
    relax_column_count: true,
    max_record_size: MAX_RECORD_CHARS,
    on_record: (record, context) => {
      lastRecordEnd = context.lines;
      return record;
    },
  });
  const lines = new LineCounter(parser);
  let header = false;
  let width = 0;
  try {
    await pipeline(
      input,
      new TextGuard(MAX_DATA_FILE_BYTES, request.budget),
      parser,
      async (records: AsyncIterable<string[]>) => {
        for await (const fields of records) {
          const line = lines.start(fields);
          let blank = true;
          for (const c of fields) {
            if (c.trim() !== "") {
              blank = false;
              break;
            }
          }
          if (blank) continue;
          if (!header) {
            header = true;
            width = fields.length;
            sink.header(
              fields.map((c) => c.trim()),
              line,
            );
            continue;
          }
          // A non-empty field past the header's last column is almost always an unquoted comma
          // inside a value ("2,155"): reading on would silently take the wrong number.
          const extra = fields.findIndex((c, i) => i >= width && c.trim() !== "");
          if (extra >= 0) {
            stoppedAt = new RowIssue(
              msg.fieldWithoutHeader(
                request,
                line,
                fields.length,
                width,
                columnLetter(extra),
                fields[extra]!.trim(),
              ),
            );
            throw stoppedAt;
          }
          const row: Cell[] = fields;
          for (let i = 0; i < row.length; i++) if (fields[i]!.trim() === "") row[i] = null;
          sink.row(row, line);
        }
      },
    );
  } catch (e) {
    // The row's issue even if the pipeline reports its own abort instead ("The operation
    // was aborted": the guard in front of the parser is destroyed as the loop throws).
    if (stoppedAt) return stoppedAt.issue;
    if (e instanceof RowIssue) return e.issue;
    if (e instanceof EncodingProblem) return encodingIssue(e, request);
    if (!(e instanceof CsvError)) throw e;
    return csvErrorIssue(e, lastRecordEnd + 1, request);
  }
  if (!header) sink.header([], 1);
  return undefined;
}

/**
 * D0107 (malformed) or D0112 (a record too long) for a csv-parse error, with its row and
 * column: the row where the failing record starts for an unclosed quote (csv-parse reports
 * the end of the file), else the line csv-parse names.
 */
function csvErrorIssue(
  e: CsvError,
  recordStart: number,
  request: Pick<TableRequest, "file" | "pointer">,
): EngineIssue {
  const info = e as CsvError & { lines?: unknown; column?: unknown };
  const line =
    e.code === "CSV_QUOTE_NOT_CLOSED"
      ? recordStart
      : typeof info.lines === "number"
        ? info.lines
        : recordStart;
  const column = typeof info.column === "number" ? columnLetter(info.column) : undefined;
  if (e.code === "CSV_MAX_RECORD_SIZE") return msg.recordTooLong(request, line, MAX_RECORD_CHARS);
  const what =
    e.code === "CSV_QUOTE_NOT_CLOSED"
      ? msg.CSV_PROBLEMS.quoteNotClosed
      : e.code === "INVALID_OPENING_QUOTE"
        ? msg.CSV_PROBLEMS.openingQuote
        : e.code === "CSV_INVALID_CLOSING_QUOTE"
          ? msg.CSV_PROBLEMS.closingQuote
          : e.message;
  return msg.malformedCsv(request, line, column, what);
}

/** D0110 (not UTF-8 text) or D0111 (too large), naming the encoding it looks like. */
function encodingIssue(
  p: EncodingProblem,
  request: Pick<TableRequest, "file" | "pointer">,
): EngineIssue {
  if (p.kind === "too-large") return msg.csvTooLarge(request, p.message);
  if (p.kind === "study-too-large") return msg.studyReadTooLarge(request, p.message);
  const hint = msg.utf8Hint(p.kind === "binary" ? "binary" : "text", p.encoding);
  return msg.notUtf8(request, p.row, p.byteInRow, p.message, hint);
}

/** Stops the stream at a row that cannot be read, carrying the issue that names it. */
class RowIssue extends Error {
  constructor(readonly issue: EngineIssue) {
    super(issue.message);
  }
}

/**
 * The line on which each record starts, as an editor counts lines: LF, CRLF and a lone CR
 * each end one. Every record (a blank line too) spans one line unless its cells hold line
 * breaks; such a record's line ends are counted in its text and its line end. Line ends of
 * another style than the file's (csv-parse keeps them in the cell) before its first cell
 * are blank lines; in a CR file, an LF right after the previous record's CR is part of that
 * line end.
 */
class LineCounter {
  /** The line on which the next record starts. */
  private next = 1;
  constructor(private readonly parser: Parser) {}

  start(fields: readonly string[]): number {
    let start = this.next;
    if (!hasLineBreak(fields)) {
      this.next = start + 1;
      return start;
    }
    // Discovered from the first line end outside quotes; none yet: every one is inside quotes.
    const delimiter = this.parser.options.record_delimiter[0]?.toString() ?? "";
    const text = fields.join(",") + delimiter;
    let p = delimiter === "\r" && start > 1 && text[0] === "\n" ? 1 : 0;
    for (;;) {
      const c = text[p];
      // A line end of the file's style before the first cell can only be inside quotes.
      const stray =
        delimiter !== "" &&
        (c === "\n"
          ? delimiter !== "\n"
          : c === "\r" && delimiter !== "\r" && text[p + 1] !== "\n");
      if (!stray) break;
      p++;
      start++;
    }
    this.next = start + lineEnds(text, p);
    return start;
  }
}

function hasLineBreak(fields: readonly string[]): boolean {
  for (const f of fields) if (f.includes("\n") || f.includes("\r")) return true;
  return false;
}

/** Line ends in `text` from `from`: LF, CRLF and a lone CR count one each. */
function lineEnds(text: string, from: number): number {
  let n = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) n++;
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) n++;
  }
  return n;
}

/** Collects the rows into a `Table`. */
class TableSink implements RowSink {
  readonly table: Table;
  constructor(file: string) {
    this.table = { file, header: [], headerRow: 1, rows: [], rowNumbers: [] };
  }
  header(cells: string[], row: number): void {
    this.table.header = cells;
    this.table.headerRow = row;
  }
  row(cells: Cell[], row: number): void {
    this.table.rows.push(cells);
    this.table.rowNumbers.push(row);
  }
}
