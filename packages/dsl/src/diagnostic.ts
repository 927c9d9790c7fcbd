/**
 * Diagnostics are data: one type for every phase (lexing, parsing, checking, lowering, and the
 * plan-level errors the CLI maps back through the plan's source map).
 */

/** A position in a spec file. Lines and columns are 1-based; offset is a 0-based UTF-16 index. */
export interface Position {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** A half-open span [start, end) in one file. */
export interface Range {
  readonly file: string;
  readonly start: Position;
  readonly end: Position;
}

export type Severity = "error" | "warning" | "note";

/** A related location, e.g. "first declared here". */
export interface Related {
  readonly message: string;
  readonly range: Range;
}

export interface Diagnostic {
  readonly severity: Severity;
  /** Stable code, e.g. "E0101". Documented in docs/language.md. */
  readonly code: string;
  /** Terse one-line summary. */
  readonly message: string;
  /** The span the diagnostic is about. */
  readonly range: Range;
  /** How to fix it, if we know ("did you mean `hebei`?"). */
  readonly hint?: string;
  readonly related?: readonly Related[];
}

/** Builds a diagnostic, leaving out an absent hint and an empty list of related locations. */
export function makeDiagnostic(
  severity: Severity,
  code: string,
  message: string,
  range: Range,
  hint?: string,
  related?: readonly Related[],
): Diagnostic {
  return {
    severity,
    code,
    message,
    range,
    ...(hint === undefined || hint === "" ? {} : { hint }),
    ...(related === undefined || related.length === 0 ? {} : { related }),
  };
}

/** An error diagnostic (see makeDiagnostic). */
export const errorDiagnostic = (
  code: string,
  message: string,
  range: Range,
  hint?: string,
  related?: readonly Related[],
): Diagnostic => makeDiagnostic("error", code, message, range, hint, related);

/** A warning diagnostic (see makeDiagnostic). */
export const warningDiagnostic = (
  code: string,
  message: string,
  range: Range,
  hint?: string,
  related?: readonly Related[],
): Diagnostic => makeDiagnostic("warning", code, message, range, hint, related);

/** True if any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Sorts diagnostics by file, then position, then code, so output is deterministic. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.range.file.localeCompare(b.range.file) ||
      a.range.start.offset - b.range.start.offset ||
      a.code.localeCompare(b.code),
  );
}
