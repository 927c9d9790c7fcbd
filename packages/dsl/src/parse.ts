/**
 * The front end's entry: text → tokens → CST → AST, with every lexing and parsing problem as a
 * Diagnostic. Never throws: a broken spec yields a partial AST plus the errors.
 */
import {
  type CstNode,
  EOF,
  type IRecognitionException,
  type IToken,
  tokenLabel,
  tokenMatcher,
} from "chevrotain";
import type { SpecFile } from "./ast.js";
import { buildAst } from "./ast-builder.js";
import { type Diagnostic, type Range, type Related, sortDiagnostics } from "./diagnostic.js";
import * as t from "./lexer.js";
import { SyntaxErrorLimitReached, type SyntaxErrorPayload, specParser } from "./parser.js";
import * as m from "./syntax-messages.js";
import { anyBetween, TokenPositions } from "./token-positions.js";

export interface ParseResult {
  readonly ast: SpecFile;
  readonly diagnostics: Diagnostic[];
  /**
   * The names written on the lines of a lexing or syntax error, or skipped by error recovery:
   * after such an error, a diagnostic about one of these names may be an echo of it.
   */
  readonly brokenNames: ReadonlySet<string>;
}

export function parseSpec(text: string, file: string): ParseResult {
  const lines = new t.LineIndex(text);
  const whole = lines.range(file, 0, text.length);
  const emptyAst: SpecFile = { kind: "spec", file, items: [], repeated: [], range: whole };
  if (text.length > MAX_SPEC_CHARS) {
    const first = lines.range(file, 0, Math.min(text.length, 1));
    return {
      ast: emptyAst,
      diagnostics: [m.specTooLarge(first, MAX_SPEC_CHARS)],
      brokenNames: new Set(),
    };
  }
  try {
    const lex = t.lexSpec(text);
    const found = lexicalDiagnostics(text, file, lines, lex, MAX_SYNTAX_ERRORS + 1);
    const lexical = found.first;
    if (found.total > MAX_SYNTAX_ERRORS) {
      // Not a spec: the first errors, and where reading stopped; the parser never runs.
      const stop = lexical[MAX_SYNTAX_ERRORS]!;
      const unread = found.total - MAX_SYNTAX_ERRORS;
      const diagnostics = lexical.slice(0, MAX_SYNTAX_ERRORS);
      diagnostics.push(m.tooManySyntaxErrors(stop.range, MAX_SYNTAX_ERRORS, unread));
      return { ast: emptyAst, diagnostics, brokenNames: new Set() };
    }
    const diagnostics = [...lexical];
    const deep = tooDeep(lex.tokens);
    if (deep) {
      diagnostics.push(m.tooDeeplyNested(t.tokenRange(file, deep), MAX_DEPTH));
      return { ast: emptyAst, diagnostics: sortDiagnostics(diagnostics), brokenNames: new Set() };
    }
    const long = tooLong(lex.tokens);
    if (long) {
      diagnostics.push(m.expressionTooLong(t.tokenRange(file, long), MAX_EXPRESSION_OPERATORS));
      return { ast: emptyAst, diagnostics: sortDiagnostics(diagnostics), brokenNames: new Set() };
    }
    specParser.input = lex.tokens;
    specParser.errorLimit = MAX_SYNTAX_ERRORS - lexical.length;
    let cst: CstNode | undefined;
    let stoppedAt: IToken | undefined;
    try {
      cst = specParser.spec();
    } catch (e) {
      if (e instanceof SyntaxErrorLimitReached) stoppedAt = e.token;
      else {
        cst = (e as { partialCstResult?: CstNode }).partialCstResult;
        if (!(e as { token?: unknown }).token) diagnostics.push(m.internalError(whole, String(e)));
      }
    }
    const ctx: Context = {
      file,
      lines,
      tokens: lex.tokens,
      positions: new TokenPositions(lex.tokens),
      lexicalOffsets: lexical.map((d) => d.range.start.offset),
    };
    const seen = new Set<number>();
    const brokenLines = new Set(lexical.map((d) => d.range.start.line));
    const skipped: IToken[] = [];
    // Each `{` that error recovery skipped (with a misspelt `indicater x {`) leaves its `}` to
    // close an outer block early, and the last `}` of the file then closes nothing: that error
    // is an echo of the first, not reported.
    let skippedOpen = 0;
    for (const e of specParser.errors) {
      const rule = readPayload(e).rule || (e.context?.ruleStack?.at(-1) ?? "spec");
      if (skippedOpen > 0 && e.token.tokenType === t.RCurly && rule === "spec") {
        skippedOpen--;
        continue;
      }
      for (const tok of (e as { resyncedTokens?: IToken[] }).resyncedTokens ?? []) {
        skipped.push(tok);
        if (tok.tokenType === t.LCurly) skippedOpen++;
        else if (tok.tokenType === t.RCurly) skippedOpen = Math.max(0, skippedOpen - 1);
      }
      const d = syntaxDiagnostic(e, ctx);
      if (d && !seen.has(d.range.start.offset)) {
        seen.add(d.range.start.offset);
        diagnostics.push(d);
        brokenLines.add(d.range.start.line);
      }
    }
    if (stoppedAt) {
      const at = isReal(stoppedAt) ? t.tokenRange(file, stoppedAt) : endOfFile(ctx);
      diagnostics.push(m.tooManySyntaxErrors(at, MAX_SYNTAX_ERRORS));
    }
    const ast = cst ? buildAst(cst, file, text) : emptyAst;
    const brokenNames = new Set(
      [...lex.tokens.filter((tok) => brokenLines.has(tok.startLine ?? 0)), ...skipped]
        .filter((tok) => tokenMatcher(tok, t.Identifier))
        .map((tok) => tok.image),
    );
    return { ast, diagnostics: sortDiagnostics(diagnostics), brokenNames };
  } catch (e) {
    return {
      ast: emptyAst,
      diagnostics: [m.internalError(whole, String(e))],
      brokenNames: new Set(),
    };
  }
}

