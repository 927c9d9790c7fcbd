/**
 * The ingest's fast path for a CSV line without quotes, read from its bytes (csv-fast.ts hands
 * them over as field cuts): the row's region and variable keys found by their bytes
 * (`ByteKeys`), the year from its digits, the value by `decimalOf`, straight into the panel —
 * no strings, no per-row allocation. It takes only a row whose outcome it knows to be the
 * general path's: every key declared, the year a plain integer of the study, the first row for
 * its cell, the value a number or empty, no field past the header. For any other row it
 * changes nothing and says no, and `RowIngest.row` reads the row's text as always (so every
 * issue, count and warning comes from one place). ingest-bytes.test.ts checks that on random
 * and adversarial files: the same panel, bit for bit, and the same issues as csv-parse's path.
 */
import { ByteKeys } from "./byte-keys.js";
import { parseNumber } from "./cells.js";
import { readDecimal } from "./decimal-bytes.js";

/** A row's fields: field i is bytes[cuts[i], cuts[i + 1] − 1); `fields` of them. */
export type BytesRow = (bytes: Buffer, cuts: Int32Array, fields: number, row: number) => boolean;

/** A plain year's study index: 1–9 ASCII digits, the year one of the study's; else -1. */
class YearSlots {
  private readonly first: number;
  private readonly slots: Int32Array;
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

  of(bytes: Uint8Array, start: number, end: number): number {
    if (end <= start || end - start > 9) return -1;
    let y = 0;
    for (let i = start; i < end; i++) {
      const d = bytes[i]! - 0x30;
      if (d < 0 || d > 9) return -1;
      y = y * 10 + d;
    }
    const at = y - this.first;
    return at >= 0 && at < this.slots.length ? this.slots[at]! : -1;
  }
}

/** `cellValue`'s outcomes. */
const NUMBER = 0;
const EMPTY = 1;
const INVALID = 2;

/**
 * A value cell as `parseNumber` reads its text: NUMBER (written to `out[at]`), EMPTY (a missing
 * value) or INVALID (not a number: the row is left to the general path).
 */
function cellValue(
  bytes: Buffer,
  start: number,
  end: number,
  out: Float64Array,
  at: number,
): number {
  if (start === end) return EMPTY;
  if (readDecimal(bytes, start, end, out, at)) return NUMBER;
  const value = parseNumber(bytes.toString("utf8", start, end));
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
  const needed = Math.max(rc, yc, vc, xc);
  const value = new Float64Array(1);
  return (bytes, cuts, fields, row) => {
    if (fields > width || fields <= needed) return false;
    const region = regions.find(bytes, cuts[rc]!, cuts[rc + 1]! - 1);
    if (region < 0) return false;
    const v = variableKeys.find(bytes, cuts[vc]!, cuts[vc + 1]! - 1);
    if (v < 0) return false;
    const y = years.of(bytes, cuts[yc]!, cuts[yc + 1]! - 1);
    if (y < 0) return false;
    const cell = region * nYears + y;
    const variable = variables[v]!;
    if (variable.firstRow[cell] !== 0) return false;
    const kind = cellValue(bytes, cuts[xc]!, cuts[xc + 1]! - 1, value, 0);
    if (kind === INVALID) return false;
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

/** The fast path of a wide-layout row (region, year, one column per variable). */
export function wideBytesRow(t: WideTargets): BytesRow {
  const regions = new ByteKeys(t.regionByKey);
  const years = new YearSlots(t.yearIndex);
  const nYears = t.nYears;
  const { width, region: rc, year: yc, columns, firstRow, regionSeen } = t;
  const needed = Math.max(rc, yc, ...columns.map((c) => c.column));
  const scratch = new Float64Array(columns.length);
  const kinds = new Uint8Array(columns.length);
  return (bytes, cuts, fields, row) => {
    if (fields > width || fields <= needed) return false;
    const region = regions.find(bytes, cuts[rc]!, cuts[rc + 1]! - 1);
    if (region < 0) return false;
    const y = years.of(bytes, cuts[yc]!, cuts[yc + 1]! - 1);
    if (y < 0) return false;
    const cell = region * nYears + y;
    if (firstRow[cell] !== 0) return false;
    for (let j = 0; j < columns.length; j++) {
      const c = columns[j]!.column;
      const kind = cellValue(bytes, cuts[c]!, cuts[c + 1]! - 1, scratch, j);
      if (kind === INVALID) return false;
      kinds[j] = kind;
    }
    regionSeen[region] = 1;
    firstRow[cell] = row;
    for (let j = 0; j < columns.length; j++) {
      if (kinds[j] === NUMBER) columns[j]!.values[cell] = scratch[j]!;
    }
    return true;
  };
}
