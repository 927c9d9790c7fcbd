/**
 * The ingest's fast path for a CSV line, read from its bytes (csv-fast.ts hands over every
 * line of a file whose quotes it has found well formed): the fields are scanned once, left to
 * right, each by what its column holds — the region and variable keys hashed and found by
 * their bytes (`ByteKeys`), the year read from its digits, the value by `readDecimal` — and
 * the value goes straight into the panel: no strings, no per-row allocation. Two kinds of row
 * are taken, those whose outcome is known to be the general path's:
 *
 * - a row read: every key declared, the year a plain integer of the study, the first row for
 *   its cell, the value a number or empty;
 * - a row not read (as early as possible: the rest of the line is only counted, never
 *   parsed): a region key no region has, or (long layout) a variable key no variable of the
 *   source has, or a plain integer year outside the study — reported to `SkippedRows` with
 *   the key's text (decoded once per distinct key) as the general path reports it. A row the
 *   study does not read has no other cell checked there either (ingest.ts), so a malformed
 *   value or year in it is, on both paths, no error.
 *
 * and neither has a field past the header or a quoted key, year or value. For any other row
 * it changes nothing and says no, and `RowIngest.row` reads the row's text as always (so every
 * issue, count and warning comes from one place). ingest-bytes.test.ts checks that on random
 * and adversarial files: the same panel, bit for bit, and the same issues as csv-parse's path.
 *
 * Every scanner stops at the comma that ends its field or at the line's end, or declines: the
 * bytes it read are then exactly the field csv-parse would give. A field that starts with a
 * quote is a whole quoted field (csv-fast.ts's first pass checked it), skipped to its closing
 * quote; the quotes are around other columns (a source note with a comma) in practice.
 */
import { ByteKeys, NOT_FOUND } from "./byte-keys.js";
import { parseNumber } from "./cells.js";
import { readDecimal } from "./decimal-bytes.js";

/** A line's bytes [start, end), without its line end; true if read. */
export type BytesRow = (bytes: Buffer, start: number, end: number, row: number) => boolean;

/** What the general path does with a row the study does not read (RowIngest's bookkeeping). */
export interface SkippedRows {
  /** A row whose region key, or (long layout) variable key, the study does not declare. */
  unknownKey(kind: "region" | "variable", key: string, row: number): void;
  /**
   * `unknownKey` for a key already reported with a row before: what `unknownKey` does but
   * its check for a near miss (W0102), which only the key's first row can give.
   */
  unknownKeyAgain(kind: "region" | "variable", key: string): void;
  /** A row whose year is an integer outside the study. */
  yearOutside(year: number): void;
}

const COMMA = 0x2c;
const QUOTE = 0x22;

/** A scanner's "not taken": the row goes to the general path. */
const DECLINE = -1;
/** `YearSlots.field`: a plain integer year that is not one of the study's. */
const OUTSIDE = -2;

/** A plain year's study index: 1–9 ASCII digits, the year one of the study's; else -1. */
class YearSlots {
  private readonly first: number;
  private readonly last: number;
  private readonly slots: Int32Array;
  /** Where the last `field` stopped: the comma after the field, or the line's end. */
  fieldEnd = 0;
  /** The last `field`'s year when OUTSIDE. */
  year = 0;

  /** `yearIndex`: year → study index, the general path's map. */
  constructor(yearIndex: ReadonlyMap<number, number>) {
    const years = [...yearIndex.keys()].filter((y) => Number.isInteger(y) && y >= 0 && y < 1e9);
    this.first = years.length === 0 ? 0 : Math.min(...years);
    this.last = years.length === 0 ? -1 : Math.max(...years);
    // A study's years are few and close together; a year past the table is read the general way.
    this.slots = new Int32Array(Math.min(this.last - this.first + 1, 1 << 16)).fill(-1);
    for (const y of years)
      if (y - this.first < this.slots.length) this.slots[y - this.first] = yearIndex.get(y)!;
  }

