/**
 * Missing data (D02xx): cells with no value under the rule error, and cells a missing rule
 * cannot fill. Each message lists every cell concerned, grouped by variable.
 */
import { type EngineIssue, error, formatCells, type IssueCell } from "../issues.js";
import { q } from "./quote.js";

// ------------------------------------------------------------------ D02xx missing data

/** D0201: every missing cell of every variable whose rule is error, one line per variable. */
export const missingCells = (
  cells: readonly IssueCell[],
  variables: number,
  lines: readonly string[],
  pointer: string,
): EngineIssue =>
  error(
    "D0201",
    `missing data: ${cells.length} cell${cells.length === 1 ? "" : "s"} of ${variables} variable${variables === 1 ? "" : "s"} ha${cells.length === 1 ? "s" : "ve"} no value, and the rule is error:\n${lines.join("\n")}`,
    {
      pointer,
      cells: [...cells],
      hint: "complete the data, or declare a missing rule for the variable (interpolate, nearest, splice <proxy>)",
    },
  );

const CANNOT_FILL = {
  interpolate: {
    code: "D0202",
    hint: "interpolation fills gaps between observed years only; use nearest or splice for the ends, or complete the data",
  },
  nearest: { code: "D0203", hint: "the series has no observed value at all" },
  splice: {
    code: "D0204",
    hint: "the proxy must be observed (or filled) and non-zero both in the missing year and in the year spliced from",
  },
} as const;

/** D0202–D0204: cells a variable's missing rule cannot fill, grouped by reason. */
export const cannotFill = (
  rule: keyof typeof CANNOT_FILL,
  variable: string,
  ruleName: string,
  byWhy: ReadonlyMap<string, IssueCell[]>,
  showRegion: (id: string) => string,
  pointer: string,
): EngineIssue => {
  const cells = [...byWhy.values()].flat();
  const lines = [...byWhy].map(([why, cs]) => `${formatCells(cs, showRegion)}: ${why}`);
  return error(
    CANNOT_FILL[rule].code,
    `variable ${q(variable)} (rule ${ruleName}): ${cells.length} missing cell${cells.length === 1 ? "" : "s"} cannot be filled:\n${lines.join("\n")}`,
    { pointer, cells, hint: CANNOT_FILL[rule].hint },
  );
};
