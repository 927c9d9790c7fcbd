/**
 * The paper files of `--out`: results.xlsx, report.docx, weights.csv, filled.csv and
 * descriptive.csv, all in the chosen --lang.
 */
import type { Result } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import type { RenderedFigure } from "../figures/figure-files.js";
import type { Names } from "../render/names.js";
import { runReportBlocks } from "../render/report.js";
import { wordsFor } from "../render/words.js";
import { analysisTables, documentTables } from "./document-tables.js";
import { renderDocx } from "./docx.js";
import type { DocxFigure } from "./docx-figures.js";
import { renderHtml } from "./html.js";
import { descriptiveCsv, filledCsv, weightsCsv } from "./paper-csv.js";
import {
  couplingTable,
  descriptiveTable,
  filledTable,
  growthTable,
  indicesTable,
  type PaperTable,
  type TableContext,
  weightsTable,
} from "./tables.js";
import { renderXlsx } from "./xlsx.js";

/**
 * The workbook's sheets, in order: the paper tables, then those of the analyses the study has
 * (relative development, obstacle degree, sensitivity, spatial autocorrelation, dynamics).
 */
export function workbookTables(ctx: TableContext): PaperTable[] {
  const tables = [
    indicesTable(ctx),
    couplingTable(ctx),
    growthTable(ctx),
    weightsTable(ctx),
    filledTable(ctx),
    descriptiveTable(ctx),
    ...analysisTables(ctx),
  ];
  // The analyses' sheets are named "kind-ID[-part]": kind and part in --lang, the id as it is.
  const parts = ctx.words.sheetPart;
  const part = (p: string) => (Object.hasOwn(parts, p) ? parts[p]! : p);
  return tables.map((t) => {
    if (t.sheet !== undefined) return t;
    const [kind = "", ...rest] = t.key.split("-");
    const last = rest.length > 1 ? [...rest.slice(0, -1), part(rest[rest.length - 1]!)] : rest;
    return { ...t, sheet: [part(kind), ...last].join("-") };
  });
}

/** The paper files; `figures` are report.docx's (docx-figures.ts). */
export async function paperFiles(
  result: Result,
  plan: Plan,
  names: Names,
  figures: readonly DocxFigure[] = [],
): Promise<Map<string, string | Uint8Array>> {
  const ctx: TableContext = { result, plan, names, words: wordsFor(names.lang) };

  return new Map<string, string | Uint8Array>([
    ["results.xlsx", await renderXlsx(workbookTables(ctx))],
    [
      "report.docx",
      await renderDocx({
        title: result.study.title,
        notes: plan.study.notes,
        tables: documentTables(ctx),
        figures,
        lang: names.lang,
      }),
    ],
    ["weights.csv", weightsCsv(result, names)],
    ["filled.csv", filledCsv(result)],
    ["descriptive.csv", descriptiveCsv(result, names)],
  ]);
}

/** report.html: every table and figure, the run report and the files' hashes. */
export function reportHtml(
  result: Result,
  plan: Plan,
  names: Names,
  figures: readonly RenderedFigure[],
  hashes: readonly { path: string; sha256: string }[],
): string {
  const ctx: TableContext = { result, plan, names, words: wordsFor(names.lang) };
  return renderHtml({
    lang: names.lang,
    title: result.study.title,
    notes: plan.study.notes,
    citations: plan.study.citations,
    tables: documentTables(ctx),
    figures,
    runReport: runReportBlocks(result, plan, ctx.words.report),
    hashes,
  });
}