  /**
   * The study index of the year in the field from `start` to a comma or `end`; OUTSIDE (the
   * year in `year`) for a plain integer year the study does not have; else DECLINE.
   */
  field(bytes: Uint8Array, start: number, end: number): number {
    let y = 0;
    let i = start;
    for (; i < end; i++) {
      const b = bytes[i]!;
      if (b === COMMA) break;
      const d = b - 0x30;
      if (d < 0 || d > 9 || i - start >= 9) return DECLINE;
      y = y * 10 + d;
    }
    if (i === start) return DECLINE;
    this.fieldEnd = i;
    const at = y - this.first;
    if (at >= 0 && at < this.slots.length) {
      const index = this.slots[at]!;
      if (index >= 0) return index;
    } else if (at >= 0 && y <= this.last) return DECLINE; // (past the table: the general way)
    this.year = y;
    return OUTSIDE;
  }
}

/**
 * A key column: the declared keys by their bytes, and the texts of the cells found to match
 * none of them (by the general path's rule: a cell's trimmed text, not a declared key).
 */
class KeyColumn {
  private readonly keys: ByteKeys;
  private readonly unknown: string[] = [];
  /** Where the last `field` stopped: the comma after the field, or the line's end. */
  fieldEnd = 0;

  constructor(private readonly declared: ReadonlyMap<string, number>) {
    this.keys = new ByteKeys(declared);
  }

  /**
   * The field from `start` to a comma or `end`: its declared key's number (≥ 0); a number
   * ≤ -2 for a key the study does not declare (its text: `text`); or DECLINE: a blank or
   * quoted cell, a cell whose trimmed text is a declared key, or too many distinct keys.
   */
  field(bytes: Buffer, start: number, end: number): number {
    const found = this.keys.field(bytes, start, end);
    const stop = this.keys.fieldEnd;
    this.fieldEnd = stop;
    if (found !== NOT_FOUND) return found;
    // A cell not seen before: its text as RowIngest gets it (decoded, then keyText's trim).
    if (stop === start || bytes[start] === QUOTE) return DECLINE;
    const text = bytes.toString("utf8", start, stop).trim();
    if (text === "" || this.declared.has(text)) return DECLINE;
    const code = -2 - this.unknown.length;
    if (!this.keys.addLast(bytes, start, code)) return DECLINE;
    this.unknown.push(text);
    return code;
  }

  /** Per unknown key, whether a row of it went to `SkippedRows.unknownKey`. */
  private readonly reported: boolean[] = [];

  /** Reports a row of the unknown key `code` (≤ -2) to `skipped`, as `RowIngest.row` would. */
  report(skipped: SkippedRows, kind: "region" | "variable", code: number, row: number): void {
    const i = -2 - code;
    if (this.reported[i]) skipped.unknownKeyAgain(kind, this.unknown[i]!);
    else {
      this.reported[i] = true;
      skipped.unknownKey(kind, this.unknown[i]!, row);
    }
  }

  /** The text of an unknown key's number (≤ -2). */
  text(code: number): string {
    return this.unknown[-2 - code]!;
  }
}

/**
 * The end of the field from `start` (the comma after it, or `end`) without reading it; a
 * quoted field (well formed: csv-fast.ts's first pass) to its closing quote; DECLINE if a
 * quote is not closed on the line. Searched natively: a byte loop in V8's interpreter costs
 * about a hundred instructions a byte, and a short run is over before it is optimised.
 */
function skipField(bytes: Buffer, start: number, end: number): number {
  if (start >= end) return end;
  if (bytes[start] === QUOTE) {
    let q = start + 1;
    for (;;) {
      q = bytes.indexOf(QUOTE, q);
      if (q < 0 || q >= end) return DECLINE;
      if (q + 1 < end && bytes[q + 1] === QUOTE) q += 2;
      else return q + 1;
    }
  }
  const comma = bytes.indexOf(COMMA, start);
  return comma < 0 || comma > end ? end : comma;
}

