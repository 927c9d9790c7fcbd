/**
 * What a data file's bytes must be before they are parsed as CSV: UTF-8 text, no larger than
 * the read limit. `TextGuard` is a pass-through stream placed in front of the parser; it stops
 * the stream at the first problem with an `EncodingProblem` naming the row (and the byte in
 * it), so a file in another encoding is named — UTF-16 or UTF-32 (by its byte-order mark, or
 * by the NUL bytes every other byte of ASCII text becomes), a binary file (a NUL byte), or a
 * legacy encoding such as GBK/GB18030 or Windows-1252 (invalid UTF-8) — instead of being read
 * as garbage and reported as "missing data".
 *
 * UTF-8 is validated as it streams (a sequence split across chunks is carried over), by the
 * byte ranges of RFC 3629 §4 (no overlongs, no surrogates, nothing above U+10FFFF).
 */
import { Transform, type TransformCallback } from "node:stream";
import type { ReadBudget } from "./read-budget.js";

/** The largest data file read for a study (the sum of a source's bytes): 1 GiB. */
export const MAX_DATA_FILE_BYTES = 1024 * 1024 * 1024;

export type EncodingProblemKind =
  | "utf16"
  | "utf32"
  | "binary"
  | "not-utf8"
  | "too-large"
  | "study-too-large";

/** Why a file's bytes cannot be read as UTF-8 text, and where. */
export class EncodingProblem extends Error {
  constructor(
    readonly kind: EncodingProblemKind,
    /** The encoding it looks like ("UTF-16LE", "GBK/GB18030", "Windows-1252"), if any. */
    readonly encoding: string | undefined,
    /** 1-based line of the first bad byte (LF, CRLF or CR end a line). */
    readonly row: number,
    /** 1-based byte of that line. */
    readonly byteInRow: number,
    message: string,
  ) {
    super(message);
  }
}

export class TextGuard extends Transform {
  private total = 0;
  private row = 1;
  private rowStart = 0;
  private prevCR = false;
  /** Bytes of an incomplete UTF-8 sequence at the end of the last chunk. */
  private carry: Buffer = Buffer.alloc(0);
  private first = true;

  constructor(
    private readonly maxBytes = MAX_DATA_FILE_BYTES,
    /** The study's total, counted into when given (a file of unknown size). */
    private readonly budget?: ReadBudget,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    try {
      if (this.first) {
        this.first = false;
        this.checkStart(chunk);
      }
      this.total += chunk.length;
      if (this.total > this.maxBytes) {
        throw new EncodingProblem(
          "too-large",
          undefined,
          this.row,
          1,
          `it is larger than ${formatBytes(this.maxBytes)}, the most ccdc reads for a source`,
        );
      }
      if (this.budget && !this.budget.spend(chunk.length)) {
        throw new EncodingProblem(
          "study-too-large",
          undefined,
          this.row,
          1,
          `the study's sources together are larger than ${formatBytes(this.budget.limit)}, the most ccdc reads for one study`,
        );
      }
      const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
      // Offsets in `bytes` of the stream: `base` is the stream position of bytes[0].
      const base = this.total - bytes.length;
      const end = this.validate(bytes, base);
      this.carry = Buffer.from(bytes.subarray(end));
      cb(null, chunk);
    } catch (e) {
      cb(e as Error);
    }
  }

  override _flush(cb: TransformCallback): void {
    if (this.carry.length > 0) {
      cb(this.notUtf8(this.carry, 0, this.total - this.carry.length));
      return;
    }
    cb();
  }

