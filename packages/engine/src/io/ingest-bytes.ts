/**
 * The ingest's fast path for a CSV line without quotes, read from its bytes (csv-fast.ts hands
 * over the line): the fields are scanned once, left to right, each by what its column holds —
 * the region and variable keys hashed and found by their bytes (`ByteKeys`), the year read
 * from its digits, the value by `readDecimal` — and the value goes straight into the panel:
 * no strings, no per-row allocation. It takes only a row whose outcome it knows to be the
 * general path's: every key declared, the year a plain integer of the study, the first row for
 * its cell, the value a number or empty, no field past the header. For any other row it
 * changes nothing and says no, and `RowIngest.row` reads the row's text as always (so every
 * issue, count and warning comes from one place). ingest-bytes.test.ts checks that on random
 * and adversarial files: the same panel, bit for bit, and the same issues as csv-parse's path.
 *
 * Every scanner stops at the comma that ends its field or at the line's end, or declines: the
 * bytes it read are then exactly the field csv-parse would give.
 */
import { ByteKeys } from "./byte-keys.js";
import { parseNumber } from "./cells.js";
import { readDecimal } from "./decimal-bytes.js";

/** A line's bytes [start, end), without its line end and without quotes; true if read. */
export type BytesRow = (bytes: Buffer, start: number, end: number, row: number) => boolean;

const COMMA = 0x2c;

/** A plain year's study index: 1–9 ASCII digits, the year one of the study's; else -1. */
class YearSlots {
  private readonly first: number;
  private readonly slots: Int32Array;
  /** Where the last `field` stopped: the comma after the field, or the line's end. */
  fieldEnd = 0;

  /** `yearIndex`: year → study index, the general path's map. */
  constructor(yearIndex: ReadonlyMap<number, number>) {
    const years = [...yearIndex.keys()].filter((y) => Number.isInteger(y) && y >= 0 && y < 1e9);
    this.first = years.length === 0 ? 0 : Math.min(...years);
    const last = years.length === 0 ? -1 : Math.max(...years);
    // A study's years are few and close together; a year past the table is read the general way.
    this.slots = new Int32Array(Math.min(last - this.first + 1, 1 << 16)).fill(-1);
    for (const y of years)
      if (y - this.first < this.slots.length) this.slots[y - this.first] = yearIndex.get(y)!;
  }

  /** The study index of the year in the field from `start` to a comma or `end`, or -1. */
  field(bytes: Uint8Array, start: number, end: number): number {
    let y = 0;
    let i = start;
    for (; i < end; i++) {
      const b = bytes[i]!;
      if (b === COMMA) break;
      const d = b - 0x30;
      if (d < 0 || d > 9 || i - start >= 9) return -1;
      y = y * 10 + d;
    }
    if (i === start) return -1;
    this.fieldEnd = i;
    const at = y - this.first;
    return at >= 0 && at < this.slots.length ? this.slots[at]! : -1;
  }
}

/** The end of the field from `start`: the next comma, or `end`. */
function fieldEnd(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end && bytes[i] !== COMMA) i++;
  return i;
}

/** `cellValue`'s outcomes. */
const NUMBER = 0;
const EMPTY = 1;
const INVALID = 2;
/** Where the last `cellValue` stopped (a small integer: no heap number). */
let valueEnd = 0;

/**
 * The value field from `start` (to a comma or `end`) as `parseNumber` reads its text: NUMBER
 * (written to `out[at]`), EMPTY (a missing value) or INVALID (not a number: the row is left to
 * the general path); its end in `valueEnd`.
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
  const e = fieldEnd(bytes, start, end);
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
  /** The header's width and the layout's columns. */
  width: number;
  region: number;
  year: number;
  variable: number;
  value: number;
}

/** The fast path of a long-layout row (region, year, variable, value). */
export function longBytesRow(t: LongTargets): BytesRow {
  const regions = new ByteKeys(t.regionByKey);
  const variableKeys = new ByteKeys(t.variableByKey);
  const years = new YearSlots(t.yearIndex);
  const nYears = t.nYears;
  const { width, region: rc, year: yc, variable: vc, value: xc, variables, regionSeen } = t;
  const value = new Float64Array(1);
  return (bytes, start, end, row) => {
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
        if (region < 0) return false;
        stop = regions.fieldEnd;
      } else if (field === vc) {
        v = variableKeys.field(bytes, at, end);
        if (v < 0) return false;
        stop = variableKeys.fieldEnd;
      } else if (field === yc) {
        y = years.field(bytes, at, end);
        if (y < 0) return false;
        stop = years.fieldEnd;
      } else if (field === xc) {
        kind = cellValue(bytes, at, end, value, 0);
        if (kind === INVALID) return false;
        stop = valueEnd;
      } else stop = fieldEnd(bytes, at, end);
      if (stop >= end) break;
      at = stop + 1;
    }
    // (A layout column past the row's last field: the general path.)
    if (region < 0 || v < 0 || y < 0 || kind === INVALID) return false;
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
  width: number;
  region: number;
  year: number;
}

/**
 * The fast path of a wide-layout row (region, year, one column per variable); undefined (no
 * fast path) when two variables read one column.
 */
export function wideBytesRow(t: WideTargets): BytesRow | undefined {
  const regions = new ByteKeys(t.regionByKey);
  const years = new YearSlots(t.yearIndex);
  const nYears = t.nYears;
  const { width, region: rc, year: yc, columns, firstRow, regionSeen } = t;
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
      if (r >= 0) {
        const kind = cellValue(bytes, at, end, scratch, r);
        if (kind === INVALID) return false;
        kinds[r] = kind;
        read++;
        stop = valueEnd;
      } else if (r === REGION) {
        region = regions.field(bytes, at, end);
        if (region < 0) return false;
        stop = regions.fieldEnd;
      } else if (r === YEAR) {
        y = years.field(bytes, at, end);
        if (y < 0) return false;
        stop = years.fieldEnd;
      } else stop = fieldEnd(bytes, at, end);
      if (stop >= end) break;
      at = stop + 1;
    }
    if (region < 0 || y < 0 || read < columns.length) return false;
    const cell = region * nYears + y;
    if (firstRow[cell] !== 0) return false;
    regionSeen[region] = 1;
    firstRow[cell] = row;
    for (let j = 0; j < columns.length; j++)
      if (kinds[j] === NUMBER) columns[j]!.values[cell] = scratch[j]!;
    return true;
  };
}