/** `cellValue`'s outcomes. */
const NUMBER = 0;
const EMPTY = 1;
const INVALID = 2;
/** Where the last `cellValue` stopped (a small integer: no heap number). */
let valueEnd = 0;

/**
 * The value field from `start` (to a comma or `end`) as `parseNumber` reads its text: NUMBER
 * (written to `out[at]`), EMPTY (a missing value) or INVALID (not a number, or quoted: the row
 * is left to the general path); its end in `valueEnd`.
 */
function cellValue(
  bytes: Buffer,
  start: number,
  end: number,
  out: Float64Array,
  at: number,
): number {
  const stop = readDecimal(bytes, start, end, out, at);
  if (stop >= 0) {
    valueEnd = stop;
    return NUMBER;
  }
  if (start < end && bytes[start] === QUOTE) return INVALID;
  let e = start;
  while (e < end && bytes[e] !== COMMA) e++;
  valueEnd = e;
  if (e === start) return EMPTY;
  const value = parseNumber(bytes.toString("utf8", start, e));
  if (value === undefined) return INVALID;
  if (value === null) return EMPTY;
  out[at] = value;
  return NUMBER;
}

/** What a long-layout source's fast path writes to: RowIngest's own arrays, shared. */
export interface LongTargets {
  regionByKey: ReadonlyMap<string, number>;
  /** Variable key → position in `variables`. */
  variableByKey: ReadonlyMap<string, number>;
  variables: readonly { firstRow: Int32Array; values: Float64Array }[];
  yearIndex: ReadonlyMap<number, number>;
  nYears: number;
  regionSeen: Uint8Array;
  skipped: SkippedRows;
  /** The header's width and the layout's columns. */
  width: number;
  region: number;
  year: number;
  variable: number;
  value: number;
}

/** The fast path of a long-layout row (region, year, variable, value). */
export function longBytesRow(t: LongTargets): BytesRow {
  const regions = new KeyColumn(t.regionByKey);
  const variableKeys = new KeyColumn(t.variableByKey);
  const years = new YearSlots(t.yearIndex);
  const nYears = t.nYears;
  const { width, region: rc, year: yc, variable: vc, value: xc, variables, regionSeen } = t;
  const skipped = t.skipped;
  const value = new Float64Array(1);
  return (bytes, start, end, row) => {
    // Each -1 until its field is read (a key ≤ -2: unknown; the year OUTSIDE). A field the
    // general path would not look at, for what an earlier one in its order says, is skipped.
    let region = -1;
    let v = -1;
    let y = -1;
    let kind = INVALID;
    for (let field = 0, at = start; ; field++) {
      // A field past the header's last column: the general path says whether it is empty.
      if (field >= width) return false;
      let stop: number;
      if (field === rc) {
        region = regions.field(bytes, at, end);
        if (region === DECLINE) return false;
        stop = regions.fieldEnd;
      } else if (field === vc && region >= -1) {
        v = variableKeys.field(bytes, at, end);
        if (v === DECLINE) return false;
        stop = variableKeys.fieldEnd;
      } else if (field === yc && region >= -1 && v >= -1) {
        y = years.field(bytes, at, end);
        if (y === DECLINE) return false;
        stop = years.fieldEnd;
      } else if (field === xc && region >= -1 && v >= -1 && y !== OUTSIDE) {
        kind = cellValue(bytes, at, end, value, 0);
        if (kind === INVALID) return false;
        stop = valueEnd;
      } else {
        stop = skipField(bytes, at, end);
        if (stop === DECLINE) return false;
      }
      if (stop >= end) break;
      at = stop + 1;
    }
    // In the general path's order: the region, the variable, the year, then the cell.
    // (A layout column past the row's last field: the general path.)
    if (region === -1) return false;
    if (region < 0) {
      regions.report(skipped, "region", region, row);
      return true;
    }
    if (v === -1) return false;
    if (v < 0) {
      regionSeen[region] = 1;
      variableKeys.report(skipped, "variable", v, row);
      return true;
    }
    if (y === -1) return false;
    if (y === OUTSIDE) {
      regionSeen[region] = 1;
      skipped.yearOutside(years.year);
      return true;
    }
    if (kind === INVALID) return false;
    const cell = region * nYears + y;
    const variable = variables[v]!;
    if (variable.firstRow[cell] !== 0) return false;
    regionSeen[region] = 1;
    variable.firstRow[cell] = row;
    if (kind === NUMBER) variable.values[cell] = value[0]!;
    return true;
  };
}

