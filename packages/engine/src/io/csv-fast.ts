/**
 * A fast path for the common CSV: valid UTF-8; one line end style throughout, LF or CRLF (no
 * other CR); quotes only around whole fields that end on their own line ("a, b", "say ""hi""").
 * For such a file csv-parse's records are exactly its lines split at the commas outside
 * quotes, so this reader splits them itself, in blocks, without csv-parse's per-byte state
 * machine and stream plumbing (most of a 2.4 M-row file's CPU time). Any other file — a quoted
 * line break, a stray quote, mixed or CR line ends, another encoding, unreadable — is declined
 * by a first pass over the bytes, before a single record reaches the sink, and csv-reader.ts
 * (csv-parse) reads it as always.
 *
 * The records go to the same `RowSink` with the same row numbers and the same D0107 for a
 * non-empty field past the header, so the outcome is the general path's; csv-fast.test.ts
 * checks that on random and adversarial files (every file the fast path accepts gives the same
 * sink calls and issues as csv-parse). A sink that reads bytes (`RowSink.bytesRow`: RowIngest,
 * through ingest-bytes.ts) is offered each data line first, as bytes (its quotes, if any,
 * checked by the first pass), and the line's cells are made only if it declines the line.
 */
import { isUtf8 } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import type { EngineIssue } from "../issues.js";
import * as msg from "../messages/index.js";
import { columnLetter } from "./cells.js";
import type { RowSink } from "./csv-reader.js";
import type { TableRequest } from "./reader.js";
import { MAX_DATA_FILE_BYTES } from "./text-guard.js";

/** Bytes read at a time. */
const BLOCK = 1 << 20;
const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/** The fast path's outcome: declined (nothing was sent to the sink), or read like streamCsv. */
export type FastCsvOutcome =
  | { accepted: false }
  | { accepted: true; errors: EngineIssue[] | undefined };

/**
 * Reads `request.path` into `sink` if it has the simple shape above (first pass: a byte scan);
 * else declines. `block` is the read size (small in tests, to cut lines and
 * characters across blocks).
 */
export async function streamCsvFileFast(
  request: Pick<TableRequest, "path" | "file" | "pointer">,
  sink: RowSink,
  block = BLOCK,
): Promise<FastCsvOutcome> {
  let fd: number;
  try {
    // Non-blocking, so that a FIFO does not hold the process here; only a regular file is read.
    fd = openSync(request.path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return { accepted: false };
  }
  try {
    // Only a regular file within the read limit (text-guard.ts reports a larger one).
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > MAX_DATA_FILE_BYTES) return { accepted: false };
    const ends = await lineEnds(fd, block);
    if (ends === undefined) return { accepted: false };
    return { accepted: true, errors: await parse(fd, block, ends === "crlf", request, sink) };
  } finally {
    closeSync(fd);
  }
}

/** Bytes read between two returns to the event loop (so that a signal is handled meanwhile). */
const YIELD_EVERY = 16 << 20;

/**
 * Calls `each` with the file's text in pieces that end at a line end (or the file's end), the
 * UTF-8 byte-order mark dropped; false (stop) if a piece is not UTF-8 or `each` says so.
 */
