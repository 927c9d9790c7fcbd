/**
 * Diagnostics as text, rustc style:
 *
 *     error[E0003]: expected `{` after the source path, found `format`
 *      --> spec.ccd:3:22
 *       2 | …
 *     > 3 | source panel "data.csv" format csv
 *         |                      ^^^^^^
 *       4 | …
 *     help: a source reads `source NAME "path" { … }`
 *     note: this `{` is never closed
 *      --> spec.ccd:1:13
 *
 * No colour unless asked for, so the output is deterministic.
 */
// @ts-expect-error: @babel/code-frame ships no types and @types/babel__code-frame is not installed.
import { codeFrameColumns as untypedCodeFrame } from "@babel/code-frame";
import { visibleText } from "@ccdc/plan";
import { type Diagnostic, type Range, type Severity, sortDiagnostics } from "./diagnostic.js";

type Loc = { readonly line: number; readonly column: number };
const codeFrameColumns = untypedCodeFrame as (
  source: string,
  loc: { readonly start: Loc; readonly end: Loc },
  opts: {
    highlightCode: boolean;
    forceColor: boolean;
    linesAbove: number;
    linesBelow: number;
    startLine: number;
  },
) => string;

export interface RenderOptions {
  /** ANSI colours (and babel's highlighting in the code frame). */
  readonly color?: boolean;
}

const ANSI = { red: "31", yellow: "33", cyan: "36", blue: "34" } as const;
const SEVERITY_COLOR: Record<Severity, keyof typeof ANSI> = {
  error: "red",
  warning: "yellow",
  note: "cyan",
};

const paint = (on: boolean, text: string, color?: keyof typeof ANSI): string =>
  on ? `\x1b[1${color ? `;${ANSI[color]}` : ""}m${text}\x1b[0m` : text;

const location = (r: Range): string => `${r.file}:${r.start.line}:${r.start.column}`;

// East Asian wide and fullwidth characters take two terminal columns (CJK labels are common
// in specs); babel counts them as one, which would put the underline in the wrong place.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/g;

/** Terminal columns of `text`: wide characters count twice. */
export function displayWidth(text: string): number {
  return text.length + (text.match(WIDE)?.length ?? 0);
}

// A frame line, possibly with ANSI colour codes (`SGR`): `> 12 | …` and its marker `   | ^^^`.
const SGR = String.raw`(?:\x1b\[[0-9;]*m)*`;
const NUMBERED_LINE = new RegExp(String.raw`^${SGR}>${SGR} *(\d+) `);
const MARKER_LINE = new RegExp(String.raw`^(.*?\|${SGR} )( *)(${SGR})(\^+)(.*)$`);

/** Re-aligns babel's marker lines (`  | ␣␣␣^^^`) under lines that hold wide characters. */
function alignMarkers(frame: string, lines: readonly string[], firstLine: number): string {
  const out = frame.split("\n");
  for (let i = 1; i < out.length; i++) {
    const numbered = NUMBERED_LINE.exec(out[i - 1]!);
    const marker = MARKER_LINE.exec(out[i]!);
    if (!numbered || !marker) continue;
    const src = lines[Number(numbered[1]) - firstLine] ?? "";
    const lead = marker[2]!.length;
    const len = marker[4]!.length;
    const pad = displayWidth(src.slice(0, lead));
    const carets = Math.max(1, displayWidth(src.slice(lead, lead + len)));
    out[i] = `${marker[1]}${" ".repeat(pad)}${marker[3]}${"^".repeat(carets)}${marker[5]}`;
  }
  return out.join("\n");
}

/**
 * The most lines of one range a frame shows: a range over a whole block, or a whole file of
 * garbage, is shown by its first lines.
 */
const MAX_FRAME_LINES = 12;

/** Lines `from`..`to` (1-based, inclusive) of `source`, as far as it has them. */
function sourceLines(source: string, from: number, to: number): string[] {
  const out: string[] = [];
  let start = 0;
  for (let line = 1; line <= to && start <= source.length; line++) {
    let nl = source.indexOf("\n", start);
    if (nl < 0) nl = source.length;
    if (line >= from) out.push(source.slice(start, nl));
    start = nl + 1;
  }
  return out;
}

/**
 * The lines of `source` around `range`, with the range underlined. Only those lines are cut
 * out and escaped: the cost of a frame does not grow with the file.
 */
