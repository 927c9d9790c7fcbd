import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { streamCsvFileFast } from "./csv-fast.js";
import { type RowSink, streamCsvFile } from "./csv-reader.js";
import type { Cell } from "./reader.js";

const dir = mkdtempSync(join(tmpdir(), "ccdc-csv-fast-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

type Call = ["header", string[], number] | ["row", Cell[], number];

class Recorder implements RowSink {
  readonly calls: Call[] = [];
  header(cells: string[], row: number): void {
    this.calls.push(["header", [...cells], row]);
  }
  row(cells: Cell[], row: number): void {
    this.calls.push(["row", [...cells], row]);
  }
}

/** Both readers on the same bytes: the general path's calls and issues, and the fast path's. */
async function both(bytes: Buffer, block: number) {
  const path = join(dir, `f${n++}.csv`);
  writeFileSync(path, bytes);
  const request = { path, file: "data.csv", pointer: "/sources/0" };
  const general = new Recorder();
  const generalErrors = await streamCsvFile(request, general);
  const fast = new Recorder();
  const outcome = await streamCsvFileFast(request, fast, block);
  return { general, generalErrors, fast, outcome };
}

/** Checks the fast path against the general one; true if the fast path accepted the file. */
async function agrees(bytes: Buffer, block: number): Promise<boolean> {
  const { general, generalErrors, fast, outcome } = await both(bytes, block);
  if (!outcome.accepted) {
    // Declined before sending anything: the general path reads the file alone.
    expect(fast.calls).toEqual([]);
    return false;
  }
  expect(fast.calls).toEqual(general.calls);
  expect(outcome.errors).toEqual(generalErrors);
  return true;
}

const piece = (s: string) => Buffer.from(s, "utf8");
/** Adversarial pieces: separators, line ends of every style, quotes, blanks, non-ASCII,
 * byte-order marks, invalid UTF-8, and cells that look like numbers or keys. */
const adversarial = fc.oneof(
  fc.constantFrom(
    ...[
      ",",
      ",",
      "\n",
      "\n",
      "\r",
      "\r\n",
      '"',
      '""',
      '"a,b"',
      " ",
      "\t",
      "\u00a0",
      "\u2028",
      "\ufeff",
      "é",
      "中文",
      "😀",
      "a",
      "region",
      "12",
      "-3.5e2",
      "2013",
      "",
      "\u0000",
    ].map(piece),
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from([0xff]),
    Buffer.from([0xc3]),
    Buffer.from([0xe4, 0xb8]),
  ),
  fc.string({ maxLength: 4 }).map(piece),
);
const randomFile = fc.array(adversarial, { maxLength: 60 }).map((parts) => Buffer.concat(parts));

/** Files shaped like real long-layout data: a header, numeric rows, the odd blank line,
 * spaces, empty cells, extra fields, with or without a BOM and a final line end. */
const plausibleFile = fc
  .record({
    bom: fc.boolean(),
    lineEnd: fc.constantFrom("\n", "\n", "\n", "\r\n"),
    finalEnd: fc.boolean(),
    rows: fc.array(
      fc.oneof(
        fc
          .tuple(
            fc.constantFrom("A", "B", " B ", "C", ""),
            fc.constantFrom("2013", "2014", "2014.0", "x", " 2015"),
            fc.constantFrom("v1", "v2", "v3"),
            fc.oneof(
              fc.double({ noNaN: true }).map(String),
              fc.constantFrom(
                "",
                " ",
                "1,5",
                "abc",
                "1e400",
                " 7 ",
                '"1,5"',
                '"say ""hi"""',
                '""',
                '"3"',
              ),
            ),
          )
          .map((cells) => cells.join(",")),
        fc.constantFrom(
          "",
          " ",
          ",,,",
          "A,2013,v1,1,",
          "A,2013,v1,1,,x",
          '"A",2013,v1,"2"',
          'A,2013,v1,1,"x"',
        ),
      ),
      { maxLength: 30 },
    ),
  })
  .map(({ bom, lineEnd, finalEnd, rows }) => {
    const text = ["region,year,variable,value", ...rows].join(lineEnd) + (finalEnd ? lineEnd : "");
    return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), piece(text)]);
  });

