/** The zip directory read before an .xlsx is inflated (zip-directory.ts, xlsx-reader.ts). */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readXlsx } from "./xlsx-reader.js";
import { declaredInflatedBytes } from "./zip-directory.js";

const dir = mkdtempSync(join(tmpdir(), "ccdc-zip-"));

async function book(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("data");
  ws.addRow(["region", "year", "variable", "value"]);
  for (let i = 0; i < 100; i++) ws.addRow(["R1", 2000 + i, "a", i]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const save = (name: string, bytes: Buffer): string => {
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
};

describe("a zip's central directory", () => {
  it("declares what its entries inflate to: more than the file's own size", async () => {
    const bytes = await book();
    const declared = await declaredInflatedBytes(save("ok.xlsx", bytes), bytes.length);
    expect(declared).toBeGreaterThan(bytes.length);
  });

  it("a file cut short has none", async () => {
    const bytes = (await book()).subarray(0, 2000);
    expect(await declaredInflatedBytes(save("cut.xlsx", bytes), bytes.length)).toBeUndefined();
    expect(await declaredInflatedBytes(save("tiny", Buffer.from("PK")), 2)).toBeUndefined();
  });

  it("a workbook declaring more than 4 GiB is D0111 before anything is inflated", async () => {
    const bytes = await book();
    // Every central-directory entry (PK\x01\x02) claims 4 GiB - 1 uncompressed (offset 24).
    for (let p = bytes.indexOf("PK\x01\x02"); p >= 0; p = bytes.indexOf("PK\x01\x02", p + 4))
      bytes.writeUInt32LE(0xffffffff, p + 24);
    const path = save("bomb.xlsx", bytes);
    expect(await declaredInflatedBytes(path, bytes.length)).toBeGreaterThan(4 * 1024 ** 3);
    const r = await readXlsx({ path, file: "bomb.xlsx", pointer: "/sources/0" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      expect.objectContaining({
        code: "D0111",
        file: "bomb.xlsx",
        message:
          "bomb.xlsx: its parts inflate to more than 4 GiB (as its zip directory declares), the most ccdc reads for a source",
      }),
    ]);
  });
});
