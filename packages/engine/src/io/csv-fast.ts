/**
 * A fast path for the common CSV: no quote character, LF line ends only (no CR anywhere),
 * valid UTF-8. For such a file csv-parse's records are exactly its lines split at commas, so
 * this reader splits them itself, in blocks, without csv-parse's per-byte state machine and
 * stream plumbing (most of a 2.4 M-row file's CPU time). Any other file — quotes, CR or CRLF
 * line ends, other encodings, unreadable — is declined before a single record reaches the
 * sink, and csv-reader.ts (csv-parse) reads it as always.
 *
 * The records go to the same `RowSink` with the same row numbers and the same D0107 for a
 * non-empty field past the header, so the outcome is the general path's; csv-fast.test.ts
 * checks that on random and adversarial files (every file the fast path accepts gives the same
 * sink calls and issues as csv-parse).
 */
import { isUtf8 } from "node:buffer";
import { closeSync, openSync, readSync } from "node:fs";
import { type EngineIssue, error } from "../issues.js";
import { columnLetter } from "./cells.js";
import type { RowSink } from "./csv-reader.js";
import type { TableRequest } from "./reader.js";

/** Bytes read at a time. */
const BLOCK = 1 << 20;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** The fast path's outcome: declined (nothing was sent to the sink), or read like streamCsv. */
export type FastCsvOutcome =
  | { accepted: false }
  | { accepted: true; errors: EngineIssue[] | undefined };

/**
 * Reads `request.path` into `sink` if it is a quote-free, CR-free UTF-8 file (first pass: a
 * byte scan); else declines. `block` is the read size (small in tests, to cut lines and
 * characters across blocks).
 */
export function streamCsvFileFast(
  request: Pick<TableRequest, "path" | "file" | "pointer">,
  sink: RowSink,
  block = BLOCK,
): FastCsvOutcome {
  let fd: number;
  try {
    fd = openSync(request.path, "r");
  } catch {
    return { accepted: false };
  }
  try {
    if (!qualifies(fd, block)) return { accepted: false };
    return { accepted: true, errors: parse(fd, block, request, sink) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Calls `each` with the file's text in pieces that end at a line end (or the file's end), the
 * UTF-8 byte-order mark dropped; false (stop) if a piece is not UTF-8 or `each` says so.
 */
function eachPiece(fd: number, block: number, each: (bytes: Buffer) => boolean): boolean {
  let buf = Buffer.allocUnsafe(block);
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

/** First pass: no quote, no CR, valid UTF-8. */
function qualifies(fd: number, block: number): boolean {
  return eachPiece(fd, block, (bytes) => bytes.indexOf(QUOTE) < 0 && bytes.indexOf(CR) < 0);
}

/** Second pass: the records, as streamCsv gives them to the sink. */
function parse(
  fd: number,
  block: number,
  request: Pick<TableRequest, "file" | "pointer">,
  sink: RowSink,
): EngineIssue[] | undefined {
  let line = 0;
  let header = false;
  let width = 0;
  let issue: EngineIssue | undefined;
  eachPiece(fd, block, (bytes) => {
    const text = bytes.toString("utf8");
    const end = text.length;
    let pos = 0;
    while (pos < end) {
      let nl = text.indexOf("\n", pos);
      if (nl < 0) nl = end;
      line++;
      // The fields of the line, blank ones (as String#trim sees them) as null.
      const row: (string | null)[] = [];
      let blank = true;
      for (;;) {
        let comma = text.indexOf(",", pos);
        if (comma < 0 || comma > nl) comma = nl;
        const cell = text.slice(pos, comma);
        if (isBlank(cell)) row.push(null);
        else {
          row.push(cell);
          blank = false;
        }
        pos = comma + 1;
        if (comma === nl) break;
      }
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
          issue = extraField(request, line, row, width, extra);
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
  return error(
    "D0107",
    `${request.file}, row ${line}: ${fields.length} fields but the header has ${width}; column ${columnLetter(extra)} ("${fields[extra]?.trim()}") has no header`,
    {
      file: request.file,
      row: line,
      column: columnLetter(extra),
      ...(request.pointer !== undefined ? { pointer: request.pointer } : {}),
      hint: 'a value with a comma in it must be quoted ("2,155"), or written without the thousands separator (2155)',
    },
  );
}
