/**
 * The compiler: parse → check → model → lower. After a syntax error every check still runs on
 * what did parse, but only the diagnostics about what is written are reported, and none about
 * a name on a broken line (after-syntax-errors.ts): one run reports a garbage line and a
 * misspelt name elsewhere, and no echo of the garbage. A plan is lowered from the checked model
 * (model/) only when there are no errors, and validated against the plan schema before it is
 * returned. Never throws: a crash becomes an internal-error diagnostic.
 */
import { createHash } from "node:crypto";
import { checkPlan, type Plan } from "@ccdc/plan";
import { afterSyntaxErrors } from "./after-syntax-errors.js";
import type { SpecFile } from "./ast.js";
import { checkSpec } from "./check/index.js";
import { type Diagnostic, hasErrors, type Range, sortDiagnostics } from "./diagnostic.js";
import { lowerSpec } from "./lower/index.js";
import { internalError, invalidPlan } from "./messages.js";
import { parseSpec } from "./parse.js";

export interface CompileResult {
  readonly ast: SpecFile;
  /** Present only when there are no errors. */
  readonly plan?: Plan;
  /** Every diagnostic of every phase that ran, sorted by position. */
  readonly diagnostics: Diagnostic[];
}

/** Compiles a spec's text; `file` is the path as the user gave it (used in ranges and the source map). */
export function compileSpec(text: string, file: string): CompileResult {
  const start: Range = {
    file,
    start: { line: 1, column: 1, offset: 0 },
    end: { line: 1, column: 1, offset: 0 },
  };
  let ast: SpecFile = { kind: "spec", file, items: [], repeated: [], range: start };
  const diagnostics: Diagnostic[] = [];
  try {
    const parsed = parseSpec(text, file);
    ast = parsed.ast;
    // Appended in loops, not `push(...xs)`: garbage makes 100,000+ diagnostics, past the
    // engine's limit on a call's arguments (a RangeError that read as a compiler crash).
    for (const d of parsed.diagnostics) diagnostics.push(d);
    const syntaxFailed = hasErrors(parsed.diagnostics);
    const checked = checkSpec(ast, undefined, !syntaxFailed);
    const reported = syntaxFailed
      ? afterSyntaxErrors(checked.diagnostics, text, parsed.brokenNames)
      : checked.diagnostics;
    for (const d of reported) diagnostics.push(d);
    if (hasErrors(diagnostics)) return { ast, diagnostics: sortDiagnostics(diagnostics) };
    if (!checked.model) throw new Error("the checker found no error but built no model");
    // The hash of the text compiled: a renderer shows excerpts of the file only while it matches.
    const sha256 = createHash("sha256").update(text, "utf8").digest("hex");
    const plan: Plan = { ...lowerSpec(checked.model), specFiles: { [file]: { sha256 } } };
    const valid = checkPlan(plan);
    if (!valid.ok) {
      diagnostics.push(invalidPlan(ast.range, valid.errors));
      return { ast, diagnostics: sortDiagnostics(diagnostics) };
    }
    return { ast, plan: valid.plan, diagnostics: sortDiagnostics(diagnostics) };
  } catch (e) {
    const what = e instanceof Error ? e.message : String(e);
    diagnostics.push(internalError(ast.range, `the compiler crashed: ${what}`));
    return { ast, diagnostics: sortDiagnostics(diagnostics) };
  }
}