/**
 * The most syntax errors (lexing and parsing together) reported for one spec: past them ccdc
 * stops reading (E0010). A file with more is not a spec being edited, and chevrotain's error
 * recovery nests one call deeper for each error in a row (thousands overflow the stack).
 */
export const MAX_SYNTAX_ERRORS = 200;

/** The largest spec compiled, in characters (4 Mi): a study, not a data set. */
export const MAX_SPEC_CHARS = 4 * 1024 * 1024;

/**
 * The most binary operators in one expression. Its tree is as deep as its operators (a + b +
 * … is left-nested), and the checker, lowering and the engine walk trees recursively.
 */
export const MAX_EXPRESSION_OPERATORS = 500;

/**
 * The first operator past MAX_EXPRESSION_OPERATORS in one run of expression tokens (names,
 * numbers, operators, brackets), if any.
 */
function tooLong(tokens: readonly IToken[]): IToken | undefined {
  let operators = 0;
  for (const tok of tokens) {
    if (tokenMatcher(tok, t.AddOp) || tokenMatcher(tok, t.MulOp)) {
      if (++operators > MAX_EXPRESSION_OPERATORS) return tok;
    } else if (
      !tokenMatcher(tok, t.Identifier) &&
      !tokenMatcher(tok, t.NumberLiteral) &&
      tok.tokenType !== t.LParen &&
      tok.tokenType !== t.RParen
    )
      operators = 0;
  }
  return undefined;
}

/** Deeper nesting than this is refused: the recursive-descent parser would exhaust the stack. */
const MAX_DEPTH = 100;

/** The first token past MAX_DEPTH levels of brackets and unary minus signs, if any. */
function tooDeep(tokens: readonly IToken[]): IToken | undefined {
  let depth = 0;
  let signs = 0;
  for (const tok of tokens) {
    const type = tok.tokenType;
    if (type === t.LParen || type === t.LCurly || type === t.LBracket) depth++;
    else if (type === t.RParen || type === t.RCurly || type === t.RBracket)
      depth = Math.max(0, depth - 1);
    signs = type === t.Minus ? signs + 1 : 0;
    if (depth + signs > MAX_DEPTH) return tok;
  }
  return undefined;
}

/**
 * The first `keep` lexing problems in source order, and how many there are in all. Each kind is
 * found in source order, so the first `keep` of each hold the first `keep` of all; past them a
 * problem is only counted (a file of garbage has hundreds of thousands).
 */