/** What a wide-layout source's fast path writes to. */
export interface WideTargets {
  regionByKey: ReadonlyMap<string, number>;
  /** Per variable read: its column and its panel values. */
  columns: readonly { column: number; values: Float64Array }[];
  firstRow: Int32Array;
  yearIndex: ReadonlyMap<number, number>;
  nYears: number;
  regionSeen: Uint8Array;
  skipped: SkippedRows;
  width: number;
  region: number;
  year: number;
}

/**
 * The fast path of a wide-layout row (region, year, one column per variable); undefined (no
 * fast path) when two variables read one column.
 */
export function wideBytesRow(t: WideTargets): BytesRow | undefined {
  const regions = new KeyColumn(t.regionByKey);
  const years = new YearSlots(t.yearIndex);
  const nYears = t.nYears;
  const { width, region: rc, year: yc, columns, firstRow, regionSeen } = t;
  const skipped = t.skipped;
  // What each field holds: REGION, YEAR, the position of its variable in `columns`, or SKIP.
  const SKIP = -1;
  const REGION = -2;
  const YEAR = -3;
  const role = new Int32Array(width).fill(SKIP);
  for (const [j, { column }] of columns.entries()) {
    if (column >= width || role[column] !== SKIP) return undefined;
    role[column] = j;
  }
  if (rc >= width || yc >= width || role[rc] !== SKIP || role[yc] !== SKIP || rc === yc)
    return undefined;
  role[rc] = REGION;
  role[yc] = YEAR;
  const scratch = new Float64Array(columns.length);
  const kinds = new Uint8Array(columns.length);
  return (bytes, start, end, row) => {
    let region = -1;
    let y = -1;
    let read = 0;
    for (let field = 0, at = start; ; field++) {
      if (field >= width) return false;
      const r = role[field]!;
      let stop: number;
      if (r === REGION) {
        region = regions.field(bytes, at, end);
        if (region === DECLINE) return false;
        stop = regions.fieldEnd;
      } else if (r === YEAR && region >= -1) {
        y = years.field(bytes, at, end);
        if (y === DECLINE) return false;
        stop = years.fieldEnd;
      } else if (r >= 0 && region >= -1 && y !== OUTSIDE) {
        const kind = cellValue(bytes, at, end, scratch, r);
        if (kind === INVALID) return false;
        kinds[r] = kind;
        read++;
        stop = valueEnd;
      } else {
        stop = skipField(bytes, at, end);
        if (stop === DECLINE) return false;
      }
      if (stop >= end) break;
      at = stop + 1;
    }
    if (region === -1) return false;
    if (region < 0) {
      regions.report(skipped, "region", region, row);
      return true;
    }
    if (y === -1) return false;
    if (y === OUTSIDE) {
      regionSeen[region] = 1;
      skipped.yearOutside(years.year);
      return true;
    }
    if (read < columns.length) return false;
    const cell = region * nYears + y;
    if (firstRow[cell] !== 0) return false;
    regionSeen[region] = 1;
    firstRow[cell] = row;
    for (let j = 0; j < columns.length; j++)
      if (kinds[j] === NUMBER) columns[j]!.values[cell] = scratch[j]!;
    return true;
  };
}
