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
    {
      file,
      row: at.row,
      column: key,
      pointer: at.pointer,
      args: { file, key, variable, proxyOnly },
    },
  );

/**
 * W0103: rows that match nothing the study declares, counted by reason (each part already
 * says how many rows and gives examples); given only when the study misses values from the
 * file (D0114 or D0201 come with it), since one of these rows may hold them.
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
      hint: "the study misses values from this file: if one of these rows holds them, correct its key or year in the data, or declare the key the study should read",
    },
  );

/** Where a file's issue points: the source in the plan, when the request names one. */
type FileAt = { file: string; pointer?: string | undefined };
const pointerOf = (r: FileAt, suffix = "") =>
  r.pointer !== undefined ? { pointer: `${r.pointer}${suffix}` } : {};

/** D0101: a data file that cannot be read (absent, a directory, no permission, …). */
export const unreadableFile = (request: FileAt & { path: string }, e: unknown): EngineIssue => {
  const code = (e as { code?: string }).code;
  const reason =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "it is a directory"
        : code === "EACCES"
          ? "permission denied"
          : ((e as Error).message ?? String(e));
  return error("D0101", `cannot read ${request.file}: ${reason} (looked at ${request.path})`, {
    file: request.file,
    ...pointerOf(request, "/path"),
    hint: "a source path is relative to the folder of the spec (or of the plan file, for `ccdc run plan.json`)",
  });
};

/** Why a file is not a workbook, worded for `notAWorkbook`. */
export const WORKBOOK_PROBLEMS = {
  notAFile: "it is not a regular file",
  notAZip: (why: string) => `it is not a zip archive, which every .xlsx file is (${why})`,
} as const;

/** D0101: a file that is not an XLSX workbook (`why`: what is wrong with it). */
export const notAWorkbook = (request: FileAt, why: string): EngineIssue =>
  error("D0101", `cannot read ${request.file} as an XLSX workbook: ${why}`, {
    file: request.file,
    ...pointerOf(request, "/path"),
    hint: "an xlsx source must be an Excel 2007+ workbook (.xlsx); save .xls or .csv files as .xlsx, or declare `format csv`",
  });

/** D0106: a workbook without the sheet named (or without any sheet). */
export const noSheet = (
  request: FileAt,
  sheet: string | undefined,
  names: readonly string[],
): EngineIssue =>
  error(
    "D0106",
    sheet === undefined
      ? `${request.file} has no worksheet`
      : `${request.file} has no sheet "${sheet}"; its sheets are: ${names.map((n) => `"${n}"`).join(", ")}`,
    { file: request.file, ...pointerOf(request, "/sheet") },
  );

/** D0107: a row with a non-empty field past the header's last column. */
export const fieldWithoutHeader = (
  request: FileAt,
  line: number,
  fields: number,
  width: number,
  column: string,
  value: string | undefined,
): EngineIssue =>
  error(
    "D0107",
    `${request.file}, row ${line}: ${fields} fields but the header has ${width}; column ${column} ("${value}") has no header`,
    {
      file: request.file,
      row: line,
      column,
      ...pointerOf(request),
      hint: 'a value with a comma in it must be quoted ("2,155"), or written without the thousands separator (2155)',
    },
  );

/** How a CSV file is malformed, worded for `malformedCsv`. */
export const CSV_PROBLEMS = {
  quoteNotClosed: "a quoted cell starts here and its closing quote is never found",
  openingQuote: "a quote in the middle of an unquoted cell",
  closingQuote: "text after a closing quote, before the next comma",
} as const;

/** D0107: a CSV file the parser stops on (`what`: one of CSV_PROBLEMS or the parser's words). */
export const malformedCsv = (
  request: FileAt,
  line: number,
  column: string | undefined,
  what: string,
): EngineIssue =>
  error(
    "D0107",
    `${request.file}, row ${line}${column ? `, column ${column}` : ""}: malformed CSV: ${what}`,
    {
      file: request.file,
      row: line,
      ...(column ? { column } : {}),
      ...pointerOf(request),
      hint: 'a quoted cell must end with a quote, and a quote inside it is written twice ("")',
    },
  );

/** D0109: two header columns with the name a layout or variable reads. */
export const ambiguousColumn = (
  file: string,
  headerRow: number,
  name: string,
  first: string,
  second: string,
  role: string,
  pointer: string,
): EngineIssue =>
  error(
    "D0109",
    `${file}: the header (row ${headerRow}) has two columns named "${name}", ${first} and ${second}; the ${role} column is ambiguous`,
    {
      file,
      row: headerRow,
      column: second,
      pointer,
      hint: "rename or remove one of the two columns",
    },
  );