async function eachPiece(
  fd: number,
  block: number,
  each: (bytes: Buffer) => boolean,
): Promise<boolean> {
  let buf = Buffer.allocUnsafe(block);
  let sinceYield = 0;
  let have = 0; // bytes in buf: the unfinished line carried over, then what was just read
  let position = 0;
  let skip = -1; // bytes to skip at the file's start (3 for a BOM); -1 until known
  const piece = (bytes: Buffer): boolean => isUtf8(bytes) && each(bytes);
  for (;;) {
    if (have === buf.length) {
      // A line longer than the buffer: grow it.
      const bigger = Buffer.allocUnsafe(buf.length * 2);
      buf.copy(bigger, 0, 0, have);
      buf = bigger;
    }
    const n = readSync(fd, buf, have, buf.length - have, position);
    position += n;
    sinceYield += n;
    if (sinceYield >= YIELD_EVERY) {
      sinceYield = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
    have += n;
    if (skip < 0) {
      if (have < 3 && n > 0) continue;
      skip = have >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    }
    if (n === 0) return have > skip ? piece(buf.subarray(skip, have)) : true;
    const cut = buf.lastIndexOf(LF, have - 1);
    if (cut < skip) continue;
    if (!piece(buf.subarray(skip, cut + 1))) return false;
    skip = 0;
    buf.copy(buf, 0, cut + 1, have);
    have -= cut + 1;
  }
}

/**
 * First pass: the file's line ends, "lf" or "crlf" (every CR part of a CRLF, every LF of one),
 * or undefined to decline: invalid UTF-8, line ends of both styles or a lone CR, a quote that
 * is not around a whole field closed on its line.
 */
async function lineEnds(fd: number, block: number): Promise<"lf" | "crlf" | undefined> {
  let style: "lf" | "crlf" | undefined;
  const ok = await eachPiece(fd, block, (bytes) => {
    // A NUL byte: text-guard.ts names the file's encoding (UTF-16/32, binary).
    if (bytes.indexOf(0) >= 0) return false;
    const cr = bytes.indexOf(CR);
    if (cr >= 0) {
      // Every CR is followed by an LF and every LF preceded by a CR.
      for (let i = cr; i >= 0; i = bytes.indexOf(CR, i + 1)) if (bytes[i + 1] !== LF) return false;
      for (let i = bytes.indexOf(LF); i >= 0; i = bytes.indexOf(LF, i + 1))
        if (bytes[i - 1] !== CR) return false;
      if (style === "lf") return false;
      style = "crlf";
    } else if (bytes.indexOf(LF) >= 0) {
      if (style === "crlf") return false;
      style = "lf";
    }
    for (let q = bytes.indexOf(QUOTE); q >= 0; ) {
      const start = bytes.lastIndexOf(LF, q) + 1;
      let end = bytes.indexOf(LF, q);
      if (end < 0) end = bytes.length;
      const contentEnd = end > start && bytes[end - 1] === CR ? end - 1 : end;
      if (!quotesWellFormed(bytes, start, contentEnd)) return false;
      q = bytes.indexOf(QUOTE, end);
    }
    return true;
  });
  return ok ? (style ?? "lf") : undefined;
}

/**
 * Whether every quote in the line `bytes[start, end)` belongs to a field that starts with a
 * quote and ends with the matching one right before a comma or the line's end, with quotes
 * inside it doubled: the fields csv-parse reads without error and without crossing lines.
 * Searched natively quote to quote (a line's unquoted fields hold no quote, so they need no
 * look): a byte loop in V8's interpreter costs about a hundred instructions a byte, and a
 * command is over before such a loop is optimised.
 */
function quotesWellFormed(bytes: Buffer, start: number, end: number): boolean {
  let from = start;
  for (;;) {
    const open = bytes.indexOf(QUOTE, from);
    if (open < 0 || open >= end) return true;
    // The quote must start a field: the line's first byte, or right after a comma.
    if (open !== start && bytes[open - 1] !== COMMA) return false;
    let close = open + 1;
    for (;;) {
      close = bytes.indexOf(QUOTE, close);
      if (close < 0 || close >= end) return false;
      if (close + 1 < end && bytes[close + 1] === QUOTE) close += 2;
      else break;
    }
    // The closing quote ends the field: the line's end, or a comma.
    if (close + 1 === end) return true;
    if (bytes[close + 1] !== COMMA) return false;
    from = close + 2;
  }
}

/**
 * Second pass: the records, as streamCsv gives them to the sink. The fields are cut from the
 * bytes, never from a decoded block (a block's string would be garbage in V8's large-object
 * space until the next full collection): a short ASCII cell — a key, a year — is looked up
 * in a table of the texts seen (`CellTexts`), any other is decoded on its own. Commas and line
 * ends are ASCII, so a cell's bytes decode to exactly the text the general path slices from
 * the decoded file. A line with a quote is decoded and split as text (`splitQuoted`). The row
 * array is reused from line to line: a sink must not keep it (RowIngest does not).
 */
async function parse(
  fd: number,
  block: number,
  crlf: boolean,
  request: Pick<TableRequest, "file" | "pointer">,
  sink: RowSink,
): Promise<EngineIssue[] | undefined> {
  let line = 0;
  let header = false;
  let width = 0;
  let issue: EngineIssue | undefined;
  const texts = new CellTexts();
  const row: (string | null)[] = [];
  await eachPiece(fd, block, (bytes) => {
    const end = bytes.length;
    let pos = 0;
    let nextQuote = bytes.indexOf(QUOTE);
    while (pos < end) {
      let next = bytes.indexOf(LF, pos);
      if (next < 0) next = end;
      const nl = crlf && next > pos && bytes[next - 1] === CR ? next - 1 : next;
      line++;
      // A sink that reads bytes (RowIngest) is offered the line first.
      if (header && sink.bytesRow?.(bytes, pos, nl, line) === true) {
        pos = next + 1;
        continue;
      }
      // The next quote in the piece, searched again only once passed (not once per line).
      if (nextQuote >= 0 && nextQuote < pos) nextQuote = bytes.indexOf(QUOTE, pos);
      // The fields of the line, blank ones (as String#trim sees them) as null.
      let fields = 0;
      let blank = true;
      if (nextQuote >= 0 && nextQuote < nl) {
        for (const cell of splitQuoted(bytes.toString("utf8", pos, nl))) {
          const empty = isBlank(cell);
          row[fields++] = empty ? null : cell;
          if (!empty) blank = false;
        }
      } else {
        for (let at = pos; ; ) {
          let comma = at;
          while (comma < nl && bytes[comma] !== COMMA) comma++;
          const cell = texts.of(bytes, at, comma, fields);
          const empty = isBlank(cell);
          row[fields++] = empty ? null : cell;
          if (!empty) blank = false;
          at = comma + 1;
          if (comma >= nl) break;
        }
      }
      if (row.length !== fields) row.length = fields;
      pos = next + 1;
      if (blank) continue;
      if (!header) {
        header = true;
        width = row.length;
        sink.header(
          row.map((c) => (c === null ? "" : c.trim())),
          line,
        );
        continue;
      }
      if (row.length > width) {
        const extra = row.findIndex((c, i) => i >= width && c !== null);
        if (extra >= 0) {
          issue = extraField(request, line, [...row], width, extra);
          return false;
        }
      }
      sink.row(row, line);
    }
    return true;
  });
  if (issue !== undefined) return [issue];
  if (!header) sink.header([], 1);
  return undefined;
}

/**
 * The fields of a line (without its line end) that has a quote, split at the commas outside
 * quotes; a quoted field (checked well formed by the first pass) unquoted, its doubled quotes
 * single.
 */
function splitQuoted(text: string): string[] {
  const nl = text.length;
  const cells: string[] = [];
  let pos = 0;
  for (;;) {
    let cell: string;
    let comma: number;
    if (text.charCodeAt(pos) === QUOTE) {
      cell = "";
      let from = pos + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        cell += text.slice(from, q);
        if (text.charCodeAt(q + 1) === QUOTE && q + 1 < nl) {
          cell += '"';
          from = q + 2;
        } else {
          comma = q + 1;
          break;
        }
      }
    } else {
      comma = text.indexOf(",", pos);
      if (comma < 0 || comma > nl) comma = nl;
      cell = text.slice(pos, comma);
    }
    cells.push(cell);
    pos = comma + 1;
    if (comma >= nl) return cells;
  }
}

