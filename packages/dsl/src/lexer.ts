/**
 * The .ccd lexer: every token type in one ordered array (chevrotain's own layout).
 *
 * Keywords are *contextual*: each has `longer_alt: Identifier` (so `indicatorX` stays one name)
 * and the category `Identifier`, so a rule that consumes a name also accepts a keyword
 * (`variable value "value"`, `region on "Ontario"`). The few places where a trailing optional
 * name could swallow the next clause's keyword accept only a plain identifier (see parser.ts).
 * Comments go to the "comments" group: hidden from the parser, kept for tools.
 *
 * Every token declares whether it can hold a line break (`line_breaks`) and, where its pattern
 * is a regular expression, the characters it can start with (`start_chars_hint`): otherwise
 * chevrotain works both out by parsing every pattern when the lexer is built, which was about
 * a tenth of starting ccdc. lexer.test.ts checks both against chevrotain's own analysis.
 */
import { createToken, type ILexingError, type IToken, Lexer, type TokenType } from "chevrotain";
import type { Position, Range } from "./diagnostic.js";

const chars = (from: string, to: string): string[] =>
  Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, i) =>
    String.fromCharCode(from.charCodeAt(0) + i),
  );
/** The characters `\s` matches (ECMAScript's WhiteSpace and LineTerminator). */
export const WHITESPACE_CHARS: readonly string[] = [
  ..."\t\n\v\f\r \u00a0\u1680",
  ...chars("\u2000", "\u200a"),
  ..."\u2028\u2029\u202f\u205f\u3000\ufeff",
];
const NAME_START = [...chars("A", "Z"), ...chars("a", "z"), "_"];

export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /\s+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
  start_chars_hint: [...WHITESPACE_CHARS],
});
export const LineComment = createToken({
  name: "LineComment",
  pattern: /\/\/[^\r\n]*/,
  group: "comments",
  line_breaks: false,
  start_chars_hint: ["/"],
});
export const BlockComment = createToken({
  name: "BlockComment",
  pattern: /\/\*[\s\S]*?\*\//,
  group: "comments",
  line_breaks: true,
  start_chars_hint: ["/"],
});
/** `/* …` with no `*\/` before the end of the file: reported, then treated as a comment. */
export const UnterminatedBlockComment = createToken({
  name: "UnterminatedBlockComment",
  pattern: /\/\*[\s\S]*/,
  group: "comments",
  line_breaks: true,
  start_chars_hint: ["/"],
});

