import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { deterministicZip } from "./zip.js";

const zipOf = async (files: Record<string, string>, date: Date): Promise<Uint8Array> => {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text, { date });
  return zip.generateAsync({ type: "uint8array" });
};

describe("deterministicZip", () => {
  it("gives the same bytes for the same entries written at different times", async () => {
    const files = { "b.xml": "<b/>", "a.xml": "<a/>" };
    const one = await deterministicZip(await zipOf(files, new Date(Date.UTC(2020, 0, 1))));
    const two = await deterministicZip(await zipOf(files, new Date(Date.UTC(2024, 5, 6))));
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(true);
    expect(Object.keys((await JSZip.loadAsync(one)).files)).toEqual(["a.xml", "b.xml"]);
  });

  it("gives the same bytes in every time zone", async () => {
    const bytes = await zipOf({ "a.xml": "<a/>" }, new Date(Date.UTC(2020, 0, 1)));
    const tz = process.env.TZ;
    const inZone = async (zone: string) => {
      process.env.TZ = zone;
      return Buffer.from(await deterministicZip(bytes));
    };
    try {
      const west = await inZone("America/Los_Angeles");
      const east = await inZone("Asia/Tokyo");
      expect(west.equals(east)).toBe(true);
      // The entry's DOS date (local file header, offset 12): 1 January 1980, day 1 of month 1.
      expect(west.readUInt16LE(12)).toBe((1 << 5) | 1);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it("puts each picture in place of its placeholder, stored as it is", async () => {
    const png = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    const bytes = await zipOf(
      { "word/media/image1.png": "ccdc-picture-1", "word/document.xml": "<w/>" },
      new Date(),
    );
    const out = await deterministicZip(bytes, new Map([["ccdc-picture-1", png]]));
    const zip = await JSZip.loadAsync(out);
    expect(await zip.file("word/media/image1.png")!.async("uint8array")).toEqual(png);
    // Stored, not deflated: the zip holds the picture's bytes as they are.
    expect(Buffer.from(out).includes(Buffer.from(png))).toBe(true);
  });

  it("rewrites the text of the entries it is given edits for", async () => {
    const bytes = await zipOf({ "word/document.xml": "<w>x</w>", "a.xml": "<a>x</a>" }, new Date());
    const out = await deterministicZip(
      bytes,
      new Map(),
      new Map([["word/document.xml", (t: string) => t.replace("x", "y")]]),
    );
    const zip = await JSZip.loadAsync(out);
    expect(await zip.file("word/document.xml")!.async("string")).toBe("<w>y</w>");
    expect(await zip.file("a.xml")!.async("string")).toBe("<a>x</a>");
  });

  it("stops when a placeholder is not in the file", async () => {
    const bytes = await zipOf({ "word/document.xml": "<w/>" }, new Date());
    await expect(
      deterministicZip(bytes, new Map([["ccdc-picture-1", new Uint8Array(1)]])),
    ).rejects.toThrow(/1 placeholders not found/);
  });
});
