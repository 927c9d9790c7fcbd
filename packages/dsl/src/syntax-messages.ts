/**
 * The catalog of lexing and parsing diagnostics: one named factory per message, so the wording
 * stays consistent. parse.ts decides which applies; this file decides what it says.
 *
 * | code  | meaning                                                        |
 * |-------|----------------------------------------------------------------|
 * | E0001 | unexpected character(s) the lexer cannot read                  |
 * | E0002 | unterminated string (no closing `"` on its line)               |
 * | E0003 | unexpected token: something else was expected here             |
 * | E0004 | unexpected end of file (usually an unclosed `{`)               |
 * | E0005 | unterminated block comment (`/*` with no `*\/`)                |
 * | E0006 | unknown escape in a string (only `\"` and `\\` exist)          |
 * | E0007 | nested too deeply to parse (brackets or `-` signs)             |
 * | E0008 | a spec larger than MAX_SPEC_CHARS (4 Mi characters)             |
 * | E0009 | an expression with more than MAX_EXPRESSION_OPERATORS operators |
 * | E0010 | more than MAX_SYNTAX_ERRORS syntax errors: reading stopped      |
 * | E0099 | internal error in the front end (a bug: please report it)      |
 */
import { type Diagnostic, errorDiagnostic, type Range, type Related } from "./diagnostic.js";
import { suggest } from "./suggest.js";

const error = errorDiagnostic;

const CHAR_HINTS: readonly [(chars: string) => boolean, string][] = [
  [(c) => /^;+$/.test(c), "declarations need no `;`: remove it"],
  [(c) => /^[:=]$/.test(c), 'no `:` or `=` goes between a keyword and its value: write `unit "%"`'],
  [(c) => c.startsWith("'"), 'strings use double quotes: "…"'],
  [(c) => c.startsWith("#"), "comments start with `//` (or `/* … */`)"],
  [(c) => c === ".", "a `.` belongs inside a number, with digits after it: `0.5`"],
  [
    (c) => c.charCodeAt(0) > 127,
    "names use ASCII letters, digits and `_`; put other text in a string label",
  ],
];

export function unexpectedCharacter(range: Range, chars: string): Diagnostic {
  const shown = chars.length > 20 ? `${chars.slice(0, 20)}…` : chars;
  const what = [...chars].length === 1 ? "character" : "characters";
  return error(
    "E0001",
    `unexpected ${what} \`${shown}\``,
    range,
    CHAR_HINTS.find(([test]) => test(chars))?.[1],
  );
}

export function unterminatedString(range: Range, image: string): Diagnostic {
  const hint = image.replace(/\\\\/g, "").includes('\\"')
    ? '`\\"` is an escaped quote, not the end of the string; to end a string with a backslash write `\\\\`'
    : 'close the string with `"` before the end of the line';
  return error("E0002", "unterminated string", range, hint);
}

export function unterminatedComment(range: Range): Diagnostic {
  return error("E0005", "unterminated block comment", range, "close the comment with `*/`");
}

export function unknownEscape(range: Range, sequence: string): Diagnostic {
  return error(
    "E0006",
    `unknown escape \`${sequence}\` in a string`,
    range,
    'only `\\"` and `\\\\` are escapes; to write a backslash, double it',
  );
}

/** `expected X[ after Y], found Z`. */
export function unexpectedToken(
  range: Range,
  expected: string,
  found: string,
  after: string | undefined,
  hint?: string,
  related?: readonly Related[],
): Diagnostic {
  return error(
    "E0003",
    `expected ${expected}${after ? ` ${after}` : ""}, found ${found}`,
    range,
    hint,
    related,
  );
}

export function unexpectedEndOfFile(
  range: Range,
  expected: string,
  hint?: string,
  related?: readonly Related[],
): Diagnostic {
  return error("E0004", `unexpected end of file, expected ${expected}`, range, hint, related);
}

export function tooDeeplyNested(range: Range, limit: number): Diagnostic {
  return error(
    "E0007",
    `nested more than ${limit} levels deep`,
    range,
    "simplify the expression or split it into several indicators",
  );
}

