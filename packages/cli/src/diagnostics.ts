/**
 * Engine issues (data and plan errors found while running) rendered like the compiler's
 * diagnostics: `error[D0101]: message`, ` --> spec.ccd:LINE:COL` with a code frame, the data
 * file, row and column, and `help:`. The location comes from the issue's JSON pointer mapped
 * through the plan's sourceMap, walking up the pointer until a mapped ancestor is found.
 */
import type { SpecRange } from "@ccdc/plan";
import { displayWidth } from "./render/width.js";
import { plainStyle, type Style } from "./style.js";

/** The fields of the engine's `EngineIssue` this renderer reads (structural, so it is testable alone). */
export interface IssueLike {
  readonly severity: string;
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
  readonly pointer?: string;
  readonly file?: string;
  readonly row?: number;
  readonly column?: number | string;
}

export interface IssueContext {
  readonly sourceMap: Readonly<Record<string, SpecRange>>;
  /** The text of a spec file named in the source map, if it can be read (for the code frame). */
  readonly specText: (file: string) => string | undefined;
  /** How to print a spec file named in the source map. */
  readonly specPath: (file: string) => string;
  /** How to print a data file named in an issue. */
  readonly dataPath: (file: string) => string;
  readonly style?: Style;
}

/** The spec range of a JSON pointer: the exact key, else the nearest mapped ancestor. */
export function rangeForPointer(
  pointer: string,
  sourceMap: Readonly<Record<string, SpecRange>>,
): SpecRange | undefined {
  let p = pointer;
  for (;;) {
    const hit = sourceMap[p];
    if (hit) return hit;
    if (p === "" || p === "/") return undefined;
    const cut = p.lastIndexOf("/");
    p = cut <= 0 ? "" : p.slice(0, cut);
  }
}

export function renderIssue(issue: IssueLike, ctx: IssueContext): string {
  const s = ctx.style ?? plainStyle;
  const sev = issue.severity === "error" ? s.red : issue.severity === "warning" ? s.yellow : s.cyan;
  const lines = [
    `${s.bold(sev(`${issue.severity}[${issue.code}]`))}${s.bold(`: ${issue.message}`)}`,
  ];
  const range =
    issue.pointer === undefined ? undefined : rangeForPointer(issue.pointer, ctx.sourceMap);
  const frame = range ? codeFrame(range, ctx.specText(range.file)) : [];
  const gutter = " ".repeat(Math.max(1, ...frame.map(([n]) => n.length)));
  if (range)
    lines.push(
      `${gutter}${s.cyan("-->")} ${ctx.specPath(range.file)}:${range.line}:${range.column}`,
    );
  if (frame.length > 0) {
    lines.push(`${gutter} ${s.cyan("|")}`);
    for (const [num, body] of frame) {
      const caret = num === "" && body.trim().startsWith("^");
      lines.push(
        `${s.cyan(num.padStart(gutter.length))} ${s.cyan("|")}${body ? ` ${caret ? sev(body) : body}` : ""}`,
      );
    }
  }
  const data = dataLocation(issue, ctx);
  if (data) lines.push(`${gutter} ${s.cyan("=")} data: ${data}`);
  if (issue.hint) lines.push(`${gutter} ${s.cyan("=")} ${s.bold("help")}: ${issue.hint}`);
  return `${lines.join("\n")}\n`;
}

export function renderIssues(issues: readonly IssueLike[], ctx: IssueContext): string {
  return issues.map((i) => renderIssue(i, ctx)).join("\n");
}

function dataLocation(issue: IssueLike, ctx: IssueContext): string | undefined {
  if (issue.file === undefined && issue.row === undefined && issue.column === undefined)
    return undefined;
  const parts: string[] = [];
  if (issue.file !== undefined) parts.push(ctx.dataPath(issue.file));
  if (issue.row !== undefined) parts.push(`row ${issue.row}`);
  if (issue.column !== undefined)
    parts.push(
      `column ${typeof issue.column === "number" ? issue.column : JSON.stringify(issue.column)}`,
    );
  return parts.join(", ");
}

/**
 * The spec lines of a range (at most three; the first underlined), as [line number, text]
 * pairs, with an empty number for the underline row. Empty when the text is unavailable.
 */
export function codeFrame(range: SpecRange, text: string | undefined): [string, string][] {
  if (text === undefined) return [];
  const all = text.split(/\r?\n/);
  const first = all[range.line - 1];
  if (first === undefined) return [];
  const out: [string, string][] = [];
  const last = Math.min(range.endLine, range.line + 2, all.length);
  for (let n = range.line; n <= last; n++) {
    const body = (all[n - 1] ?? "").replace(/\t/g, " ").trimEnd();
    out.push([String(n), body]);
    if (n === range.line) {
      const startCol = Math.max(1, range.column);
      const endCol =
        range.endLine === range.line ? Math.max(range.endColumn, startCol + 1) : body.length + 1;
      const lead = displayWidth(body.slice(0, startCol - 1));
      const span = Math.max(1, displayWidth(body.slice(startCol - 1, endCol - 1)));
      out.push(["", `${" ".repeat(lead)}${"^".repeat(span)}`]);
    }
  }
  return out;
}
