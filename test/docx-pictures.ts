/**
 * The pictures of a .docx as a reader finds them: for each <w:drawing> in document order, the
 * name, title and description of its docPr, its size on the page, and the image file its blip
 * points to through word/_rels/document.xml.rels (read with jszip, not with ccdc's code).
 */
import JSZip from "jszip";

export interface DocxPicture {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** wp:extent, in EMU (914,400 to the inch, 9,525 to a CSS pixel). */
  readonly cx: number;
  readonly cy: number;
  readonly path: string;
  readonly bytes: Uint8Array;
}

const attr = (tag: string, name: string): string =>
  (new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? "")
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

export async function docxPictures(docx: Uint8Array): Promise<DocxPicture[]> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file("word/document.xml")!.async("string");
  const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
  const targets = new Map(
    [...rels.matchAll(/<Relationship [^>]*>/g)].map((m) => [
      attr(m[0], "Id"),
      attr(m[0], "Target"),
    ]),
  );
  const out: DocxPicture[] = [];
  for (const [drawing] of xml.matchAll(/<w:drawing>.*?<\/w:drawing>/g)) {
    const docPr = /<wp:docPr [^>]*>/.exec(drawing)?.[0] ?? "";
    const extent = /<wp:extent [^>]*>/.exec(drawing)?.[0] ?? "";
    const blip = /<a:blip [^>]*>/.exec(drawing)?.[0] ?? "";
    const path = `word/${targets.get(attr(blip, "r:embed"))}`;
    out.push({
      name: attr(docPr, "name"),
      title: attr(docPr, "title"),
      description: attr(docPr, "descr"),
      cx: Number(attr(extent, "cx")),
      cy: Number(attr(extent, "cy")),
      path,
      bytes: await zip.file(path)!.async("uint8array"),
    });
  }
  return out;
}

/** A PNG's width and height in pixels (its IHDR chunk, bytes 16-23). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** An SVG root's width and height attributes. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  return { width: Number(attr(root, "width")), height: Number(attr(root, "height")) };
}
