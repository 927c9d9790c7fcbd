/**
 * report.html: one self-contained page (no script, no network: styles inline, figures as
 * inline SVG) with the study's title, notes and citations, every paper table, every figure,
 * the run report and the sha256 of every input and output file. Each figure carries the name
 * and expected count of its data mark so a browser test can check what was drawn.
 */

import type { RenderedFigure } from "../figures/figure-files.js";
import type { Document } from "../render/document.js";
import type { Lang } from "../render/names.js";
import { wordsFor } from "../render/words.js";
import { cellText } from "./cell-text.js";
import { tableCaption } from "./docx.js";
import type { PaperTable } from "./tables.js";

export interface HtmlContent {
  readonly lang: Lang;
  readonly title: string;
  readonly notes: readonly string[];
  readonly citations: readonly { readonly id: string; readonly text: string }[];
  readonly tables: readonly PaperTable[];
  readonly figures: readonly RenderedFigure[];
  /** The run report (method, weights, filled cells, warnings) as document blocks. */
  readonly runReport: Document;
  /** path → sha256 of the inputs and of every other file written. */
  readonly hashes: readonly { readonly path: string; readonly sha256: string }[];
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `
body{font-family:"Noto Sans CJK SC","Noto Sans",system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#111;line-height:1.45}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.9em}
.table-box{overflow-x:auto}
table.three-line{border-top:2px solid #000;border-bottom:2px solid #000}
table.three-line thead th{border-bottom:1px solid #000}
th,td{padding:.2em .7em;text-align:left;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
caption{caption-side:top;font-weight:bold;padding:.3em;text-align:left}
figure{margin:1em 0 2em;overflow-x:auto}figcaption{font-weight:bold;margin-top:.3em}
pre,code{font-family:ui-monospace,monospace;font-size:.85em}
table.hashes td{font-family:ui-monospace,monospace;font-size:.85em}
`.trim();

function tableHtml(table: PaperTable, caption: string): string {
  const num = (i: number) => (table.columns[i]?.kind === "text" ? "" : ' class="num"');
  const head = table.columns.map((c, i) => `<th${num(i)}>${esc(c.header)}</th>`).join("");
  const body = table.rows
    .map(
      (row) =>
        `<tr>${table.columns
          .map((c, i) => `<td${num(i)}>${esc(cellText(row[i] ?? null, c.kind))}</td>`)
          .join("")}</tr>`,
    )
    .join("\n");
  // In a box that scrolls sideways: a table wider than the page (a Markov matrix, the D of
  // many years) scrolls on its own instead of widening the whole page.
  return `<div class="table-box"><table class="three-line" data-table="${esc(table.key)}"><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function blocksHtml(doc: Document): string {
  return doc
    .map((b) => {
      switch (b.kind) {
        case "heading":
          return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
        case "text":
          return `<p>${b.lines.map(esc).join("<br>")}</p>`;
        case "list":
          return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>`;
        case "pairs":
          return `<table>${b.pairs.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join("")}</table>`;
        case "table":
          return `<table><thead><tr>${b.header
            .map((h, i) => `<th${b.align[i] === "right" ? ' class="num"' : ""}>${esc(h)}</th>`)
            .join("")}</tr></thead><tbody>${b.rows
            .map(
              (r) =>
                `<tr>${r.map((c, i) => `<td${b.align[i] === "right" ? ' class="num"' : ""}>${esc(c)}</td>`).join("")}</tr>`,
            )
            .join("")}</tbody></table>`;
        default:
          return "";
      }
    })
    .join("\n");
}

/** The page's text. */
export function renderHtml(c: HtmlContent): string {
  const h = wordsFor(c.lang).paper;
  const parts = [
    "<!DOCTYPE html>",
    `<html lang="${c.lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(c.title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${esc(c.title)}</h1>`,
  ];
  if (c.notes.length > 0) {
    parts.push(
      `<h2>${h.notes}</h2>`,
      `<ul>${c.notes.map((n) => `<li>${esc(n)}</li>`).join("")}</ul>`,
    );
  }
  if (c.citations.length > 0) {
    parts.push(
      `<h2>${h.references}</h2>`,
      `<ol>${c.citations.map((x) => `<li id="cite-${esc(x.id)}">[${esc(x.id)}] ${esc(x.text)}</li>`).join("")}</ol>`,
    );
  }
  parts.push(`<h2>${h.tables}</h2>`);
  c.tables.forEach((t, i) => {
    parts.push(tableHtml(t, tableCaption(c.lang, i + 1, t.caption)));
  });
  parts.push(`<h2>${h.figures}</h2>`);
  c.figures.forEach(({ figure, svg }, i) => {
    parts.push(
      `<figure id="figure-${esc(figure.name)}" data-figure="${esc(figure.name)}" data-mark="${esc(figure.marks.name)}" data-expected-marks="${figure.marks.count}">`,
      svg,
      // A declared caption is drawn in the SVG under its title (figures/caption.ts): the
      // figcaption gives the number and title only.
      `<figcaption>${esc(h.figureCaption(i + 1, figure.title))}</figcaption></figure>`,
    );
  });
  // The run report's blocks start with its own heading (level 2, as the page's sections).
  parts.push(blocksHtml(c.runReport));
  parts.push(
    `<h2>${h.hashes}</h2>`,
    `<table class="hashes"><tbody>${c.hashes
      .map((x) => `<tr><td>${esc(x.path)}</td><td>${x.sha256}</td></tr>`)
      .join("")}</tbody></table>`,
    "</body></html>",
    "",
  );
  return parts.join("\n");
}
