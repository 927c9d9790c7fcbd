/**
 * `ccdc fmt`: the canonical layout of a spec. It reprints the spec's own tokens and comments,
 * changing only the whitespace between them, so the parse (and the plan) cannot change.
 *
 * The layout is driven by the grammar, not by a list of constructs, so a block or clause added
 * to parser.ts is laid out without touching this file:
 * - a *statement* is a sub-rule repeated between a rule's `{` and `}` with no comma in the
 *   repetition (a clause of `method { … }`, an indicator of a system), or a top-level
 *   declaration. Each statement starts a line, indented two spaces per enclosing block;
 * - a *block* is a `{ … }` that holds statements: `{` ends its line, `}` stands on its own;
 *   other braces (`cluster c { a, b }`) stay inline; a `weights` body is a block (one fixed
 *   weight, AHP row or member weighting per line);
 * - inside a statement, a line break the author wrote is kept as a continuation line, indented
 *   one level more than the statement (long `between` lists, a `variable`'s `missing` clause);
 * - one space between tokens, none before `,` `)` `]`, none after `(` `[` and after a sign
 *   `-` (`shift -0.5`, `-x`) and none around the `/` of a fraction cell (`1/3`); binary
 *   operators are spaced;
 * - comments stay where they are: one after code on its line stays there, one on its own line
 *   is indented like the code that follows it; runs of blank lines become one blank line, none
 *   after a `{` or before a `}`; the file ends with exactly one newline.
 * Lines are never wrapped. A spec with syntax errors is not formatted (its errors are returned).
 */
import {
  Alternation,
  type CstElement,
  type CstNode,
  type IProduction,
  type IToken,
  NonTerminal,
  Repetition,
  RepetitionMandatory,
  Terminal,
} from "chevrotain";
import type { Diagnostic } from "./diagnostic.js";
import * as t from "./lexer.js";
import { parseSpec } from "./parse.js";
import { specParser } from "./parser.js";

export interface FormatResult {
  /** The formatted text, or undefined when the spec has syntax errors. */
  readonly text: string | undefined;
  /** The spec's syntax errors (empty when `text` is defined). */
  readonly diagnostics: readonly Diagnostic[];
}

const INDENT = "  ";
const ENTRY_RULE = "spec";

/** Formats spec text (see the module comment for the layout). Never throws. */
export function formatSpec(text: string, file: string): FormatResult {
  const parsed = parseSpec(text, file);
  const errors = parsed.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) return { text: undefined, diagnostics: errors };
  const lex = t.lexSpec(text);
  specParser.input = lex.tokens;
  const cst = specParser.spec();
  if (specParser.errors.length > 0) return { text: undefined, diagnostics: parsed.diagnostics };
  return { text: print(text, lex.tokens, lex.comments, roles(cst)), diagnostics: [] };
}

// ---------------------------------------------------------------- what the grammar says

interface GrammarShape {
  /** For each rule, the sub-rules that are statements when they appear as its children. */
  readonly statements: ReadonlyMap<string, ReadonlySet<string>>;
}

let shape: GrammarShape | undefined;

/** Reads statements and blocks off the grammar once (see the module comment). */
function grammarShape(): GrammarShape {
  if (shape) return shape;
  const statements = new Map<string, Set<string>>();
  for (const rule of Object.values(specParser.getGAstProductions())) {
    const found = new Set<string>();
    scanSequence(rule.definition, rule.name === ENTRY_RULE, found);
    if (found.size > 0) statements.set(rule.name, found);
  }
  shape = { statements };
  return shape;
}

const isRepetition = (p: IProduction): p is Repetition | RepetitionMandatory =>
  p instanceof Repetition || p instanceof RepetitionMandatory;

/** The productions inside `p` (an option's body, an alternation's alternatives, …). */
const inner = (p: IProduction): readonly IProduction[] =>
  p instanceof Terminal || p instanceof NonTerminal
    ? []
    : ((p as { definition?: IProduction[] }).definition ?? []);

/** Scans one sequence; repetitions after a `{` in it (or anywhere in the entry rule) hold statements. */
function scanSequence(items: readonly IProduction[], inBraces: boolean, found: Set<string>): void {
  let open = inBraces;
  for (const p of items) {
    if (p instanceof Terminal && p.terminalType === t.LCurly) open = true;
    else if (p instanceof Terminal && p.terminalType === t.RCurly) open = inBraces;
    else {
      if (isRepetition(p) && open && !mentionsComma(inner(p))) collectStatements(inner(p), found);
      scanSequence(inner(p), false, found);
    }
  }
}

function mentionsComma(items: readonly IProduction[]): boolean {
  return items.some((p) =>
    p instanceof Terminal ? p.terminalType === t.Comma : mentionsComma(inner(p)),
  );
}

/** The sub-rules a repetition's body starts with, directly or as alternatives. */
function collectStatements(items: readonly IProduction[], found: Set<string>): void {
  for (const p of items) {
    if (p instanceof NonTerminal) found.add(p.nonTerminalName);
    else if (p instanceof Alternation)
      for (const alt of inner(p)) collectStatements(inner(alt), found);
  }
}

// ---------------------------------------------------------------- what each token is

