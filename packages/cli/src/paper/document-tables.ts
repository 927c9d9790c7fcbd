/**
 * The tables of report.docx and report.html: every table the study computes, in a paper's
 * order — the data (descriptive statistics, weights, indices), the D tables with their scales'
 * legends, growth, C, T and D in full, the filled cells (when any), then the tables of the
 * analyses the study declares (relative development, obstacle degree, sensitivity, spatial
 * autocorrelation, differences and dynamics, kernel densities). The rows are those of
 * results.xlsx and the CSVs (the same builders), so the documents and the workbook show the same
 * numbers; a document leaves out a column that is empty in every row (a Note column when no
 * year needed a note).
 */
import { autocorrelationTables } from "./autocorrelation-tables.js";
import { dataTableSheet } from "./data-table.js";
import { densitySheets, dynamicsTables } from "./dynamics-tables.js";
import { relativeObstacleSheets } from "./relative-obstacle-sheets.js";
import { sensitivitySheets } from "./sensitivity-sheet.js";
import {
  couplingTable,
  couplingWideTables,
  descriptiveTable,
  filledTable,
  growthTable,
  indicesTable,
  type PaperTable,
  scaleTables,
  type TableContext,
  weightsTable,
} from "./tables.js";

/**
 * The tables of the analyses a study declares, in report order, as results.xlsx has them:
 * relative development, obstacle degree, sensitivity, spatial autocorrelation, dynamics and
 * kernel densities. None when the study declares none.
 */
export function analysisTables(ctx: TableContext): PaperTable[] {
  return [
    ...relativeObstacleSheets(ctx),
    ...sensitivitySheets(ctx),
    ...autocorrelationTables(ctx).map(dataTableSheet),
    ...dynamicsTables(ctx).map(dataTableSheet),
    ...densitySheets(ctx),
  ];
}

/** The documents' tables, numbered in this order (see the module comment). */
export function documentTables(ctx: TableContext): PaperTable[] {
  const filled = filledTable(ctx);
  return [
    descriptiveTable(ctx),
    weightsTable(ctx),
    indicesTable(ctx),
    ...couplingWideTables(ctx),
    ...scaleTables(ctx),
    growthTable(ctx),
    couplingTable(ctx),
    ...(filled.rows.length > 0 ? [filled] : []),
    ...analysisTables(ctx),
  ].map(withoutEmptyColumns);
}

/** `table` without the columns that hold nothing in any row (a table with no rows is kept whole). */
export function withoutEmptyColumns(table: PaperTable): PaperTable {
  if (table.rows.length === 0) return table;
  const kept = table.columns
    .map((_, i) => i)
    .filter((i) => table.rows.some((r) => r[i] !== null && r[i] !== undefined && r[i] !== ""));
  if (kept.length === table.columns.length) return table;
  return {
    ...table,
    columns: kept.map((i) => table.columns[i]!),
    rows: table.rows.map((r) => kept.map((i) => r[i] ?? null)),
  };
}