export const StringLiteral = createToken({
  name: "StringLiteral",
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*"/,
  label: "a string",
  line_breaks: false,
  start_chars_hint: ['"'],
});
/** A string with no closing quote on its line: reported, then parsed as a string. */
export const UnterminatedString = createToken({
  name: "UnterminatedString",
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*\\?/,
  categories: [StringLiteral],
  label: "a string",
  line_breaks: false,
  start_chars_hint: ['"'],
});
export const NumberLiteral = createToken({
  name: "NumberLiteral",
  pattern: /(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?/,
  label: "a number",
  line_breaks: false,
  start_chars_hint: [...chars("0", "9"), "."],
});
export const Identifier = createToken({
  name: "Identifier",
  pattern: /[A-Za-z_][A-Za-z0-9_]*/,
  label: "a name",
  line_breaks: false,
  start_chars_hint: NAME_START,
});

/**
 * The keywords and setting words, each with its categories, given once every token exists
 * (`allTokens` below): chevrotain's createToken re-derives every member of a category each
 * time a token joins it, quadratic in the 150 words that join `Identifier`, while the lexer
 * derives them all once when it is built. lexer.test.ts checks the categories come out as
 * chevrotain's createToken makes them.
 */
const categorized: [TokenType, TokenType[]][] = [];
const withCategories = (type: TokenType, categories: TokenType[]): TokenType => {
  categorized.push([type, categories]);
  return type;
};

const kw = (word: string): TokenType =>
  withCategories(
    createToken({
      name: word[0]!.toUpperCase() + word.slice(1),
      pattern: new RegExp(word),
      longer_alt: Identifier,
      label: `\`${word}\``,
      line_breaks: false,
      start_chars_hint: [word[0]!],
    }),
    [Identifier],
  );

// Declarations.
export const Study = kw("study");
export const Source = kw("source");
export const Region = kw("region");
export const Cluster = kw("cluster");
export const Units = kw("units");
export const Method = kw("method");
export const Index = kw("index");
export const System = kw("system");
export const Group = kw("group");
export const Indicator = kw("indicator");
export const Scale = kw("scale");
export const Analysis = kw("analysis");
// Clauses.
export const Title = kw("title");
export const Period = kw("period");
export const To = kw("to");
export const Note = kw("note");
export const Cite = kw("cite");
export const Format = kw("format");
export const Sheet = kw("sheet");
export const Layout = kw("layout");
export const Missing = kw("missing");
export const Variable = kw("variable");
export const Unit = kw("unit");
export const Aggregate = kw("aggregate");
export const Weighted = kw("weighted");
export const By = kw("by");
export const Key = kw("key");
export const Normalize = kw("normalize");
export const Shift = kw("shift");
export const Scope = kw("scope");
export const Weights = kw("weights");
export const Compose = kw("compose");
export const Coupling = kw("coupling");
export const Constant = kw("constant");
export const Given = kw("given");
export const Direction = kw("direction");
export const Value = kw("value");
export const From = kw("from");
export const Level = kw("level");
export const Within = kw("within");
export const Each = kw("each");
export const Between = kw("between");
export const Pairs = kw("pairs");
export const Triples = kw("triples");
export const All = kw("all");
export const Of = kw("of");
export const Systems = kw("systems");
export const On = kw("on");
export const Beta = kw("beta");
export const Equal = kw("equal");
// Variants and sensitivity.
export const Variant = kw("variant");
export const Node = kw("node");
export const Drop = kw("drop");
export const Sensitivity = kw("sensitivity");
export const Choice = kw("choice");
export const Watch = kw("watch");
export const Sample = kw("sample");
// Figures (docs/language.md, "figure").
export const Figure = kw("figure");
export const Show = kw("show");
export const Kind = kw("kind");
export const Years = kw("years");
export const Caption = kw("caption");

// Dynamics (issue 11).
export const Dynamics = kw("dynamics");
export const Groups = kw("groups");
export const Gini = kw("gini");
export const Theil = kw("theil");
export const Density = kw("density");
export const Bandwidth = kw("bandwidth");
export const Grid = kw("grid");
export const Points = kw("points");
export const Markov = kw("markov");
export const Grades = kw("grades");
export const Quantiles = kw("quantiles");
export const Step = kw("step");
export const Convergence = kw("convergence");
export const Forecast = kw("forecast");
// Maps and spatial analysis (docs/language.md, "map", "spatial_weights", "autocorrelation").
// Their clauses are `setting`s: a setting word (the category below) and a few values, read by
// the checker, so one grammar rule serves all three blocks.
export const SettingWord = createToken({
  name: "SettingWord",
  pattern: Lexer.NA,
  label: "a setting",
});
const setting = (word: string): TokenType =>
  withCategories(
    createToken({
      name: `Setting_${word}`,
      pattern: new RegExp(word),
      longer_alt: Identifier,
      label: `\`${word}\``,
      line_breaks: false,
      start_chars_hint: [word[0]!],
    }),
    [Identifier, SettingWord],
  );
export const MapKw = kw("map");
// Relative development and obstacle degree (issue 10; docs/language.md "relative", "obstacle").
// Their clauses are settings too (`values`, `form`, `rule`, `top`), plus `level` bands.
export const Relative = kw("relative");
export const Obstacle = kw("obstacle");
export const SpatialWeights = kw("spatial_weights");
export const Autocorrelation = kw("autocorrelation");
/** Every setting word of the three spatial blocks. */
export const settingTokens: readonly TokenType[] = [
  // map
  "feature",
  "match",
  "approval",
  "object",
  // spatial_weights
  "neighbours",
  "contiguity",
  "coordinates",
  "knn",
  "band",
  "power",
  "economic",
  "transform",
  "islands",
  "link",
  "tolerance",
  // autocorrelation
  "values",
  "matrix",
  "form",
  "statistics",
  "permutations",
  "seed",
  "significance",
  // relative, obstacle
  "rule",
  "top",
].map(setting);

/** `matrix`, also read by `markov … matrix W` in a dynamics block (the spatial Markov variant). */
export const MatrixSetting: TokenType = settingTokens.find((tk) => tk.name === "Setting_matrix")!;

/** Longest first, so `units` is tried before `unit` and `systems` before `system`. */
export const keywordTokens: readonly TokenType[] = [
  Study,
  Source,
  Region,
  Cluster,
  Units,
  Method,
  Index,
  System,
  Group,
  Indicator,
  Scale,
  Analysis,
  Title,
  Period,
  To,
  Note,
  Cite,
  Format,
  Sheet,
  Layout,
  Missing,
  Variable,
  Unit,
  Aggregate,
  Weighted,
  By,
  Key,
  Normalize,
  Shift,
  Scope,
  Weights,
  Compose,
  Coupling,
  Constant,
  Given,
  Direction,
  Value,
  From,
  Level,
  Within,
  Each,
  Between,
  Pairs,
  Triples,
  All,
  Of,
  Systems,
  On,
  Beta,
  Equal,
  MapKw,
  SpatialWeights,
  Autocorrelation,
  Relative,
  Obstacle,
  ...settingTokens,
  Dynamics,
  Groups,
  Gini,
  Theil,
  Density,
  Bandwidth,
  Grid,
  Points,
  Markov,
  Grades,
  Quantiles,
  Step,
  Convergence,
  Forecast,
  Variant,
  Node,
  Drop,
  Sensitivity,
  Choice,
  Watch,
  Sample,
  Figure,
  Show,
  Kind,
  Years,
  Caption,
].sort((a, b) => String(b.PATTERN).length - String(a.PATTERN).length);

const punct = (name: string, pattern: RegExp, text: string, categories?: TokenType[]): TokenType =>
  createToken({
    name,
    pattern,
    label: `\`${text}\``,
    line_breaks: false,
    start_chars_hint: [text],
    ...(categories ? { categories } : {}),
  });
export const AddOp = createToken({ name: "AddOp", pattern: Lexer.NA, label: "`+` or `-`" });
export const MulOp = createToken({ name: "MulOp", pattern: Lexer.NA, label: "`*` or `/`" });
export const LCurly = punct("LCurly", /\{/, "{");
export const RCurly = punct("RCurly", /\}/, "}");
export const LParen = punct("LParen", /\(/, "(");
export const RParen = punct("RParen", /\)/, ")");
export const LBracket = punct("LBracket", /\[/, "[");
export const RBracket = punct("RBracket", /\]/, "]");
export const Comma = punct("Comma", /,/, ",");
export const Plus = punct("Plus", /\+/, "+", [AddOp]);
export const Minus = punct("Minus", /-/, "-", [AddOp]);
export const Star = punct("Star", /\*/, "*", [MulOp]);
export const Slash = punct("Slash", /\//, "/", [MulOp]);

// The lexer built below derives the categories' members (chevrotain's augmentTokenTypes).
for (const [type, categories] of categorized) type.CATEGORIES = categories;

/** Every token type, in the order the lexer tries them. */
export const allTokens: readonly TokenType[] = [
  WhiteSpace,
  LineComment,
  BlockComment,
  UnterminatedBlockComment,
  StringLiteral,
  UnterminatedString,
  NumberLiteral,
  ...keywordTokens,
  Identifier,
  LCurly,
  RCurly,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Comma,
  AddOp,
  MulOp,
  SettingWord,
  Plus,
  Minus,
  Star,
  Slash,
];

/**
 * Builds the lexer. `validate` runs chevrotain's checks of the token definitions (a pattern
 * that can match nothing, a missing line-break flag, …): lexer.test.ts builds it so, once, and
 * fails on any error or warning; the lexer every command uses skips them, as they are about a
 * fifth of starting ccdc and find nothing in a definition that passed the test.
 */
export function buildSpecLexer(validate = false): Lexer {
  return new Lexer([...allTokens], {
    positionTracking: "full",
    ensureOptimizations: false,
    skipValidations: !validate,
  });
}

export const specLexer = buildSpecLexer();

export interface LexResult {
  readonly tokens: IToken[];
  readonly comments: IToken[];
  readonly errors: ILexingError[];
}

/** Splits spec text into tokens (for the parser), comments, and lexing errors. Never throws. */
export function lexSpec(text: string): LexResult {
  const r = specLexer.tokenize(text);
  return { tokens: r.tokens, comments: r.groups.comments ?? [], errors: r.errors };
}

/** The text of a string token: quotes removed, `\"` and `\\` unescaped (others kept as written). */
export function stringValue(token: IToken): string {
  const closed = token.tokenType === StringLiteral && token.image.length >= 2;
  const body = token.image.slice(1, closed ? -1 : undefined);
  return body.replace(/\\(["\\])/g, "$1");
}

/** Offsets (in the token's image) of escapes other than `\"` and `\\`, e.g. `\n`. */
export function badEscapes(token: IToken): { readonly at: number; readonly text: string }[] {
  const out: { at: number; text: string }[] = [];
  const re = /\\(.?)/g;
  for (let m = re.exec(token.image); m; m = re.exec(token.image)) {
    const ch = m[1] ?? "";
    if (ch !== '"' && ch !== "\\") out.push({ at: m.index, text: m[0] });
  }
  return out;
}

/** Line starts of a text, matching chevrotain's line terminators (`\n`, `\r\n`, `\r`). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    const re = /\r\n?|\n/g;
    for (let m = re.exec(text); m; m = re.exec(text)) this.starts.push(m.index + m[0].length);
  }
  /** The 1-based line/column of a 0-based offset (clamped to the text). */
  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo]! + 1, offset: o };
  }
  range(file: string, start: number, end: number): Range {
    return { file, start: this.position(start), end: this.position(end) };
  }
}

/** True for a token chevrotain made up during recovery (it has no text and no position). */
export function isVirtual(token: IToken): boolean {
  return token.isInsertedInRecovery === true || Number.isNaN(token.startOffset);
}

/** The half-open range of a real token. */
export function tokenRange(file: string, token: IToken): Range {
  return {
    file,
    start: {
      line: token.startLine ?? 1,
      column: token.startColumn ?? 1,
      offset: token.startOffset,
    },
    end: {
      line: token.endLine ?? token.startLine ?? 1,
      column: (token.endColumn ?? token.startColumn ?? 0) + 1,
      offset: (token.endOffset ?? token.startOffset) + 1,
    },
  };
}