interface Roles {
  /** Offsets of the first token of each statement. */
  readonly statementStarts: ReadonlySet<number>;
  /** Offsets of the `{` and `}` of blocks. */
  readonly blockBraces: ReadonlySet<number>;
  /** Offsets of sign minus tokens (`-0.5`, `-x`): no space after them. */
  readonly signs: ReadonlySet<number>;
  /** Offsets of the `/` of a fraction cell (`1/3` in an AHP matrix): no space around it. */
  readonly fractions: ReadonlySet<number>;
}

const isToken = (e: CstElement): e is IToken => "image" in e;

function roles(cst: CstNode): Roles {
  const { statements } = grammarShape();
  const statementStarts = new Set<number>();
  const blockBraces = new Set<number>();
  const signs = new Set<number>();
  const fractions = new Set<number>();
  const visit = (node: CstNode): void => {
    const own = statements.get(node.name);
    const nodeEnd = node.location?.endOffset ?? Number.NaN;
    for (const [key, elements] of Object.entries(node.children)) {
      for (const e of elements) {
        if (isToken(e)) {
          if (t.isVirtual(e)) continue;
          if (own && (e.tokenType === t.LCurly || e.tokenType === t.RCurly))
            blockBraces.add(e.startOffset);
          // `Minus` (not the `AddOp` of a binary expression) before more of its own node.
          if (key === t.Minus.name && (e.endOffset ?? e.startOffset) < nodeEnd)
            signs.add(e.startOffset);
          if (node.name === "weightCell" && e.tokenType === t.Slash) fractions.add(e.startOffset);
        } else {
          if (own?.has(e.name) && e.location) statementStarts.add(e.location.startOffset);
          visit(e);
        }
      }
    }
  };
  visit(cst);
  return { statementStarts, blockBraces, signs, fractions };
}

// ---------------------------------------------------------------- printing

type Item = { readonly token: IToken; readonly comment: boolean };

const OPENERS: ReadonlySet<string> = new Set(["(", "["]);
const CLOSERS: ReadonlySet<string> = new Set([",", ")", "]"]);

function lineBreaks(text: string): number {
  return text.match(/\r\n?|\n/g)?.length ?? 0;
}

function print(text: string, tokens: IToken[], comments: IToken[], r: Roles): string {
  const items: Item[] = [
    ...tokens.map((token) => ({ token, comment: false })),
    ...comments.map((token) => ({ token, comment: true })),
  ].sort((a, b) => a.token.startOffset - b.token.startOffset);
  let out = "";
  let depth = 0;
  let prev: Item | undefined;
  let prevEnd = 0;
  const newline = (blank: boolean, indent: number) => {
    if (out.length > 0) out += blank ? "\n\n" : "\n";
    out += INDENT.repeat(Math.max(0, indent));
  };
  const isBlockBrace = (it: Item | undefined, image: string) =>
    it !== undefined &&
    !it.comment &&
    it.token.image === image &&
    r.blockBraces.has(it.token.startOffset);
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const tok = it.token;
    const breaks = lineBreaks(text.slice(prevEnd, tok.startOffset));
    const afterOpen = isBlockBrace(prev, "{");
    const blank = breaks >= 2 && prev !== undefined && !afterOpen;
    if (it.comment) {
      const image = tok.image.replace(/\r\n?/g, "\n");
      if (prev !== undefined && breaks === 0) out += ` ${image}`;
      else {
        // Indented like the code after it: a statement (or `}`) at `depth`, a continuation deeper.
        const next = items.slice(i + 1).find((x) => !x.comment);
        const nextStarts =
          next === undefined ||
          r.statementStarts.has(next.token.startOffset) ||
          isBlockBrace(next, "}") ||
          prev === undefined ||
          afterOpen;
        newline(blank && !isBlockBrace(next, "}"), nextStarts ? depth : depth + 1);
        out += image;
      }
    } else if (isBlockBrace(it, "}")) {
      depth--;
      if (afterOpen) out += "}";
      else {
        newline(false, depth);
        out += "}";
      }
    } else if (prev === undefined || r.statementStarts.has(tok.startOffset) || afterOpen) {
      newline(blank, depth);
      out += tok.image;
    } else if (breaks > 0 || (prev.comment && prev.token.tokenType === t.LineComment)) {
      newline(false, CLOSERS.has(tok.image) || tok.image === "}" ? depth : depth + 1);
      out += tok.image;
    } else {
      out += spaceBetween(prev, it, r) + tok.image;
    }
    if (isBlockBrace(it, "{")) depth++;
    prev = it;
    prevEnd = tok.startOffset + tok.image.length;
  }
  return out.length > 0 ? `${out}\n` : "";
}

/** The space between two items on one line. */
function spaceBetween(prev: Item, cur: Item, r: Roles): string {
  if (prev.comment || cur.comment) return " ";
  const a = prev.token.image;
  const b = cur.token.image;
  if (CLOSERS.has(b) || OPENERS.has(a)) return "";
  if (a === "{" && b === "}") return "";
  if (r.signs.has(prev.token.startOffset)) return "";
  if (r.fractions.has(prev.token.startOffset) || r.fractions.has(cur.token.startOffset)) return "";
  return " ";
}
