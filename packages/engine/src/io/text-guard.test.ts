import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { RowSink } from "./csv-reader.js";
import { parseCsv, streamCsv } from "./csv-reader.js";
import { ReadBudget } from "./read-budget.js";

const req = { file: "d.csv", pointer: "/sources/0" };
const read = async (bytes: Buffer) => {
  const r = await parseCsv(bytes, req);
  return r.ok ? undefined : r.errors[0];
};

describe("a data file that is not UTF-8 text is named, with the row (D0110)", () => {
  it("UTF-16 with a byte-order mark, little and big endian", async () => {
    const text = "region,year\nR1,2020\n";
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect(await read(le)).toMatchObject({ code: "D0110", row: 1 });
    expect((await read(le))!.message).toMatch(/UTF-16LE text \(its byte-order mark says so\)/);
    expect((await read(le))!.hint).toMatch(/iconv -f UTF-16LE -t UTF-8/);
    const be = Buffer.from(le);
    be.swap16();
    expect((await read(be))!.message).toMatch(/UTF-16BE/);
  });

  it("UTF-16 without a mark (every other byte NUL)", async () => {
    const d = await read(Buffer.from("region,year,variable,value\nR1,2020,a,1\n", "utf16le"));
    expect(d).toMatchObject({ code: "D0110" });
    expect(d!.message).toMatch(/looks like UTF-16LE/);
  });

  it("GBK: the row and byte of the first bad byte, and how to convert", async () => {
    // "北京" in GBK is B1 B1 BE A9 (GB2312 code table).
    const gbk = Buffer.concat([
      Buffer.from("region,year\nR1,2020\n"),
      Buffer.from([0xb1, 0xb1, 0xbe, 0xa9]),
      Buffer.from(",2021\n"),
    ]);
    const d = await read(gbk);
    expect(d).toMatchObject({ code: "D0110", row: 3, file: "d.csv" });
    expect(d!.message).toMatch(
      /^d\.csv, row 3 \(byte 1 of the row\): it is not UTF-8: the bytes B1 B1 BE A9 .*GBK\/GB18030/,
    );
    expect(d!.hint).toMatch(/CSV UTF-8/);
  });

  it("Windows-1252 / Latin-1", async () => {
    const d = await read(Buffer.from("name\nPr\xe9sentation\n", "latin1"));
    expect(d).toMatchObject({ code: "D0110", row: 2 });
    expect(d!.message).toMatch(/byte 3 of the row.*Windows-1252 or Latin-1/);
  });

  it("a binary file (a NUL byte), e.g. /dev/zero", async () => {
    const d = await read(Buffer.concat([Buffer.from("a,b\n1,2\n"), Buffer.alloc(64)]));
    expect(d).toMatchObject({ code: "D0110", row: 3 });
    expect(d!.message).toMatch(/NUL byte: it is a binary file/);
  });

  it("valid UTF-8 split across chunks anywhere is read as it is", async () => {
    const bytes = Buffer.from("region,name\nR1,北京市\nR2,é😀\n");
    for (let size = 1; size <= 5; size++) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      const rows: string[] = [];
      const sink: RowSink = { header: () => undefined, row: (c) => rows.push(String(c[1])) };
      expect(await streamCsv(Readable.from(chunks), req, sink)).toBeUndefined();
      expect(rows).toEqual(["北京市", "é😀"]);
    }
  });

  it("a truncated sequence at the end of the file", async () => {
    const d = await read(Buffer.concat([Buffer.from("a\n"), Buffer.from([0xe5, 0x8c])]));
    expect(d).toMatchObject({ code: "D0110", row: 2 });
  });
});

describe("CSV errors name row and column in any row (D0107)", () => {
  it.each([
    ['a,b\n1,2\n3,"x\n5,6\n7,8\n', 3, "B", /closing quote is never found/],
    ['a,b\n1,2\n3,x"y\n5,6\n', 3, "B", /a quote in the middle/],
    ['a,b\n1,2\n"3"x,4\n5,6\n', 3, "A", /text after a closing quote/],
  ])("%j", async (text, row, column, what) => {
    const d = await read(Buffer.from(text));
    expect(d).toMatchObject({ code: "D0107", row, column });
    expect(d!.message).toMatch(what);
  });

  it("a record longer than the limit is D0112, not read whole", async () => {
    const d = await read(Buffer.from(`a,b\n1,"${"x".repeat(1024 * 1024 + 10)}"\n`));
    expect(d).toMatchObject({ code: "D0112", row: 2 });
  });
});

describe("a study's read limit counts a stream of unknown size (D0115)", () => {
  it("stops the stream once the study's total passes the limit", async () => {
    const budget = new ReadBudget(1000);
    expect(budget.spend(900)).toBe(true);
    const rows = Array.from({ length: 50 }, (_, i) => `R1,${2000 + i},a,1\n`);
    const sink: RowSink = { header: () => undefined, row: () => undefined };
    const issue = await streamCsv(
      Readable.from([
        Buffer.from("region,year,variable,value\n"),
        ...rows.map((r) => Buffer.from(r)),
      ]),
      { ...req, budget },
      sink,
    );
    expect(issue).toMatchObject({ code: "D0115", file: "d.csv", pointer: "/sources/0" });
    expect(issue!.message).toMatch(
      /^d\.csv: the study's sources together are larger than .*, the most ccdc reads for one study$/,
    );
  });
});