/**
 * The text of ASCII bytes: Buffer's own latin1Slice (what toString("latin1") calls after
 * checking its arguments; not in Node's typings), else toString.
 */
const latin1: (bytes: Buffer, start: number, end: number) => string =
  typeof (Buffer.prototype as { latin1Slice?: unknown }).latin1Slice === "function"
    ? (bytes, start, end) =>
        (bytes as Buffer & { latin1Slice(s: number, e: number): string }).latin1Slice(start, end)
    : (bytes, start, end) => bytes.toString("latin1", start, end);

/** Cells up to this many bytes are looked up in the table of texts. */
const SHORT = 12;
/** Slots of the table (a power of two); it is filled to half at most, then short cells are decoded too. */
const SLOTS = 1 << 16;

/** Whether the ASCII string `text` has exactly the bytes [start, start + text.length). */
function sameText(text: string, bytes: Buffer, start: number): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== bytes[start + i]) return false;
  return true;
}

/**
 * The text of a cell's bytes, allocating as little as possible: the same string for the same
 * short ASCII bytes (a key or a year repeats on many rows; an open-addressing table keyed by a
 * hash of the bytes, each hit checked byte by byte), and for a longer cell the previous row's
 * string in that column when the bytes are the same (a long region name on consecutive rows).
 * Anything else is decoded: latin1 for ASCII (the same text, faster), else UTF-8. Only ASCII
 * texts are kept, a code unit per byte, so comparing them with bytes is exact.
 */
class CellTexts {
  private readonly table: (string | undefined)[] = new Array(SLOTS).fill(undefined);
  private stored = 0;
  private readonly previous: string[] = [];

  of(bytes: Buffer, start: number, end: number, column: number): string {
    const n = end - start;
    if (n === 0) return "";
    let ascii = true;
    if (n <= SHORT) {
      let h = n; // FNV-1a over the bytes
      for (let i = start; i < end; i++) {
        const b = bytes[i]!;
        if (b >= 0x80) ascii = false;
        h = Math.imul(h ^ b, 0x01000193);
      }
      if (!ascii) return bytes.toString("utf8", start, end);
      for (let slot = h & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
        const t = this.table[slot];
        if (t === undefined) {
          const text = latin1(bytes, start, end);
          if (this.stored < SLOTS / 2) {
            this.table[slot] = text;
            this.stored++;
          }
          return text;
        }
        if (t.length === n && sameText(t, bytes, start)) return t;
      }
    }
    const last = this.previous[column];
    if (last !== undefined && last.length === n && sameText(last, bytes, start)) return last;
    for (let i = start; i < end; i++) {
      if (bytes[i]! >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (!ascii) return bytes.toString("utf8", start, end);
    const text = latin1(bytes, start, end);
    this.previous[column] = text;
    return text;
  }
}

/** Whether `String#trim` leaves nothing of `cell` (a printable ASCII first character: no). */
function isBlank(cell: string): boolean {
  if (cell.length === 0) return true;
  const c = cell.charCodeAt(0);
  if (c > 0x20 && c < 0x7f) return false;
  return cell.trim() === "";
}

/** The D0107 of csv-reader.ts for a non-empty field past the header's last column. */
function extraField(
  request: Pick<TableRequest, "file" | "pointer">,
  line: number,
  fields: readonly (string | null)[],
  width: number,
  extra: number,
): EngineIssue {
  return msg.fieldWithoutHeader(
    request,
    line,
    fields.length,
    width,
    columnLetter(extra),
    fields[extra]?.trim(),
  );
}
