/**
 * Reading data (D01xx, W01xx): a file, its header, its cells and rows. Messages name the file,
 * row, column and data key concerned; hints say how to fix the problem.
 */
import { type EngineIssue, error, warning } from "../issues.js";
import { q } from "./quote.js";

// ------------------------------------------------------------------ D01xx reading data

/** D0102: a layout or variable column is not in the header. */
export const missingColumn = (
  file: string,
  role: string,
  name: string,
  headerRow: number,
  header: string,
  pointer: string,
): EngineIssue =>
  error(
    "D0102",
    `${file}: the ${role} column ${q(name)} is not in the header (row ${headerRow}); the header is: ${header}`,
    { file, row: headerRow, column: name, pointer },
  );

/** D0103: a value cell that is not a number. */
export const notANumber = (
  ref: string,
  shown: string,
  variable: string,
  at: { file: string; row: number; column: string; pointer: string },
): EngineIssue =>
  error("D0103", `${ref}: ${shown} is not a number (variable ${q(variable)})`, {
    ...at,
    hint: "write plain decimal numbers (a dot for decimals, no thousands separators); leave the cell empty for a missing value",
  });

/** D0104: a second row for a cell already read. */
export const duplicateRow = (
  file: string,
  row: number,
  what: string,
  firstRow: number,
  pointer: string,
): EngineIssue =>
  error("D0104", `${file}, row ${row}: a second row for ${what} (the first is row ${firstRow})`, {
    file,
    row,
    pointer,
    hint: "keep one row per region, year and variable",
  });

/** D0105: a year cell that is not an integer. */
export const yearNotInteger = (
  ref: string,
  shown: string,
  at: { file: string; row: number; column: string; pointer: string },
): EngineIssue => error("D0105", `${ref}: the year is ${shown}, not an integer`, at);

/** D0108: more issues of one code in one file than are listed. */
export const moreNotListed = (
  file: string,
  code: string,
  more: number,
  all: number,
  severity: EngineIssue["severity"],
): EngineIssue =>
  (severity === "warning" ? warning : error)(
    "D0108",
    `${file}: ${more} more ${code} issues like the ones above are not listed (${all} in all)`,
    { file },
  );

/**
 * D0114: a region the study needs has no row in the file; `near` is the closest key the file
 * has that no region has. `name` is the file's name (stable wherever the plan is moved).
 */
export const regionWithoutRows = (
  key: string,
  name: string,
  near: string | undefined,
  at: { file: string; column: string; pointer: string },
): EngineIssue =>
  error(
    "D0114",
    `no rows for region key ${q(key)} in ${name}${near === undefined ? "" : `; did you mean ${q(near)}?`}`,
    {
      ...at,
      hint: `the region's key (its primary label, or \`key "…"\`) must equal a value of the ${q(at.column)} column exactly`,
    },
  );

/** W0101: no column for a variable the study does not need (or reads only as a splice proxy). */
export const absentColumn = (
  file: string,
  key: string,
  variable: string,
  proxyOnly: boolean,
  at: { row: number; pointer: string },
): EngineIssue =>
  warning(
    "W0101",
    proxyOnly
      ? `${file}: no column ${q(key)} for variable ${q(variable)}, which the study reads only as a splice proxy; the cells spliced on it cannot be filled`
      : `${file}: no column ${q(key)} for variable ${q(variable)}, which the study does not use`,
    { file, row: at.row, column: key, pointer: at.pointer },
  );

/**
 * W0103: rows that match nothing the study declares, counted by reason (each part already
 * says how many rows and gives examples).
 */
export const unmatchedRows = (
  file: string,
  name: string,
  total: number,
  parts: readonly string[],
  pointer: string,
): EngineIssue =>
  warning(
    "W0103",
    `${name}: ${total} row${total === 1 ? "" : "s"} match${total === 1 ? "es" : ""} nothing the study declares and ${total === 1 ? "was" : "were"} not read: ${parts.join("; ")}`,
    {
      file,
      pointer,
      hint: "declare a region or variable for keys the study should read; rows the study does not need can stay",
    },
  );