function lexicalDiagnostics(
  text: string,
  file: string,
  lines: t.LineIndex,
  lex: t.LexResult,
  keep: number,
): { first: Diagnostic[]; total: number } {
  const out: Diagnostic[] = [];
  let total = 0;
  let n = 0;
  for (const e of lex.errors) {
    total++;
    if (n++ < keep)
      out.push(
        m.unexpectedCharacter(
          lines.range(file, e.offset, e.offset + e.length),
          text.slice(e.offset, e.offset + e.length),
        ),
      );
  }
  n = 0;
  for (const tok of lex.tokens) {
    if (tok.tokenType === t.UnterminatedString) {
      total++;
      if (n++ < keep) out.push(m.unterminatedString(t.tokenRange(file, tok), tok.image));
    }
    if (tokenMatcher(tok, t.StringLiteral)) {
      for (const b of t.badEscapes(tok)) {
        total++;
        const at = tok.startOffset + b.at;
        if (n++ < keep)
          out.push(m.unknownEscape(lines.range(file, at, at + b.text.length), b.text));
      }
    }
  }
  n = 0;
  for (const c of lex.comments) {
    if (c.tokenType === t.UnterminatedBlockComment) {
      total++;
      if (n++ < keep)
        out.push(m.unterminatedComment(lines.range(file, c.startOffset, c.startOffset + 2)));
    }
  }
  return { first: sortDiagnostics(out).slice(0, keep), total };
}

interface Context {
  readonly file: string;
  readonly lines: t.LineIndex;
  readonly tokens: readonly IToken[];
  readonly positions: TokenPositions;
  /**
   * Where lexing problems start, ascending: a syntax error right after one is its echo, not
   * reported.
   */
  readonly lexicalOffsets: readonly number[];
}

const DECL_KEYWORDS = new Set([
  t.Study,
  t.Source,
  t.Region,
  t.Cluster,
  t.Index,
  t.System,
  t.Group,
  t.Indicator,
  t.Scale,
  t.Analysis,
  t.Variable,
]);
const LABELLED = new Set([
  "regionDecl",
  "clusterDecl",
  "nodeDecl",
  "indicatorDecl",
  "scaleDecl",
  "analysisDecl",
  "levelDecl",
  "labels",
  "otherLabel",
]);
const TOKENS_BY_NAME = new Map([...t.allTokens, EOF].map((tt) => [tt.name, tt]));

function readPayload(e: IRecognitionException): SyntaxErrorPayload {
  try {
    return JSON.parse(e.message) as SyntaxErrorPayload;
  } catch {
    return { kind: "mismatch", expected: [], rule: e.context?.ruleStack?.at(-1) ?? "spec" };
  }
}

const isReal = (tok: IToken | undefined): tok is IToken =>
  tok !== undefined && tok.tokenType !== EOF && !t.isVirtual(tok);

function describeFound(tok: IToken): string {
  if (!isReal(tok)) return "end of file";
  if (tokenMatcher(tok, t.StringLiteral)) {
    const s = tok.image.length > 24 ? `${tok.image.slice(0, 23)}…` : tok.image;
    return `the string ${s}`;
  }
  return `\`${tok.image}\``;
}

function afterPhrase(
  rule: string,
  prev: IToken | undefined,
  prevPrev: IToken | undefined,
): string | undefined {
  if (!isReal(prev)) return undefined;
  if (tokenMatcher(prev, t.StringLiteral)) {
    if (rule === "sourceDecl") return "after the source path";
    return LABELLED.has(rule) ? "after the label" : "after the string";
  }
  if (
    tokenMatcher(prev, t.Identifier) &&
    isReal(prevPrev) &&
    DECL_KEYWORDS.has(prevPrev.tokenType)
  ) {
    return `after the name \`${prev.image}\``;
  }
  return `after \`${prev.image}\``;
}

/** `found` is a keyword that an enclosing block accepts: the current block probably lacks its `}`. */
function belongsOutside(found: IToken, ruleStack: readonly string[]): boolean {
  if (found.tokenType === t.Identifier || !tokenMatcher(found, t.Identifier)) return false;
  return ruleStack.slice(0, -1).some((r) => m.BLOCK_CONTENTS[r]?.words.includes(found.image));
}

/**
 * How the clause the error interrupts is written: inside a block, a stray token on the line of
 * one of the block's clauses (`between pairs all`, `direction benefit cost`) gets that clause's
 * usage, not the block's (which would show an example of some other clause).
 */
