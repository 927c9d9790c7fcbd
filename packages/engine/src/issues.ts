/**
 * Engine issues: errors and warnings as data.
 *
 * The engine never throws at its caller for a problem in the plan or the data; it returns
 * `EngineIssue`s. (A thrown exception means a bug in the engine itself.) An issue carries a JSON
 * pointer into the plan (the CLI maps it to a spec range through `plan.sourceMap`) and, for a
 * data problem, the file, the 1-based row as a spreadsheet or an editor shows it (the header is
 * row 1) and the column's header name.
 *
 * Codes: `P….` the plan, `D01..` reading data, `D02..` missing data, `D03..` aggregation,
 * derivation and normalisation, `W….` warnings. `ISSUE_CODES` lists them all; the wording of
 * every issue lives in the catalog, messages/ (one file per family), whose factories are the
 * only callers of `error` and `warning`.
 */

/** One cell of the panel, named by ids (for missing-data issues). */
export interface IssueCell {
  variable: string;
  region: string;
  year: number;
}

export interface EngineIssue {
  severity: "error" | "warning";
  code: string;
  message: string;
  hint?: string;
  /** JSON pointer into the plan, e.g. "/sources/0/variables/3". */
  pointer?: string;
  file?: string;
  /** 1-based row as a spreadsheet or editor shows it; the header is row 1. */
  row?: number;
  /** The column's header name. */
  column?: string;
  /** For missing-data issues: every cell concerned, in panel order (variable, region, year). */
  cells?: IssueCell[];
  /**
   * A warning's structured fields (ids, counts, years, rates), named per code in
   * docs/run-errors.md, so a renderer can word the warning in another language without
   * reading the English message.
   */
  args?: IssueArgs;
}

/** One structured field of a warning: an id, a number, a flag or a list of ids or numbers. */
export type IssueArg = string | number | boolean | readonly string[] | readonly number[];

/** A warning's structured fields by name. */
export type IssueArgs = Readonly<Record<string, IssueArg>>;

/** Every code the engine emits, with what it means. */
export const ISSUE_CODES = {
  P0001: "unsupported plan version",
  P0002: "the plan does not match the plan schema",
  P0003: "a reference to an id that does not exist",
  P0004: "a duplicate id",
  P0005: "an inconsistent hierarchy (parents, children, leaves, composition)",
  P0006: "invalid fixed weights",
  P0007: "invalid coordination weights (beta)",
  P0008: "a scale whose levels do not tile [0, 1]",
  P0009: "splice proxies that form a cycle",
  P0010: "invalid study years",
  P0011: "an invalid analysis (too few systems or units, repeated ids)",
  P0012: "an analysis that would produce more than 100,000 rows",
  P0013: "an invalid dynamics declaration (subject, groups, steps, years)",
  P0014: "a number in the plan that is not finite (e.g. 1e400, which overflows)",
  P0015: "an invalid weighting (an AHP matrix, or a combination's members or α)",
  P0016: "an AHP judgement matrix with consistency ratio CR ≥ 0.1 (rule: error)",
  P0017: "a plan nested more than 1,000 levels deep (a hand-written expression)",
  P0101: "no variant of that name in the study",
  P0102:
    "a variant's override cannot be applied (unknown node, analysis, scale or indicator; a dropped indicator with a fixed weight)",
  P0103: "a sensitivity choice names an undeclared variant",
  P0104: "a sensitivity analysis would make too many runs",
  P0105:
    "a variant's coupling forms leave out the form a relative, dynamics or autocorrelation declaration writes",
  D0101: "a data file cannot be read",
  D0102: "a column is missing from the header",
  D0103: "a value is not a number",
  D0104: "a duplicate (region, year, variable) row",
  D0105: "a year is not an integer",
  D0106: "the sheet does not exist",
  D0107: "the CSV file is malformed",
  D0108: "more issues of one kind in one file than are listed",
  D0109: "two header columns with the name a layout or variable reads",
  D0110: "a data file that is not UTF-8 text (UTF-16/32, GBK, Windows-1252, binary)",
  D0111: "a data file larger than the limit read for a source (1 GiB)",
  D0112: "a CSV record longer than the limit (1,048,576 characters)",
  D0113: "a worksheet that cannot be read",
  D0114: "a region the study needs has no row in a data file (its key matches no row)",
  D0115: "the study's sources together larger than the limit read for one study (2 GiB)",
  D0201: "missing data cells (rule: error)",
  D0202: "interpolation cannot fill leading or trailing gaps",
  D0203: "nearest-year filling has no observed year",
  D0204: "splicing cannot fill cells (no observed year, or the proxy is missing or zero)",
  D0301: "a variable with aggregate none is used for a unit of several regions",
  D0302: "a weighted mean whose weights sum to zero",
  D0303: "an indicator is not finite (zero denominator or overflow)",
  D0304: "a given index is outside [0, 1]",
  D0305: "a constant indicator (max − min ≤ 1e-12 × max(|max|, |min|)) under the rule error",
  D0306: "a weighted mean with a negative weight",
  D0307: "coefficient-of-variation weights on a raw value below 0 or a column whose mean is 0",
  D0308: "game-theory weights normalised by the sum of α that come out negative",
  D0601: "a map file cannot be read or is not JSON",
  D0602:
    "a map file is not a GeoJSON FeatureCollection or a TopoJSON Topology with the declared object",
  D0603: "a map feature without the key property or without a polygon geometry",
  D0604: "a map coordinate that is not a longitude/latitude in degrees",
  D0605: "a region with no feature in the map",
  D0606: "two map features with the same key",
  W0601: "map features that match no region",
  P0020: "inconsistent spatial weights or autocorrelation (references, units that are not regions)",
  P0021:
    "an invalid relative development or obstacle declaration (analysis, form, rule, bands, node)",
  D0701: "a neighbour or coordinates file names a region the study does not declare",
  D0702: "a neighbour file pairs a region with itself",
  D0703: "a coordinates file lacks a region",
  D0704: "a coordinates file gives a region twice",
  D0705: "a coordinate that is not a longitude/latitude in degrees",
  D0706: "k nearest neighbours with k larger than n − 1",
  D0707: "two regions at the same point under inverse-distance weights",
  D0708: "two regions with the same mean under economic-distance weights",
  D0709: "a region with no neighbour (an island) under islands error",
  W0701: "islands left out of the spatial statistics (islands drop)",
  W0702: "asymmetric k-nearest-neighbour weights",
  W0101: "a data column for a variable the plan does not use is absent",
  W0102: "data rows whose region or variable key differs from a declared key only in case",
  W0103:
    "data rows that match no declared region key, variable key or study year (not read), listed when the study misses values from the file",
  W0301: "a constant indicator normalised to the shift",
  W0302: "degenerate weights replaced by their declared rule (equal weights, or α = 1/T)",
  W0303: "per-year weights reported as their mean across years",
  W0304: "a unit's index is the shift in every year (per-year scope)",
  W0305: "TOPSIS with every weighted column constant: closeness 0.5",
  W0306: "an AHP matrix with CR ≥ 0.1 used under allow_inconsistent",
  W0401: "D outside the scale's range graded at the nearest end level",
  W0501: "an average annual growth rate is undefined",
  W0502: "an average annual growth rate from a first-year index equal to the shift",
  W1101: "GM(1,1) not fitted for some units (level-ratio test failed, a value ≤ 0)",
  W1102: "forecast values outside [0, 1] clamped",
  W1103: "β convergence not estimated (a value ≤ 0, too few observations)",
  W0801: "a variant's run leaves out the sensitivity analyses",
  W0802: "a variant's run leaves out a declared figure of a form it does not compute",
} as const;

