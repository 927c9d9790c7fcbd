/**
 * Parsing raw cells: numbers written as text ("10750.00", "-1.5e3"), integer years, keys,
 * and spreadsheet column letters for messages.
 */
import type { Cell } from "./reader.js";

/** A decimal number, optionally signed, with an optional exponent. No thousands separators. */
export const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Whether `text` matches NUMBER, by one scan of its characters (a few times faster than the
 * regular expression on the millions of cells of a large file; cells.test.ts checks that the
 * two agree on random and adversarial texts).
 */
export function isDecimal(text: string): boolean {
  const n = text.length;
  let i = 0;
  let c = text.charCodeAt(0);
  if (c === 0x2b || c === 0x2d) c = text.charCodeAt(++i);
  // \d+\.?\d* or \.\d+
  let digits = 0;
  while (i < n && isDigit(c)) {
    digits++;
    c = text.charCodeAt(++i);
  }
  if (c === 0x2e) {
    c = text.charCodeAt(++i);
    while (i < n && isDigit(c)) {
      digits++;
      c = text.charCodeAt(++i);
    }
  }
  if (digits === 0) return false;
  if (i === n) return true;
  // (?:[eE][+-]?\d+)?
  if (c !== 0x65 && c !== 0x45) return false;
  c = text.charCodeAt(++i);
  if (c === 0x2b || c === 0x2d) c = text.charCodeAt(++i);
  const start = i;
  while (i < n && isDigit(c)) c = text.charCodeAt(++i);
  return i > start && i === n;
}

/** The outcome of parsing a value cell: a number, `null` for an empty cell, or `undefined` if invalid. */
export function parseNumber(cell: Cell): number | null | undefined {
  if (cell === null) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  const text = cell.trim();
  if (text === "") return null;
  if (!isDecimal(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** An integer year, or `undefined` (empty, text, or a fractional number). "2013.0" is 2013. */
export function parseYear(cell: Cell): number | undefined {
  const value = parseNumber(cell);
  return typeof value === "number" && Number.isInteger(value) ? value : undefined;
}

/** A key cell (region, variable) as text: trimmed; numbers as JavaScript prints them. */
export function keyText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "number" ? String(cell) : cell.trim();
}

/** How a cell is shown in a message. */
export function showCell(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "an empty cell";
  return JSON.stringify(cell);
}

/** The spreadsheet letter of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
