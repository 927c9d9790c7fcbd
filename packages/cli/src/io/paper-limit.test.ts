import type { Result } from "@ccdc/engine";
import { describe, expect, test } from "vitest";
import { PAPER_UNIT_LIMIT, paperLeftOutNote, writesPaperOutputs } from "./paper-limit.js";

const withUnits = (n: number) =>
  ({ units: Array.from({ length: n }, (_, i) => ({ id: `u${i}` })) }) as unknown as Result;

describe("the paper outputs' unit limit", () => {
  test("up to the limit the paper outputs are written, without a note", () => {
    expect(writesPaperOutputs(withUnits(PAPER_UNIT_LIMIT))).toBe(true);
    expect(paperLeftOutNote(withUnits(PAPER_UNIT_LIMIT))).toBeUndefined();
  });

  test("above it they are left out, and the note names what is left out and why", () => {
    const result = withUnits(PAPER_UNIT_LIMIT + 1);
    expect(writesPaperOutputs(result)).toBe(false);
    expect(paperLeftOutNote(result)).toBe(
      "ccdc: note: 1001 units, more than 1000: --out leaves out the figures and the paper files (report.html, report.docx, results.xlsx, weights.csv, filled.csv, descriptive.csv); results.json, the CSV tables and the text reports hold every value\n",
    );
  });
});
