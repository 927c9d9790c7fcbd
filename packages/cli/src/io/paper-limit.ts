/**
 * The paper outputs of `--out` — the figures, results.xlsx, report.docx, report.html and the
 * small paper CSVs (weights, filled, descriptive) — lay every unit out in a table row or a
 * drawn line. Above `PAPER_UNIT_LIMIT` units they are unreadable and cost minutes and
 * gigabytes (a 30,000-unit Word table, a figure of 30,000 lines), so `--out` leaves them out
 * and says so on stderr; the data files (results.json, the CSV tables) and the text reports
 * hold every value at any size.
 */
import type { Result } from "@ccdc/engine";

/** The most units for which `--out` writes the paper outputs. */
export const PAPER_UNIT_LIMIT = 1000;

/** True if `--out` writes the paper outputs for this result. */
export const writesPaperOutputs = (result: Result): boolean =>
  result.units.length <= PAPER_UNIT_LIMIT;

/** The stderr note for a result whose paper outputs are left out, else undefined. */
export function paperLeftOutNote(result: Result): string | undefined {
  if (writesPaperOutputs(result)) return undefined;
  return `ccdc: note: ${result.units.length} units, more than ${PAPER_UNIT_LIMIT}: --out leaves out the figures and the paper files (report.html, report.docx, results.xlsx, weights.csv, filled.csv, descriptive.csv); results.json, the CSV tables and the text reports hold every value\n`;
}