function codeFrame(range: Range, source: string, color: boolean): string {
  const first = Math.max(1, range.start.line - 1);
  const clipped = range.end.line - range.start.line >= MAX_FRAME_LINES;
  const endLine = clipped ? range.start.line + MAX_FRAME_LINES - 1 : range.end.line;
  // Control characters are shown, never sent; babel splits lines at U+2028/U+2029 too, but
  // chevrotain (and our positions) do not.
  const lines = sourceLines(source, first, endLine + 1).map((l) =>
    visibleText(l).replace(/[\u2028\u2029]/g, " "),
  );
  const endColumn = clipped ? (lines[endLine - first]?.length ?? 0) + 1 : range.end.column;
  const multiLine = endLine > range.start.line;
  const frame = codeFrameColumns(
    lines.join("\n"),
    {
      start: { line: range.start.line, column: range.start.column },
      // babel underlines a multi-line span's last line through `column` inclusive.
      end: { line: endLine, column: multiLine ? Math.max(1, endColumn - 1) : endColumn },
    },
    { highlightCode: color, forceColor: color, linesAbove: 1, linesBelow: 1, startLine: first },
  );
  return lines.some((l) => new RegExp(WIDE.source).test(l))
    ? alignMarkers(frame, lines, first)
    : frame;
}

/** One diagnostic; `source` is the text of the file its range is in (no trailing newline). */
/**
 * What renderDiagnostic draws: a Diagnostic, or one found outside the compiler (an engine
 * issue, which the CLI maps to the spec through the plan's source map) that may have no spec
 * location, and may carry plain notes (the data file, row and column).
 */
export interface Renderable extends Omit<Diagnostic, "range"> {
  readonly range?: Range;
  readonly notes?: readonly string[];
}

/**
 * One diagnostic: `severity[code]: message`, ` --> file:line:col` and the code frame when it
 * has a location (the frame only when the source text is given), its notes, `help:`, and
 * each related location. The one rendering path for the compiler's and the engine's.
 */
export function renderDiagnostic(
  d: Renderable,
  source: string | undefined,
  opts: RenderOptions = {},
): string {
  const color = opts.color === true;
  // Control characters from the spec or the data are shown, never sent to the terminal.
  d = {
    ...d,
    message: visibleText(d.message),
    ...(d.hint !== undefined ? { hint: visibleText(d.hint) } : {}),
    ...(d.related
      ? { related: d.related.map((r) => ({ ...r, message: visibleText(r.message) })) }
      : {}),
  };
  const out = [
    `${paint(color, `${d.severity}[${d.code}]`, SEVERITY_COLOR[d.severity])}${paint(color, `: ${d.message}`)}`,
  ];
  if (d.range) {
    out.push(`${paint(color, " -->", "blue")} ${location(d.range)}`);
    if (source !== undefined) out.push(codeFrame(d.range, source, color));
  }
  for (const note of d.notes ?? []) out.push(`${paint(color, "note")}: ${note}`);
  if (d.hint) out.push(`${paint(color, "help", "cyan")}: ${d.hint}`);
  for (const r of d.related ?? []) {
    out.push(
      `${paint(color, "note")}: ${r.message}`,
      `${paint(color, " -->", "blue")} ${location(r.range)}`,
    );
  }
  return out.join("\n");
}

/** Every diagnostic, sorted by position, each followed by a newline and separated by a blank line. */
export function renderDiagnostics(
  ds: readonly Diagnostic[],
  sources: ReadonlyMap<string, string>,
  opts: RenderOptions = {},
): string {
  return sortDiagnostics(ds)
    .map((d) => `${renderDiagnostic(d, sources.get(d.range.file), opts)}\n`)
    .join("\n");
}

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "2 errors, 1 warning" (zero counts left out); "no errors or warnings" when there are none. */
export function summarize(ds: readonly Diagnostic[]): string {
  const errors = ds.filter((d) => d.severity === "error").length;
  const warnings = ds.filter((d) => d.severity === "warning").length;
  const parts = [
    errors > 0 ? count(errors, "error") : "",
    warnings > 0 ? count(warnings, "warning") : "",
  ];
  return parts.filter((p) => p !== "").join(", ") || "no errors or warnings";
}
