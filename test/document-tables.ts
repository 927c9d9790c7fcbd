/**
 * The tables of report.docx and report.html read back as text, for tests: each table's caption,
 * header and rows of cell texts. report.html is parsed with parse5 (the WHATWG parser a browser
 * uses); report.docx's word/document.xml is read with jszip and its elements taken apart by
 * their tags (WordprocessingML tables do not nest here).
 */
import JSZip from "jszip";
import { type DefaultTreeAdapterTypes, parse } from "parse5";

export interface TextTable {
  /** report.html's data-table key (empty for report.docx, which has none). */
  readonly key: string;
  readonly caption: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const isElement = (n: Node): n is Element => "tagName" in n;

function* elements(node: Node, tag: string): Generator<Element> {
  if (isElement(node) && node.tagName === tag) yield node;
  const children = "childNodes" in node ? node.childNodes : [];
  for (const c of children) yield* elements(c, tag);
}

function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterTypes.TextNode).value;
  const children = "childNodes" in node ? node.childNodes : [];
  return children.map(textOf).join("");
}

/** report.html's paper tables (those with a data-table key), in page order. */
export function htmlTables(html: string): TextTable[] {
  const doc = parse(html);
  const out: TextTable[] = [];
  for (const table of elements(doc, "table")) {
    const key = table.attrs.find((a) => a.name === "data-table")?.value;
    if (key === undefined) continue;
    const caption = [...elements(table, "caption")][0];
    const thead = [...elements(table, "thead")][0]!;
    const tbody = [...elements(table, "tbody")][0]!;
    out.push({
      key,
      caption: caption ? textOf(caption) : "",
      header: [...elements(thead, "th")].map(textOf),
      rows: [...elements(tbody, "tr")].map((tr) => [...elements(tr, "td")].map(textOf)),
    });
  }
  return out;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};
/** XML text with its entities decoded (&#39;, &apos; and the like). */
export const decode = (s: string): string =>
  s
    .replace(/&#(\d+);/g, (_, d) => String.fromCharCode(Number(d)))
    .replace(/&(\w+);/g, (m, name: string) => ENTITIES[name] ?? m);

/** The text of a piece of WordprocessingML: its <w:t> runs joined. */
const runsText = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? "")).join("");

/** report.docx's word/document.xml. */
export async function docxDocument(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file("word/document.xml")!.async("string");
}

/** report.docx's tables, in document order, each captioned by the paragraph before it. */
export function docxTables(xml: string): TextTable[] {
  const out: TextTable[] = [];
  for (const m of xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)) {
    const before = xml.slice(0, m.index);
    const p = before.lastIndexOf("<w:p>");
    const caption = runsText(before.slice(p));
    const rows = [...m[1]!.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((tr) =>
      [...tr[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((tc) => runsText(tc[1]!)),
    );
    out.push({ key: "", caption, header: rows[0] ?? [], rows: rows.slice(1) });
  }
  return out;
}