export type IssueCode = keyof typeof ISSUE_CODES;

/** Builds an error issue. */
export function error(
  code: IssueCode,
  message: string,
  extra: Partial<EngineIssue> = {},
): EngineIssue {
  return { severity: "error", code, message, ...extra };
}

/** Builds a warning issue. */
export function warning(
  code: IssueCode,
  message: string,
  extra: Partial<EngineIssue> = {},
): EngineIssue {
  return { severity: "warning", code, message, ...extra };
}

/** Escapes one JSON-pointer token (RFC 6901). */
export function pointerToken(token: string | number): string {
  return String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Joins tokens into a JSON pointer, e.g. `pointer("sources", 0, "variables", 3)`. */
export function pointer(...tokens: (string | number)[]): string {
  return tokens.map((t) => `/${pointerToken(t)}`).join("");
}

/**
 * Formats a list of years compactly: consecutive years of the study become ranges,
 * e.g. [2013, 2014, 2015, 2018] → "2013–2015, 2018".
 */
export function formatYears(years: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < years.length) {
    let j = i;
    while (j + 1 < years.length && years[j + 1]! === years[j]! + 1) j++;
    parts.push(j > i ? `${years[i]}–${years[j]}` : String(years[i]));
    i = j + 1;
  }
  return parts.join(", ");
}

/**
 * Formats cells of one variable compactly and completely: regions missing the same years are
 * grouped, e.g. "2013–2015 for beijing, tianjin; 2013 for hebei". Regions and years keep the
 * order they come in.
 */
export function formatCellsOfVariable(
  cells: readonly { region: string; year: number }[],
  showRegion: (id: string) => string = (id) => id,
): string {
  const byRegion = new Map<string, number[]>();
  for (const c of cells) {
    const ys = byRegion.get(c.region);
    if (ys) ys.push(c.year);
    else byRegion.set(c.region, [c.year]);
  }
  const groups = new Map<string, string[]>();
  for (const [region, ys] of byRegion) {
    const key = formatYears(ys);
    const rs = groups.get(key);
    if (rs) rs.push(region);
    else groups.set(key, [region]);
  }
  return [...groups].map(([ys, rs]) => `${ys} for ${rs.map(showRegion).join(", ")}`).join("; ");
}

/**
 * Formats cells of several variables, one line per variable:
 * "  exchange_capacity: 2013–2015 for beijing, tianjin"; `showRegion` may add the region's
 * data key (`beijing (key "Beijing")`).
 */
export function formatCells(
  cells: readonly IssueCell[],
  showRegion?: (id: string) => string,
): string {
  const byVariable = new Map<string, IssueCell[]>();
  for (const c of cells) {
    const list = byVariable.get(c.variable);
    if (list) list.push(c);
    else byVariable.set(c.variable, [c]);
  }
  return [...byVariable]
    .map(([v, cs]) => `  ${v}: ${formatCellsOfVariable(cs, showRegion)}`)
    .join("\n");
}
