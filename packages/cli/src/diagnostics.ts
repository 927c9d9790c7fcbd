/**
 * The one way the CLI prints diagnostics, the compiler's and the engine's alike: each is one
 * @ccdc/dsl `renderDiagnostic` — `error[D0101]: message`, ` --> spec.ccd:LINE:COL`, a code
 * frame, `help:` — and a list is at most MAX_PRINTED of them, separated by blank lines, then
 * how many more were not shown, then any diagnostic saying ccdc stopped reading (renderList). An engine issue (a data or plan error found while
 * running) becomes a Renderable here: its spec location comes from its JSON pointer mapped
 * through the plan's sourceMap, walking up the pointer until a mapped ancestor is found; the
 * data file, row and column follow as a note.
 */
import {
  type Diagnostic,
  type Position,
  type Renderable,
  renderDiagnostic,
  type Severity,
  STOP_CODES,
  sortDiagnostics,
} from "@ccdc/dsl";
import { type SpecRange, visibleText } from "@ccdc/plan";
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

const SEVERITIES: readonly string[] = ["error", "warning", "note"];

export function renderIssue(issue: IssueLike, ctx: IssueContext): string {
  const color = (ctx.style ?? plainStyle) !== plainStyle;
  const severity = (SEVERITIES.includes(issue.severity) ? issue.severity : "error") as Severity;
  const range =
    issue.pointer === undefined ? undefined : rangeForPointer(issue.pointer, ctx.sourceMap);
  const text = range ? ctx.specText(range.file) : undefined;
  const data = dataLocation(issue, ctx);
  const diagnostic: Renderable = {
    severity,
    code: visibleText(issue.code),
    message: visibleText(issue.message),
    ...(range
      ? {
          range: {
            file: ctx.specPath(range.file),
            start: { line: range.line, column: range.column, offset: range.offset },
            end: firstLineEnd(range, text),
          },
        }
      : {}),
    ...(data ? { notes: [`in the data: ${visibleText(data)}`] } : {}),
    ...(issue.hint ? { hint: visibleText(issue.hint) } : {}),
  };
  return `${renderDiagnostic(diagnostic, text?.replace(/\r?\n$/, ""), { color })}\n`;
}

/** Engine issues, in the order given, as a list (renderList). */
export function renderIssues(issues: readonly IssueLike[], ctx: IssueContext): string {
  return renderList(
    issues,
    (i) => renderIssue(i, ctx),
    (i) => STOP_CODES.has(i.code),
  );
}

/** The compiler's diagnostics, sorted by position, as a list (renderList). */
export function renderSpecDiagnostics(
  diagnostics: readonly Diagnostic[],
  sources: ReadonlyMap<string, string>,
  color: boolean,
): string {
  return renderList(
    sortDiagnostics(diagnostics),
    (d) => `${renderDiagnostic(d, sources.get(d.range.file), { color })}\n`,
    (d) => STOP_CODES.has(d.code),
  );
}

/**
 * At most MAX_PRINTED rendered items (each ending in a newline), separated by a blank line,
 * then a line counting the rest: a file of garbage prints a bounded report. Items that say
 * ccdc stopped reading (`isStop`: E0010) are never counted away: they are printed after the
 * others (and after the count), since they say why the list ends where it does.
 */
function renderList<T>(
  items: readonly T[],
  render: (item: T) => string,
  isStop: (item: T) => boolean,
): string {
  const stops: T[] = [];
  const rest: T[] = [];
  for (const item of items) (isStop(item) ? stops : rest).push(item);
  const shown = rest.slice(0, MAX_PRINTED).map(render);
  if (rest.length > MAX_PRINTED) shown.push(`${notShown(rest.length - MAX_PRINTED)}\n`);
  for (const stop of stops) shown.push(render(stop));
  return shown.join("\n");
}

/** The most diagnostics printed for one command; the rest are counted ("and N more"). */
export const MAX_PRINTED = 50;

/** The line after the printed diagnostics. */
export const notShown = (n: number): string =>
  `… and ${n} more ${n === 1 ? "diagnostic" : "diagnostics"}, not shown (fix the first ones and run again)`;

function dataLocation(issue: IssueLike, ctx: IssueContext): string | undefined {
  const parts: string[] = [];
  if (issue.file !== undefined) parts.push(ctx.dataPath(issue.file));
  if (issue.row !== undefined) parts.push(`row ${issue.row}`);
  if (issue.column !== undefined) {
    parts.push(
      `column ${typeof issue.column === "number" ? issue.column : JSON.stringify(issue.column)}`,
    );
  }
  return parts.length > 0 ? parts.join(", ") : undefined;
}

/**
 * The end of the span to underline, from the source map's offsets: a range over several lines
 * (a whole source block) is underlined on its first line only, up to its last non-blank
 * character (found from the range's own offset, not by scanning the text from the start).
 */
function firstLineEnd(range: SpecRange, text: string | undefined): Position {
  if (range.endLine === range.line || text === undefined)
    return { line: range.endLine, column: range.endColumn, offset: range.endOffset };
  const breakAt = text.slice(range.offset, range.endOffset).search(/\r|\n/);
  const lineEnd = breakAt < 0 ? range.endOffset : range.offset + breakAt;
  const body = text.slice(range.offset, lineEnd).trimEnd();
  const offset = range.offset + Math.max(1, body.length);
  return { line: range.line, column: range.column + (offset - range.offset), offset };
}