export function specTooLarge(range: Range, limit: number): Diagnostic {
  return error(
    "E0008",
    `the spec is larger than ${limit.toLocaleString("en")} characters, the most ccdc compiles`,
    range,
    "a spec describes a study; its data belong in source files",
  );
}

export function expressionTooLong(range: Range, limit: number): Diagnostic {
  return error(
    "E0009",
    `an expression with more than ${limit} operators`,
    range,
    "split it into several variables or indicators",
  );
}

/**
 * The codes of diagnostics that say ccdc stopped reading (E0010): a renderer that shows only
 * the first diagnostics of a long list shows these too, since they explain why the list ends.
 */
export const STOP_CODES: ReadonlySet<string> = new Set(["E0010"]);

/** `unread`: how many more lexing errors follow, when the lexer's count is known. */
export function tooManySyntaxErrors(range: Range, limit: number, unread?: number): Diagnostic {
  const more = unread ? ` (${unread.toLocaleString("en")} more unreadable passages after it)` : "";
  return error(
    "E0010",
    `more than ${limit} syntax errors: ccdc stopped reading the spec here${more}`,
    range,
    "is this file a .ccd spec? Fix the errors above and run `ccdc check` again",
  );
}

export function internalError(range: Range, what: string): Diagnostic {
  return error(
    "E0099",
    `internal error in the parser: ${what}`,
    range,
    "this is a bug in ccdc; please report it with the spec",
  );
}

export const unclosedBrace = (range: Range): Related => ({
  message: "this `{` is never closed",
  range,
});
export const unclosedParen = (range: Range): Related => ({
  message: "this `(` is never closed",
  range,
});

// ---------------------------------------------------------------- wording helpers

const DECLARATIONS = [
  "study",
  "source",
  "region",
  "cluster",
  "units",
  "method",
  "index",
  "system",
  "group",
  "scale",
  "analysis",
];

/** What a block accepts before its `}`: shown when something else appears inside it. */
export const BLOCK_CONTENTS: Readonly<Record<string, { what: string; words: readonly string[] }>> =
  {
    spec: { what: "a declaration", words: DECLARATIONS },
    studyDecl: { what: "a study clause or `}`", words: ["title", "period", "note", "cite"] },
    sourceDecl: {
      what: "a source clause or `}`",
      words: ["format", "sheet", "layout", "missing", "variable", "unit", "aggregate", "note"],
    },
    layoutClause: {
      what: 'a column (`region "province"`) or `}`',
      words: ["region", "year", "variable", "value"],
    },
    clusterDecl: { what: "`,` or `}`", words: [] },
    methodDecl: {
      what: "a method clause or `}`",
      words: ["normalize", "weights", "compose", "coupling", "constant"],
    },
    nodeDecl: {
      what: "a node clause or `}`",
      words: ["compose", "weights", "given", "system", "group", "indicator"],
    },
    indicatorDecl: {
      what: "an indicator clause or `}`",
      words: ["direction", "unit", "value", "from"],
    },
    scaleDecl: { what: "`level` or `}`", words: ["level"] },
    analysisDecl: {
      what: "an analysis clause or `}`",
      words: ["within", "between", "systems", "on", "coupling", "beta", "scale"],
    },
    weightsClause: {
      what: "a weight (`name 0.5`), a matrix row (`name 1 3 1/5`), a member `weights …` or `}`",
      words: [],
    },
  };

const EXPRESSION =
  "an expression combines numbers and variable names with `+ - * /` and parentheses: `a / (b * 100)`";
const LIST = "separate names with `,`: `a, b, c`";

