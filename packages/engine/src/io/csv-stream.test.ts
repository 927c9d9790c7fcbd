import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv, streamCsvRecords } from "./csv-reader.js";

const dir = mkdtempSync(join(tmpdir(), "ccdc-stream-"));
let n = 0;

/** Streams `text` with the given chunk size: records (cells, line) or "fallback". */
async function stream(text: string, chunk?: number) {
  const path = join(dir, `f${n++}.csv`);
  writeFileSync(path, text);
  const records: [string[], number][] = [];
  const status = await streamCsvRecords(path, (f, line) => records.push([f, line]), chunk);
  return status === "fallback" ? "fallback" : records;
}

/** What parseCsv makes of the records: the header, its row, and the data rows with numbers. */
function asTable(records: [string[], number][]) {
  let header: [string[], number] | undefined;
  const rows: [(string | null)[], number][] = [];
  for (const [f, line] of records) {
    if (f.every((c) => c.trim() === "")) continue;
    if (header === undefined) header = [f.map((c) => c.trim()), line];
    else rows.push([f.map((c) => (c.trim() === "" ? null : c)), line]);
  }
  return { header: header?.[0] ?? [], headerRow: header?.[1] ?? 1, rows };
}

describe("streamCsvRecords (the CSV fast path)", () => {
  it("reads quotes, a BOM, CRLF and blank lines as parseCsv does", async () => {
    const text =
      '\uFEFFregion,year,note\r\n"Bei, jing",2013,"say ""hi"""\r\n\r\nHebei,2014,"two\r\nlines"\r\nHenan,2015,x';
    const got = await stream(text);
    expect(got).toEqual([
      [["region", "year", "note"], 1],
      [["Bei, jing", "2013", 'say "hi"'], 2],
      [["Hebei", "2014", "two\r\nlines"], 4],
      [["Henan", "2015", "x"], 6],
    ]);
  });

  it("falls back on mixed line ends and malformed quotes", async () => {
    expect(await stream("a,b\n1,2\r\n")).toBe("fallback");
    expect(await stream('a,b\n1,x"y\n')).toBe("fallback");
    expect(await stream('a,b\n"1"x,2\n')).toBe("fallback");
    expect(await stream('a,b\n"1,2\n')).toBe("fallback");
  });

  it("property: whatever the chunk size, it gives parseCsv's table or falls back", async () => {
    const piece = fc.constantFrom(
      "a",
      "1",
      "2.5",
      " ",
      ",",
      ",",
      "\n",
      "\r\n",
      "\r",
      '"',
      '""',
      '"x,y"',
      '"p\nq"',
      "北京",
      "é",
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 16 }),
        fc.constantFrom("\n", "\r\n", "\r"),
        fc.integer({ min: 1, max: 9 }),
        async (pieces, eol, chunk) => {
          const text = pieces.map((p) => p.replace(/\r\n|\n|\r/g, eol)).join("");
          const got = await stream(text, chunk);
          if (got === "fallback") return;
          const whole = parseCsv(Buffer.from(text), { file: "f.csv" });
          expect(whole.ok).toBe(true);
          if (!whole.ok) return;
          const t = whole.table;
          expect(asTable(got)).toEqual({
            header: t.header,
            headerRow: t.headerRow,
            rows: t.rows.map((r, i) => [r, t.rowNumbers[i]]),
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
