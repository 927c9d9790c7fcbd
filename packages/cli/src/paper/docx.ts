/**
 * report.docx: the paper's tables as three-line tables (三线表: a thick rule above and below
 * the table, a thin one under the header, no vertical rules), each with a numbered caption
 * above it (every table the study computes: document-tables.ts), then its figures
 * (docx-figures.ts says which), each a picture with its number and title under it (a declared
 * caption is drawn in the picture), ready to paste into a manuscript.
 */
import type { Lang } from "../render/names.js";
import { wordsFor } from "../render/words.js";
import type { DocxFigure } from "./docx-figures.js";
import { placeTables, tablePlaceholder, tableXml } from "./docx-table-xml.js";
import type { PaperTable } from "./tables.js";
import { deterministicZip } from "./zip.js";

export interface DocxContent {
  readonly title: string;
  readonly notes: readonly string[];
  readonly tables: readonly PaperTable[];
  readonly figures: readonly DocxFigure[];
  readonly lang: Lang;
}

/** The caption of table `n`: "Table 1. …" or "表1 …". */
export const tableCaption = (lang: Lang, n: number, caption: string): string =>
  wordsFor(lang).paper.tableCaption(n, caption);

/**
 * What the docx package is given for picture `f`: a placeholder the zip step replaces with the
 * PNG (zip.ts), since docx would deflate and hash the already compressed PNG for nothing.
 */
const placeholder = (f: number): string => `ccdc-picture-${f + 1}`;

export async function renderDocx(content: DocxContent): Promise<Uint8Array> {
  const d = await import("docx");
  const children: InstanceType<typeof d.Paragraph>[] = [
    new d.Paragraph({ heading: d.HeadingLevel.TITLE, children: [new d.TextRun(content.title)] }),
    ...content.notes.map((n) => new d.Paragraph({ children: [new d.TextRun(n)] })),
  ];
  // Each table a placeholder paragraph here, its caption and rows written as XML at the zip
  // step (docx-table-xml.ts says why).
  const tables = content.tables.map((table, t) => {
    children.push(new d.Paragraph({ children: [new d.TextRun(tablePlaceholder(t))] }));
    return tableXml(table, tableCaption(content.lang, t + 1, table.caption));
  });
  content.figures.forEach((figure, f) => {
    children.push(
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        spacing: { before: 240 },
        keepNext: true,
        children: [
          new d.ImageRun({
            type: "png",
            data: new TextEncoder().encode(placeholder(f)),
            transformation: { width: figure.width, height: figure.height },
            // An explicit id: docx's default is a counter shared by every document made in
            // the process, which would make the bytes depend on what ran before.
            altText: {
              id: String(f + 1),
              name: figure.name,
              title: figure.title,
              description: figure.caption ?? figure.title,
            },
          }),
        ],
      }),
      // The number and title under the picture; a declared caption is drawn in the picture,
      // under its title (figures/caption.ts), so it is not written again here.
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        spacing: { before: 60, after: 240 },
        children: [
          new d.TextRun({
            text: wordsFor(content.lang).paper.figureCaption(f + 1, figure.title),
            bold: true,
          }),
        ],
      }),
    );
  });
  const doc = new d.Document({
    creator: "ccdc",
    title: content.title,
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "SimSun" },
            size: 21,
          },
        },
      },
    },
    sections: [{ children }],
  });
  const pictures = new Map(content.figures.map((figure, f) => [placeholder(f), figure.png]));
  const edits = new Map([
    ["word/document.xml", (xml: string) => placeTables(xml, tables)] as const,
  ]);
  return deterministicZip(new Uint8Array(await d.Packer.toBuffer(doc)), pictures, edits);
}