/** D0110: a data file that is not UTF-8 text (`what`: what it looks like, with its row and byte). */
export const notUtf8 = (
  request: FileAt,
  row: number,
  byteInRow: number,
  what: string,
  hint: string,
): EngineIssue =>
  error("D0110", `${request.file}, row ${row} (byte ${byteInRow} of the row): ${what}`, {
    file: request.file,
    row,
    ...pointerOf(request),
    hint,
  });

/** The hints of D0110: how to save a file as UTF-8, given what it looks like. */
export const utf8Hint = (kind: "binary" | "text", encoding: string | undefined): string =>
  kind === "binary"
    ? "a source must be a CSV text file (or an .xlsx workbook with `format xlsx`)"
    : encoding === "GBK/GB18030"
      ? "save the file as UTF-8: in Excel, Save As → “CSV UTF-8 (Comma delimited)”; or `iconv -f GB18030 -t UTF-8`"
      : encoding?.startsWith("UTF-")
        ? `save the file as UTF-8: in Excel, Save As → “CSV UTF-8 (Comma delimited)”; or \`iconv -f ${encoding} -t UTF-8\``
        : "save the file as UTF-8: in Excel, Save As → “CSV UTF-8 (Comma delimited)”";

/** D0111: a CSV file larger than the read limit (`what`: the size check's words). */
export const csvTooLarge = (request: FileAt, what: string): EngineIssue =>
  error("D0111", `${request.file}: ${what}`, {
    file: request.file,
    ...pointerOf(request),
    hint: "keep only the rows and columns the study uses, or split the file into sources",
  });

/** D0111: a workbook larger than the read limit. */
export const workbookTooLarge = (request: FileAt, limitGiB: number): EngineIssue =>
  error(
    "D0111",
    `${request.file}: it is larger than ${limitGiB} GiB, the most ccdc reads for a source`,
    { file: request.file, ...pointerOf(request) },
  );

/** D0115: the study's sources together past the read limit (`what`: the limit's words). */
export const studyReadTooLarge = (request: FileAt, what: string): EngineIssue =>
  error("D0115", `${request.file}: ${what}`, {
    file: request.file,
    ...pointerOf(request),
    hint: "read fewer or smaller sources: keep only the rows and columns the study uses",
  });

/** D0111: a workbook whose zip directory declares more bytes than are inflated for a source. */
export const workbookInflatesTooLarge = (request: FileAt, limitGiB: number): EngineIssue =>
  error(
    "D0111",
    `${request.file}: its parts inflate to more than ${limitGiB} GiB (as its zip directory declares), the most ccdc reads for a source`,
    {
      file: request.file,
      ...pointerOf(request),
      hint: "keep only the rows and columns the study uses, or split the workbook into sources",
    },
  );

/** D0111: a worksheet holding more cells than are read from one sheet. */
export const sheetTooLarge = (request: FileAt, sheet: string, limit: number): EngineIssue =>
  error(
    "D0111",
    `${request.file}: sheet "${sheet}" holds more than ${limit.toLocaleString("en")} cells, the most ccdc reads from one sheet`,
    {
      file: request.file,
      ...pointerOf(request),
      hint: "keep only the rows and columns the study uses, or split the workbook into sources",
    },
  );

/** D0112: a CSV record longer than the limit. */
export const recordTooLong = (request: FileAt, line: number, limit: number): EngineIssue =>
  error(
    "D0112",
    `${request.file}, row ${line}: a record longer than ${limit.toLocaleString("en")} characters, the most ccdc reads in one row`,
    {
      file: request.file,
      row: line,
      ...pointerOf(request),
      hint: "a row this long is usually an unclosed quote or a file that is not a table; check the row",
    },
  );

/** D0113: a worksheet that cannot be read (`why`: the workbook error in words). */
export const sheetUnreadable = (request: FileAt, sheet: string, why: string): EngineIssue =>
  error("D0113", `${request.file}: cannot read sheet "${sheet}": ${why}`, {
    file: request.file,
    ...pointerOf(request),
    hint: "open the workbook in a spreadsheet program and save it again as .xlsx",
  });

/** W0102: rows whose key differs from a declared key only in case (`kind`: region, variable). */
export const caseNearMiss = (
  file: string,
  kind: string,
  key: string,
  row: number,
  declared: string,
  pointer: string,
): EngineIssue =>
  warning(
    "W0102",
    `${file}: rows for ${kind} key "${key}" (the first is row ${row}) are not read: no ${kind} has that key; did you mean "${declared}"?`,
    {
      file,
      row,
      pointer,
      args: { file, kind, key, row, declared },
      hint: "keys are matched exactly, case included: fix the data, or the key in the spec",
    },
  );
