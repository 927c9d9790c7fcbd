/**
 * A PNG font cut down to the characters the figures draw. resvg reads a font file again for
 * every run of text it lays out, so the 19 MB Noto Sans CJK collection cost about 0.8 s per
 * figure; the subset (tens of KB) costs milliseconds. The font is read once per run, its face
 * taken out of a collection (.ttc) by family name, subset by HarfBuzz (harfbuzz-subset.ts), and
 * written to a temporary file that `dispose` removes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { subsetFace } from "./harfbuzz-subset.js";
import type { PngFont } from "./render.js";
import { withBaselineWasm } from "./v8-tiers.js";

/** A font file made for one set of figures, and how to remove it. */
export interface SubsetFont {
  readonly font: PngFont;
  dispose(): void;
}

/** `font` subset to every character in `texts` (SVG text: character references decoded). */
export async function subsetFont(font: PngFont, texts: readonly string[]): Promise<SubsetFont> {
  const face = sfntFace(readFileSync(font.file), font.family);
  const codePoints = new Set<number>();
  for (const t of texts) for (const c of decodeReferences(t)) codePoints.add(c.codePointAt(0)!);
  // HarfBuzz runs once per run: not worth V8's optimising compiler (v8-tiers.ts).
  const bytes = await withBaselineWasm(() => subsetFace(face, codePoints));
  const dir = mkdtempSync(join(tmpdir(), "ccdc-font-"));
  const file = join(dir, "font.otf");
  writeFileSync(file, bytes);
  return {
    font: { ...font, file },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** `&#20013;`, `&#x4e2d;`, `&amp;` … as the characters they stand for (plus the text itself). */
function decodeReferences(text: string): string {
  const decoded = text.replace(/&#(x?)([0-9a-fA-F]+);/g, (_, hex: string, n: string) =>
    String.fromCodePoint(Number.parseInt(n, hex ? 16 : 10)),
  );
  return `${text}${decoded}`;
}

/**
 * The face of a font file as a standalone sfnt: the file itself unless it is a collection
 * (`ttcf`), else the face whose family name (name ID 1 or 16) is `family`, or the first face.
 * A face's tables are copied whole (OpenType spec, "Font Collections").
 */
export function sfntFace(buf: Buffer, family: string): Buffer {
  if (buf.toString("latin1", 0, 4) !== "ttcf") return buf;
  const count = buf.readUInt32BE(8);
  const offsets = Array.from({ length: count }, (_, i) => buf.readUInt32BE(12 + 4 * i));
  const at = offsets.find((o) => familyNames(buf, o).includes(family)) ?? offsets[0] ?? 0;
  const tables = tableRecords(buf, at);
  const header = 12 + 16 * tables.length;
  const size = tables.reduce((n, t) => n + ((t.length + 3) & ~3), header);
  const out = Buffer.alloc(size);
  buf.copy(out, 0, at, at + 12);
  let pos = header;
  tables.forEach((t, i) => {
    const r = 12 + 16 * i;
    buf.copy(out, r, t.record, t.record + 8); // tag and checksum
    out.writeUInt32BE(pos, r + 8);
    out.writeUInt32BE(t.length, r + 12);
    buf.copy(out, pos, t.offset, t.offset + t.length);
    pos += (t.length + 3) & ~3;
  });
  return out;
}

interface TableRecord {
  readonly tag: string;
  /** Where the record sits in the file. */
  readonly record: number;
  readonly offset: number;
  readonly length: number;
}

function tableRecords(buf: Buffer, at: number): TableRecord[] {
  const n = buf.readUInt16BE(at + 4);
  return Array.from({ length: n }, (_, i) => {
    const record = at + 12 + 16 * i;
    return {
      tag: buf.toString("latin1", record, record + 4),
      record,
      offset: buf.readUInt32BE(record + 8),
      length: buf.readUInt32BE(record + 12),
    };
  });
}

/** The family names (name IDs 1 and 16) of the face at `at`, in every encoding given. */
function familyNames(buf: Buffer, at: number): string[] {
  const name = tableRecords(buf, at).find((t) => t.tag === "name");
  if (!name) return [];
  const base = name.offset;
  const count = buf.readUInt16BE(base + 2);
  const strings = base + buf.readUInt16BE(base + 4);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = base + 6 + 12 * i;
    const platform = buf.readUInt16BE(r);
    const id = buf.readUInt16BE(r + 6);
    if (id !== 1 && id !== 16) continue;
    const length = buf.readUInt16BE(r + 8);
    const start = strings + buf.readUInt16BE(r + 10);
    const raw = buf.subarray(start, start + length);
    // Unicode and Windows platforms are UTF-16BE; Macintosh Roman is read as Latin-1.
    out.push(
      platform === 1 ? raw.toString("latin1") : Buffer.from(raw).swap16().toString("utf16le"),
    );
  }
  return out;
}
