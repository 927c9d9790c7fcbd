/**
 * Pass `clauses`: a clause that a block takes once is written once. The AST builder keeps the
 * first and records every repeat; this pass reports each (a spec never runs a choice other
 * than the one written, and a second `between` is not silently dropped). It reads only what
 * parsed, so it runs after syntax errors too.
 *
 * Codes: E0105 (a clause given twice).
 */
import { repeatedClause } from "../messages.js";
import type { CheckContext } from "./context.js";

export function checkClauses(ctx: CheckContext): void {
  for (const r of ctx.ast.repeated) ctx.report(repeatedClause(r));
}