/** How each construct is written, shown as help when a syntax error occurs inside it. */
export const USAGE: Readonly<Record<string, string>> = {
  spec: `a spec is a list of declarations: ${DECLARATIONS.map((w) => `\`${w}\``).join(", ")}`,
  studyDecl:
    'a study reads `study NAME { title "…"  period 2013 to 2021  note "…"  cite KEY "…" }`',
  titleClause: 'write `title "…"`',
  periodClause: "write `period 2013 to 2021`",
  citeClause: 'write `cite KEY "the reference"`',
  noteClause: 'write `note "…"`',
  sourceDecl:
    'a source reads `source NAME "path/to/data.csv" { format csv  layout long { … }  variable … }`',
  formatClause: "write `format csv` or `format xlsx`",
  sheetClause: 'write `sheet "Sheet1"`',
  layoutClause:
    'write `layout long { region "province" year "year" variable "indicator" value "value" }`',
  layoutColumn: 'each column reads `ROLE "column name"`, e.g. `region "province"`',
  variableDecl: 'a variable reads `variable NAME "key in the data" unit "…" aggregate sum`',
  unitClause: 'write `unit "…"`',
  aggregateClause:
    "write `aggregate sum`, `aggregate none` or `aggregate mean weighted by VARIABLE`",
  missingClause:
    "write `missing nearest`, `missing interpolate`, `missing error` or `missing splice VARIABLE`",
  regionDecl: 'a region reads `region NAME "Label" zh "标签" key "its key in the data"`',
  labels: 'labels read `"English label" zh "中文标签"`',
  otherLabel: 'labels read `"English label" zh "中文标签"`',
  clusterDecl: 'a cluster reads `cluster NAME "Label" { region_a, region_b }`',
  unitsDecl: "write `units clusters`, `units regions` or `units a, b, c`",
  nameList: LIST,
  methodDecl:
    "a method block reads `method { normalize minmax  weights entropy  compose flat  coupling standard }`",
  normalizeClause:
    "write `normalize minmax shift 0.0001 scope pooled` (each part after `normalize` is optional)",
  weightsClause:
    "write `weights entropy`, `equal`, `stdev`, `cv`, `critic`, `fixed { a 0.4, b 0.6 }`, `ahp { a 1 3, b 1/3 1 }` or `combine game_theory { weights … weights … }`",
  weightRow: "write `weights fixed { a 0.4, b 0.6 }` or an AHP row `a 1 3 1/5`",
  weightCell: "write a number or a fraction such as `1/3`",
  composeClause: "write `compose flat`, `compose staged` or `compose topsis`",
  couplingClause: "write `coupling standard` or a list: `coupling product_over_mean, standard`",
  constantClause: "write `constant zero` or `constant error`",
  nodeDecl:
    'a node reads `system NAME "Label" { indicator … }` (`index` for the root, `group` inside a system)',
  givenClause: "write `given VARIABLE`",
  indicatorDecl:
    'an indicator reads `indicator NAME "Label" { direction benefit  unit "…"  value EXPR  from "…" }`',
  directionClause: "write `direction benefit` or `direction cost` (or `+` / `-`)",
  valueClause: EXPRESSION,
  expression: EXPRESSION,
  term: EXPRESSION,
  unary: EXPRESSION,
  primary: EXPRESSION,
  fromClause: 'write `from "where the data comes from"`',
  scaleDecl: 'a scale reads `scale NAME "Label" { level 1 [0.0, 0.1) "label" … }`',
  levelDecl:
    'a level reads `level 1 [0.0, 0.1) "label"`: `[` `]` include a bound, `(` `)` exclude it',
  analysisDecl:
    'an analysis reads `analysis NAME "Label" { within each unit  systems a, b, c }` or `analysis NAME "Label" { between pairs, all  on NODE }`',
  withinClause: "write `within each unit` or `within a, b`",
  betweenClause:
    "write the modes and combinations in one clause, separated by commas: `between pairs, all`, `between pairs of a, b, c` or `between pairs, (a, b, c)`",
  betweenItem:
    "write the modes and combinations in one clause, separated by commas: `between pairs, all`, `between pairs of a, b, c` or `between pairs, (a, b, c)`",
  betweenMode:
    "write `between pairs`, `between triples` or `between all`, each optionally `of a, b, c`",
  combination: "write `between (a, b), (a, b, c)`",
  systemsClause: LIST,
  onClause: LIST,
  betaClause: "write `beta equal` or `beta 0.5, 0.3, 0.2`",
  scaleClause: "write `scale NAME`",
  signedNumber: "numbers look like `2013`, `0.5`, `-1` or `1e-4`",
};

/** The closest of `words` to `word`, if it is close enough to be a likely typo (suggest.ts). */
export function didYouMean(word: string, words: readonly string[]): string | undefined {
  return suggest(word, words);
}

/** Joins phrases as "a, b or c". */
export function oneOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "something else";
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
