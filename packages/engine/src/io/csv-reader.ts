/**
 * CSV through csv-parse: RFC 4180 quotes (with embedded commas, quotes and line breaks), a
 * UTF-8 byte-order mark, LF, CRLF or CR line ends, blank lines skipped. Rows may be shorter or
 * longer than the header. Every cell stays text; `ingest.ts` parses numbers.
 *
 * Row numbers are the line on which a record starts, as an editor shows it (the header is
 * line 1 in a file without leading blank lines); for files without line breaks inside quoted
 * cells this is also the row a spreadsheet shows.
 */
import { open, readFile } from "node:fs/promises";
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

/** Bytes the streaming reader reads at a time. */
const CHUNK = 1 << 22;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const COMMA = 0x2c;

/** Line-end styles: unknown until the first line break, then LF, CRLF or CR. */
enum Eol {
  Unknown,
  Lf,
  Crlf,
  Cr,
}

/**
 * Streams a CSV file record by record, without holding its rows: `onRecord(fields, line)`
 * gets each record's cells as text (as csv-parse gives them) and the line on which the record
 * starts, as `parseCsv` numbers rows. Blank lines are skipped and still counted.
 *
 * This is a fast path for well-formed files, read in chunks of a few MB: RFC 4180 quotes
 * (embedded commas, doubled quotes, line breaks), a UTF-8 byte-order mark, and one line-end
 * style throughout (LF, CRLF or CR). On anything else — mixed line ends, a quote inside an
 * unquoted cell, text after a closing quote, an unclosed quote, another byte-order mark — it
 * stops and returns "fallback": the caller then discards what it got and reads the file with
 * csv-parse (`csvReader`), which either reads it the same way or reports it malformed (D0107).
 * File-system errors are thrown. `chunkSize` (bytes read at a time) is for tests.
 */
export async function streamCsvRecords(
  path: string,
  onRecord: (fields: string[], line: number) => void,
  chunkSize = CHUNK,
): Promise<"done" | "fallback"> {
  const handle = await open(path, "r");
  try {
    let buf = Buffer.allocUnsafe(chunkSize);
    let carry = 0; // bytes of an incomplete record at the start of buf
    let first = true;
    const state: ScanState = { eol: Eol.Unknown, line: 1 };
    for (;;) {
      if (carry === buf.length) {
        // A record longer than the buffer: grow it.
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, carry);
        buf = bigger;
      }
      const { bytesRead } = await handle.read(buf, carry, buf.length - carry, null);
      const end = carry + bytesRead;
      const eof = bytesRead === 0;
      let start = 0;
      if (first) {
        if (
          end >= 2 &&
          ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))
        )
          return "fallback";
        if (end < 3 && !eof) {
          carry = end;
          continue;
        }
        if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
        first = false;
      }
      const next = scan(buf, start, end, eof, state, onRecord);
      if (next < 0) return "fallback";
      if (eof) return "done";
      carry = end - next;
      buf.copy(buf, 0, next, end);
    }
  } finally {
    await handle.close();
  }
}

interface ScanState {
  eol: Eol;
  /** The line number at the scan position. */
  line: number;
}

/**
 * Emits every complete record in `buf[start, end)`; returns where the first incomplete one
 * starts (`end` if none), or −1 to fall back. At `eof` the last record needs no line end.
 */