  /** A byte-order mark of UTF-16/32, or NUL bytes in the first chunk. */
  private checkStart(b: Buffer): void {
    const bom =
      b[0] === 0x00 && b[1] === 0x00 && b[2] === 0xfe && b[3] === 0xff
        ? "UTF-32BE"
        : b[0] === 0xff && b[1] === 0xfe && b[2] === 0x00 && b[3] === 0x00
          ? "UTF-32LE"
          : b[0] === 0xfe && b[1] === 0xff
            ? "UTF-16BE"
            : b[0] === 0xff && b[1] === 0xfe
              ? "UTF-16LE"
              : undefined;
    if (bom)
      throw new EncodingProblem(
        bom.startsWith("UTF-16") ? "utf16" : "utf32",
        bom,
        1,
        1,
        `it is ${bom} text (its byte-order mark says so), not UTF-8`,
      );
    // ASCII text in UTF-16 without a mark: every other byte is NUL.
    const n = Math.min(b.length, 512);
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < n; i++) if (b[i] === 0) i % 2 === 0 ? evenNul++ : oddNul++;
    const half = Math.floor(n / 2);
    if (
      half >= 2 &&
      (oddNul >= half * 0.6 || evenNul >= half * 0.6) &&
      oddNul + evenNul < n * 0.75
    ) {
      const enc = oddNul > evenNul ? "UTF-16LE" : "UTF-16BE";
      throw new EncodingProblem(
        "utf16",
        enc,
        1,
        1,
        `it looks like ${enc} text (every other byte is NUL), not UTF-8`,
      );
    }
  }

  /** Validates bytes[0..]; returns where an incomplete final sequence starts (bytes.length if none). */
  private validate(b: Buffer, base: number): number {
    let i = 0;
    const n = b.length;
    while (i < n) {
      const c = b[i]!;
      if (c < 0x80) {
        if (c === 0x00) {
          throw new EncodingProblem(
            "binary",
            undefined,
            this.row,
            base + i - this.rowStart + 1,
            "it holds a NUL byte: it is a binary file, not text",
          );
        }
        if (c === 0x0a) {
          if (!this.prevCR) this.row++;
          this.rowStart = base + i + 1;
          this.prevCR = false;
        } else if (c === 0x0d) {
          this.row++;
          this.rowStart = base + i + 1;
          this.prevCR = true;
        } else this.prevCR = false;
        i++;
        continue;
      }
      this.prevCR = false;
      const len = sequenceLength(b, i);
      if (len === 0) throw this.notUtf8(b, i, base);
      if (len < 0) return i; // incomplete at the end of the chunk: carried over
      i += len;
    }
    return n;
  }

  private notUtf8(b: Buffer, i: number, base: number): EncodingProblem {
    const enc = guessLegacy(b, i);
    const sample = [...b.subarray(i, i + 4)]
      .map((x) => x.toString(16).toUpperCase().padStart(2, "0"))
      .join(" ");
    return new EncodingProblem(
      "not-utf8",
      enc,
      this.row,
      base + i - this.rowStart + 1,
      `it is not UTF-8: the bytes ${sample} are not a UTF-8 character${enc ? ` (it looks like ${enc})` : ""}`,
    );
  }
}

/**
 * The length of the UTF-8 sequence at b[i] (2–4), 0 if it is invalid, or −1 if it is cut off
 * by the end of `b` and valid so far. Ranges of RFC 3629 §4.
 */
function sequenceLength(b: Buffer, i: number): number {
  const c = b[i]!;
  let len: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) len = 2;
  else if (c >= 0xe0 && c <= 0xef) {
    len = 3;
    if (c === 0xe0) lo = 0xa0;
    if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    len = 4;
    if (c === 0xf0) lo = 0x90;
    if (c === 0xf4) hi = 0x8f;
  } else return 0;
  for (let k = 1; k < len; k++) {
    if (i + k >= b.length) return -1;
    const x = b[i + k]!;
    if (x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf)) return 0;
  }
  return len;
}

/**
 * A guess at the legacy encoding of invalid UTF-8 at b[i]. A GBK/GB18030 character is a lead
 * byte 0x81–0xFE and a trail byte 0x40–0xFE; Chinese text (GB2312's hanzi: both bytes
 * 0xA1–0xFE) has high trail bytes, while a Western single-byte encoding puts a lone high byte
 * (é = 0xE9) before ASCII. So: a high trail byte → GBK, an ASCII one → Windows-1252/Latin-1.
 */
function guessLegacy(b: Buffer, i: number): string | undefined {
  const lead = b[i]!;
  const trail = b[i + 1];
  if (trail === undefined) return undefined;
  if (lead >= 0x81 && lead <= 0xfe && trail >= 0x80 && trail <= 0xfe) return "GBK/GB18030";
  if (lead >= 0x80 && trail < 0x80) return "Windows-1252 or Latin-1";
  return undefined;
}

function formatBytes(n: number): string {
  return n >= 1024 ** 3 && n % 1024 ** 3 === 0
    ? `${n / 1024 ** 3} GiB`
    : n >= 1024 ** 2 && n % 1024 ** 2 === 0
      ? `${n / 1024 ** 2} MiB`
      : `${n} bytes`;
}
