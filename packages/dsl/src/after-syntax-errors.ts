/**
 * What the checker reports when parsing failed. Every pass still runs on what did parse, so a
 * misspelt name or a wrong word elsewhere is reported in the same run as the syntax error; but
 * only diagnostics about what is written, never about something absent (a missing clause or
 * declaration may be in the broken text), and none about a name written on a broken line or
 * skipped by recovery (its declaration may be what broke). So nothing reported is an echo of
 * the syntax error.
 */
import type { Diagnostic } from "./diagnostic.js";

/**
 * The codes about what is written: a wrong word, a wrong or duplicate name, a clause given
 * twice, a bad number, a unit mismatch. Codes not listed (e.g. "no title", "a node without
 * children", "fixed weights leaving out a child", "the scale does not cover 1") may be caused
 * by what the syntax error lost, and wait until the syntax is fixed. A new code is held back
 * until it is added here.
 */
export const WRITTEN_CODES: ReadonlySet<string> = new Set([
  // names, labels, clauses
  ...["E0101", "E0102", "E0103", "E0104", "E0105"],
  // study and sources: values written, duplicates
  ...["E0202", "E0206", "E0207", "E0212", "E0214", "E0216", "E0218", "E0222", "E0224", "E0225"],
  ...["E0226", "E0230", "E0232", "E0233", "E0234", "E0235"],
  // regions, clusters, units
  ...["E0301", "E0303", "E0307", "E0308", "E0309", "E0310"],
  // hierarchy (not where a node sits: a `}` the recovery lost or misplaced moves nodes)
  ...["E0407", "E0409", "E0411", "E0412", "E0413", "E0416", "E0417", "E0418", "E0420", "E0421"],
  // expressions, method
  ...["E0501", "E0502", "E0503", "E0601", "E0602", "E0603", "E0604", "E0605", "E0606", "E0607"],
  // scales
  ...["E0702", "E0703", "E0705", "E0706", "E0708"],
  // analyses
  ...["E0802", "E0803", "E0805", "E0806", "E0807", "E0808", "E0811", "E0812", "E0813", "E0816"],
  ...["E0817", "E0820"],
  // warnings about a written value
  ...["W0905", "W0906"],
]);

/**
 * The checker's diagnostics worth reporting beside syntax errors: those with a code in
 * WRITTEN_CODES whose span is not one of `brokenNames` (see ParseResult).
 */
export function afterSyntaxErrors(
  diagnostics: readonly Diagnostic[],
  text: string,
  brokenNames: ReadonlySet<string>,
): Diagnostic[] {
  return diagnostics.filter((d) => {
    if (!WRITTEN_CODES.has(d.code)) return false;
    const spanned = text.slice(d.range.start.offset, d.range.end.offset);
    return !brokenNames.has(spanned);
  });
}