function clauseUsage(rule: string, found: IToken, ctx: Context): string | undefined {
  const words = m.BLOCK_CONTENTS[rule]?.words;
  if (!words) return undefined;
  const tokens = ctx.tokens;
  for (let i = ctx.positions.indexOf(found) - 1; i >= 0; i--) {
    const tok = tokens[i]!;
    if (tok.startLine !== found.startLine) return undefined;
    if (tok.tokenType !== t.Identifier && words.includes(tok.image))
      return m.USAGE[`${tok.image}Clause`];
  }
  return undefined;
}

/** An empty range just after the last token (the file's start if it has none). */
function endOfFile(ctx: Context): Range {
  const last = ctx.tokens.at(-1);
  const end = last ? t.tokenRange(ctx.file, last).end : ctx.lines.position(0);
  return { file: ctx.file, start: end, end };
}

function syntaxDiagnostic(e: IRecognitionException, ctx: Context): Diagnostic | undefined {
  const p = readPayload(e);
  const rule = p.rule || (e.context?.ruleStack?.at(-1) ?? "spec");
  const found = e.token;
  const prev = (e as { previousToken?: IToken }).previousToken;
  const atEnd = !isReal(found);

  // Where: the found token; at the end of the file, just after the last token.
  const range = atEnd ? endOfFile(ctx) : t.tokenRange(ctx.file, found);
  const start = range.start.offset;
  // A lexing problem between the previous token and this one, on this line, caused this error.
  const prevEnd = isReal(prev) ? prev.endOffset! + 1 : 0;
  const lineStart = start - (range.start.column - 1);
  if (anyBetween(ctx.lexicalOffsets, Math.max(prevEnd, lineStart), start)) return undefined;

  // What was expected.
  const block = m.BLOCK_CONTENTS[rule];
  const wantsClose =
    (p.kind === "mismatch" && p.expected.length === 1 && p.expected[0] === "RCurly") ||
    (rule === "spec" && p.expected.every((x) => x === "EOF"));
  const types = p.expected.map((n) => TOKENS_BY_NAME.get(n)).filter((x) => x !== undefined);
  let expected =
    p.description ?? m.oneOf(types.map((tt) => (tt === EOF ? "end of file" : tokenLabel(tt))));
  let words = types
    .filter((tt) => t.keywordTokens.includes(tt))
    .map((tt) => String(tt.PATTERN).slice(1, -1));
  if (wantsClose && block) [expected, words] = [block.what, [...block.words]];

  // Help and related locations.
  const brace = ctx.positions.unclosedBefore(
    atEnd ? Number.POSITIVE_INFINITY : start,
    t.LCurly,
    t.RCurly,
  );
  const wantsParen = p.kind === "mismatch" && p.expected[0] === "RParen";
  const paren = wantsParen ? ctx.positions.unclosedBefore(start, t.LParen, t.RParen) : undefined;
  const related: Related[] = [];
  let hint: string | undefined;
  const suggestion =
    !atEnd && tokenMatcher(found, t.Identifier) ? m.didYouMean(found.image, words) : undefined;
  if (suggestion) hint = `did you mean \`${suggestion}\`?`;
  else if (!atEnd && found.tokenType === t.RCurly && rule === "spec")
    hint = "this `}` closes nothing: remove it or check the braces above";
  else if (brace && (atEnd || (wantsClose && belongsOutside(found, e.context?.ruleStack ?? [])))) {
    hint = `add \`}\` to close the block opened on line ${brace.startLine}`;
    related.push(m.unclosedBrace(t.tokenRange(ctx.file, brace)));
  } else hint = (atEnd ? undefined : clauseUsage(rule, found, ctx)) ?? m.USAGE[rule];
  if (paren) related.push(m.unclosedParen(t.tokenRange(ctx.file, paren)));

  if (atEnd) return m.unexpectedEndOfFile(range, expected, hint, related);
  const prevIndex = isReal(prev) ? ctx.positions.indexOf(prev) : -1;
  const after =
    wantsClose || paren
      ? undefined
      : afterPhrase(rule, prev, prevIndex > 0 ? ctx.tokens[prevIndex - 1] : undefined);
  return m.unexpectedToken(range, expected, describeFound(found), after, hint, related);
}