function scan(
  buf: Buffer,
  start: number,
  end: number,
  eof: boolean,
  state: ScanState,
  onRecord: (fields: string[], line: number) => void,
): number {
  let pos = start;
  if (state.eol === Eol.Unknown) {
    // The style of the first line break decides (csv-parse discovers it the same way).
    let i = start;
    while (i < end && buf[i] !== LF && buf[i] !== CR) i++;
    if (i === end) {
      if (!eof) return start; // no line end yet: read more
    } else if (buf[i] === LF) state.eol = Eol.Lf;
    else if (i + 1 < end) state.eol = buf[i + 1] === LF ? Eol.Crlf : Eol.Cr;
    else if (eof) state.eol = Eol.Cr;
    else return start;
  }
  const eol = state.eol;
  // The record delimiter's last byte, and the byte that must never occur.
  const endByte = eol === Eol.Cr ? CR : LF;
  const forbidden = eol === Eol.Lf ? CR : eol === Eol.Cr ? LF : -1;
  if (forbidden >= 0) {
    const f = buf.indexOf(forbidden, pos);
    if (f >= 0 && f < end) return -1;
  }
  let nextQuote = -2; // position of the next quote at or after pos (−1: none), −2: unknown
  while (pos < end) {
    const b = buf[pos]!;
    // Blank line.
    if (b === LF || b === CR) {
      if (eol === Eol.Crlf) {
        if (b !== CR) return -1;
        if (pos + 1 >= end) return eof ? -1 : pos;
        if (buf[pos + 1] !== LF) return -1;
        pos += 2;
      } else pos++;
      state.line++;
      continue;
    }
    if (nextQuote !== -1 && nextQuote < pos) {
      nextQuote = buf.indexOf(QUOTE, pos);
      if (nextQuote >= end) nextQuote = -1;
    }
    let lineEnd = buf.indexOf(endByte, pos);
    if (lineEnd >= end) lineEnd = -1;
    if (nextQuote === -1 || (lineEnd >= 0 && nextQuote > lineEnd)) {
      // An unquoted record: its cells are the line split at commas.
      let stop: number;
      let after: number;
      if (lineEnd < 0) {
        if (!eof) return pos;
        stop = end;
        after = end;
      } else if (eol === Eol.Crlf) {
        if (lineEnd === pos || buf[lineEnd - 1] !== CR) return -1;
        stop = lineEnd - 1;
        after = lineEnd + 1;
      } else {
        stop = lineEnd;
        after = lineEnd + 1;
      }
      if (eol === Eol.Crlf) {
        // A CR anywhere but before the LF would be a line end of another style.
        const cr = buf.indexOf(CR, pos);
        if (cr >= 0 && cr < stop) return -1;
      }
      onRecord(buf.toString("utf8", pos, stop).split(","), state.line);
      state.line++;
      pos = after;
      continue;
    }
    // A record with quotes: byte by byte.
    const r = quotedRecord(buf, pos, end, eof, eol);
    if (r === null) return -1;
    if (r === undefined) return pos;
    onRecord(r.fields, state.line);
    state.line += r.lines;
    pos = r.next;
  }
  return end;
}

/**
 * One record that has a quote, from `pos`: its cells, the line breaks it spans (its own end
 * included) and where the next record starts; undefined if it runs past `end` before `eof`,
 * null to fall back.
 */
function quotedRecord(
  buf: Buffer,
  pos: number,
  end: number,
  eof: boolean,
  eol: Eol,
): { fields: string[]; lines: number; next: number } | null | undefined {
  const fields: string[] = [];
  let lines = 0;
  let p = pos;
  for (;;) {
    // One cell, starting at p.
    if (p < end && buf[p] === QUOTE) {
      let q = p + 1;
      const parts: string[] = [];
      let from = q;
      for (;;) {
        if (q >= end) return eof ? null : undefined;
        const c = buf[q]!;
        if (c === QUOTE) {
          if (q + 1 >= end && !eof) return undefined;
          if (q + 1 < end && buf[q + 1] === QUOTE) {
            parts.push(buf.toString("utf8", from, q + 1));
            q += 2;
            from = q;
            continue;
          }
          break;
        }
        if (c === LF || c === CR) {
          if (eol === Eol.Lf && c === CR) return null;
          if (eol === Eol.Cr && c === LF) return null;
          if (eol === Eol.Crlf) {
            if (c === CR) {
              if (q + 1 >= end) return eof ? null : undefined;
              if (buf[q + 1] !== LF) return null;
              lines++;
              q += 2;
              continue;
            }
            return null; // LF without CR
          }
          lines++;
        }
        q++;
      }
      parts.push(buf.toString("utf8", from, q));
      fields.push(parts.join(""));
      p = q + 1; // past the closing quote
    } else {
      let q = p;
      while (q < end) {
        const c = buf[q]!;
        if (c === COMMA || c === LF || c === CR) break;
        if (c === QUOTE) return null; // a quote inside an unquoted cell
        q++;
      }
      if (q >= end && !eof) return undefined;
      fields.push(buf.toString("utf8", p, q));
      p = q;
    }
    // After a cell: a comma, the record's end, or the end of the file.
    if (p >= end) {
      if (!eof) return undefined;
      return { fields, lines: lines + 1, next: end };
    }
    const c = buf[p]!;
    if (c === COMMA) {
      p++;
      continue;
    }
    if (eol === Eol.Crlf) {
      if (c !== CR) return null;
      if (p + 1 >= end) return eof ? null : undefined;
      if (buf[p + 1] !== LF) return null;
      return { fields, lines: lines + 1, next: p + 2 };
    }
    if ((eol === Eol.Lf && c === LF) || (eol === Eol.Cr && c === CR))
      return { fields, lines: lines + 1, next: p + 1 };
    return null;
  }
}