describe("streamCsvFileFast", () => {
  it("gives the general path's records and issues for every random file it accepts", async () => {
    await fc.assert(
      fc.asyncProperty(randomFile, fc.integer({ min: 1, max: 40 }), async (bytes, block) => {
        await agrees(bytes, block);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it("gives the general path's records and issues on data-shaped files, and accepts most", async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(plausibleFile, fc.integer({ min: 1, max: 200 }), async (bytes, block) => {
        if (await agrees(bytes, block)) accepted++;
      }),
      { numRuns: 300 },
    );
    // These files all have the shape the fast path takes.
    expect(accepted).toBe(300);
  }, 60_000);

  it("takes CRLF files and quoted fields", async () => {
    for (const text of ['a,b\r\n"1,5",2\r\n', 'a,b\n"x ""y""",""\n3,"4"']) {
      const { general, fast, outcome } = await both(piece(text), 5);
      expect(outcome.accepted).toBe(true);
      expect(fast.calls).toEqual(general.calls);
    }
  });

  it("declines stray or line-crossing quotes, mixed or CR line ends, invalid UTF-8, a file it cannot open", async () => {
    for (const text of [
      'a,b\n1"x,2\n',
      'a,b\n"1\n2",3\n',
      'a,b\n"1"x,3\n',
      'a,b\n"1,3\n',
      "a,b\r\n1,2\n",
      "a,b\n1,2\r\n",
      "a,b\r1,2\r",
      "a,b\n1,2\r",
    ]) {
      expect((await both(piece(text), 64)).outcome.accepted).toBe(false);
    }
    expect((await both(Buffer.from([0x61, 0x2c, 0xff, 0x0a]), 64)).outcome.accepted).toBe(false);
    const missing = await streamCsvFileFast(
      { path: join(dir, "none.csv"), file: "none.csv" },
      new Recorder(),
    );
    expect(missing.accepted).toBe(false);
    // A FIFO no one writes to: declined at once, not waited on (csv-parse reads it, async).
    const fifo = join(dir, "fifo.csv");
    if (spawnSync("mkfifo", [fifo]).status === 0) {
      const r = await streamCsvFileFast({ path: fifo, file: "fifo.csv" }, new Recorder());
      expect(r.accepted).toBe(false);
    }
  });

  it("reads lines longer than its block, a BOM, blank lines and a missing final line end", async () => {
    const text = `\ufeffregion,year,variable,value\n\n${"A,2013,v1,1\n".repeat(3)}B,2014,${"v".repeat(300)},2`;
    const { general, fast, outcome } = await both(piece(text), 7);
    expect(outcome.accepted).toBe(true);
    expect(fast.calls).toEqual(general.calls);
    expect(fast.calls[0]).toEqual(["header", ["region", "year", "variable", "value"], 1]);
    expect(fast.calls.at(-1)?.[2]).toBe(6);
  });

  it("cuts cells from the bytes: repeated, long, non-ASCII and look-alike cells keep their text", async () => {
    // Repeated short keys (looked up in the table of texts), long cells equal to the previous
    // row's (reused), texts whose UTF-16 code units equal another cell's bytes ("Ã©" is
    // C3 83 C2 A9; "é" is C3 A9), more distinct short cells than the table keeps, multi-byte
    // characters cut across blocks.
    const long = "Inner Mongolia Autonomous Region";
    const rows = ["region,year,variable,value"];
    for (let i = 0; i < 40; i++)
      rows.push(`${long},${2000 + (i % 3)},v${i % 2},${i}.5`, `Ã©,2001,é,${i}`, `é,2001,Ã©,é${i}`);
    for (let i = 0; i < 40_000; i++) rows.push(`r${i},${i},x${i % 7},${i}`);
    rows.push(`${long.slice(0, -1)}n,2000,v1,1`, `${long},2000,中文 ${long},2`);
    for (const block of [5, 13, 64, 1 << 20]) {
      const { general, fast, outcome } = await both(piece(rows.join("\n")), block);
      expect(outcome.accepted).toBe(true);
      expect(fast.calls).toEqual(general.calls);
    }
  }, 60_000);
});
