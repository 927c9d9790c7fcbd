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
 * D0107 names the line csv-parse reports.
 */
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CsvError, type Parser, parse } from "csv-parse";
import { type EngineIssue, error } from "../issues.js";
import { columnLetter } from "./cells.js";
import { unreadable } from "./file-issues.js";
import type { Cell, ReadOutcome, Table, TableReader, TableRequest } from "./reader.js";

/** Receives a CSV's header once, then its data rows in file order, with their row numbers. */
export interface RowSink {
  header(cells: string[], row: number): void;
  row(cells: Cell[], row: number): void;
}

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
    return [unreadable(request, e)];
  }
}

/**
 * Streams CSV bytes into `sink`; a D0107 issue if they are malformed. Errors of the input
 * stream (a file that cannot be read) are thrown.
 */
export async function streamCsv(
  input: Readable,
  request: Pick<TableRequest, "file" | "pointer">,
  sink: RowSink,
): Promise<EngineIssue | undefined> {
  // Blank lines come through as records (of one empty cell), so that they are counted.
  const parser: Parser = parse({ bom: true, relax_column_count: true });
  const lines = new LineCounter(parser);
  let header = false;
  let width = 0;
  try {
    await pipeline(input, parser, async (records: AsyncIterable<string[]>) => {
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
          throw new RowIssue(
            error(
              "D0107",
              `${request.file}, row ${line}: ${fields.length} fields but the header has ${width}; column ${columnLetter(extra)} ("${fields[extra]!.trim()}") has no header`,
              {
                file: request.file,
                row: line,
                column: columnLetter(extra),
                ...(request.pointer !== undefined ? { pointer: request.pointer } : {}),
                hint: 'a value with a comma in it must be quoted ("2,155"), or written without the thousands separator (2155)',
              },
            ),
          );
        }
        const row: Cell[] = fields;
        for (let i = 0; i < row.length; i++) if (fields[i]!.trim() === "") row[i] = null;
        sink.row(row, line);
      }
    });
  } catch (e) {
    if (e instanceof RowIssue) return e.issue;
    if (!(e instanceof CsvError)) throw e;
    const at = (e as { lines?: unknown }).lines;
    return error("D0107", `${request.file}: malformed CSV: ${e.message}`, {
      file: request.file,
      ...(typeof at === "number" ? { row: at } : {}),
      ...(request.pointer !== undefined ? { pointer: request.pointer } : {}),
      hint: "check the quotes: a quoted cell must end with a quote, and a quote inside it is written twice",
    });
  }
  if (!header) sink.header([], 1);
  return undefined;
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
