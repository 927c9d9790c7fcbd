import { createToken, Lexer, type TokenType, tokenMatcher } from "chevrotain";
import { describe, expect, test, vi } from "vitest";
import {
  allTokens,
  badEscapes,
  buildSpecLexer,
  Identifier,
  LineIndex,
  lexSpec,
  StringLiteral,
  stringValue,
  WHITESPACE_CHARS,
} from "./lexer.js";

const kinds = (text: string): string[] => lexSpec(text).tokens.map((t) => t.tokenType.name);
const images = (text: string): string[] => lexSpec(text).tokens.map((t) => t.image);

describe("keywords and identifiers", () => {
  test("a keyword followed by name characters is one identifier", () => {
    expect(kinds("indicator indicatorX units_total unit units system systems")).toEqual([
      "Indicator",
      "Identifier",
      "Identifier",
      "Unit",
      "Units",
      "System",
      "Systems",
    ]);
    expect(kinds("study_ _study Study")).toEqual(["Identifier", "Identifier", "Identifier"]);
  });

  test("keywords are identifiers too (contextual keywords)", () => {
    const [value, plain] = lexSpec("value gdp").tokens;
    expect(value?.tokenType.name).toBe("Value");
    expect(tokenMatcher(value!, Identifier)).toBe(true);
    expect(tokenMatcher(plain!, Identifier)).toBe(true);
  });

  test("punctuation and operators", () => {
    expect(images("{}()[],+-*/")).toEqual(["{", "}", "(", ")", "[", "]", ",", "+", "-", "*", "/"]);
    expect(images("a/b")).toEqual(["a", "/", "b"]);
  });
});

describe("token categories", () => {
  test("come out as chevrotain's createToken makes them", () => {
    // lexer.ts gives the keywords and setting words their categories after creating them, and
    // the lexer derives the members. A second set of the tokens, each made with its categories
    // given to createToken, must have the same members in every category.
    type Derived = TokenType & { categoryMatches: number[]; isParent: boolean };
    const made = new Map<string, TokenType>();
    const make = (type: TokenType): TokenType => {
      const done = made.get(type.name);
      if (done) return done;
      const categories = ((type.CATEGORIES ?? []) as TokenType[]).map(make);
      const copy = createToken({
        name: type.name,
        pattern: Lexer.NA,
        ...(categories.length > 0 ? { categories } : {}),
      });
      made.set(type.name, copy);
      return copy;
    };
    for (const type of allTokens) make(type);
    const members = (type: TokenType, set: Iterable<TokenType>) => {
      const name = new Map([...set].map((t) => [t.tokenTypeIdx, t.name]));
      const d = type as Derived;
      return { isParent: d.isParent, members: d.categoryMatches.map((i) => name.get(i)).sort() };
    };
    for (const type of allTokens)
      expect(members(type, allTokens)).toEqual(members(made.get(type.name)!, made.values()));
    expect(members(Identifier, allTokens).members.length).toBeGreaterThan(100);
  });
});

describe("strings", () => {
  test("UTF-8 content and the two escapes", () => {
    const [zh, esc] = lexSpec(String.raw`"内蒙古" "say \"hi\" \\ done"`).tokens;
    expect(stringValue(zh!)).toBe("内蒙古");
    expect(stringValue(esc!)).toBe('say "hi" \\ done');
    expect(zh?.endColumn).toBe(5); // the quote at column 1, three characters, the quote at column 5
  });

  test("an unterminated string runs to the end of its line and is still a string", () => {
    const { tokens, errors } = lexSpec('title "no end\nnote "x"');
    expect(errors).toEqual([]);
    expect(tokens.map((t) => t.tokenType.name)).toEqual([
      "Title",
      "UnterminatedString",
      "Note",
      "StringLiteral",
    ]);
    expect(tokenMatcher(tokens[1]!, StringLiteral)).toBe(true);
    expect(stringValue(tokens[1]!)).toBe("no end");
  });

  test("unknown escapes are found, known ones are not", () => {
    const [t] = lexSpec(String.raw`"a\nb\"c\\d\q"`).tokens;
    expect(badEscapes(t!)).toEqual([
      { at: 2, text: "\\n" },
      { at: 11, text: "\\q" },
    ]);
  });
});

describe("numbers", () => {
  test("integers, fractions, exponents and a leading dot", () => {
    expect(images("2013 0.0001 1e-4 .5 2.5E+3")).toEqual([
      "2013",
      "0.0001",
      "1e-4",
      ".5",
      "2.5E+3",
    ]);
    expect(kinds("2013 0.0001 1e-4 .5 2.5E+3")).toEqual(Array(5).fill("NumberLiteral"));
  });

  test("a sign is a separate token", () => {
    expect(images("-1")).toEqual(["-", "1"]);
  });
});

describe("comments", () => {
  test("line and block comments are kept aside, hidden from the parser", () => {
    const r = lexSpec("a // one\n/* two\nlines */ b");
    expect(r.tokens.map((t) => t.image)).toEqual(["a", "b"]);
    expect(r.comments.map((c) => c.image)).toEqual(["// one", "/* two\nlines */"]);
    expect(r.tokens[1]?.startLine).toBe(3);
  });

  test("an unterminated block comment swallows the rest of the file", () => {
    const r = lexSpec("a /* never closed\nb");
    expect(r.tokens.map((t) => t.image)).toEqual(["a"]);
    expect(r.comments[0]?.tokenType.name).toBe("UnterminatedBlockComment");
  });
});

test("unexpected characters are lexing errors, and lexing goes on", () => {
  const r = lexSpec("a ; b @@ c");
  expect(r.tokens.map((t) => t.image)).toEqual(["a", "b", "c"]);
  expect(r.errors.map((e) => [e.offset, e.length])).toEqual([
    [2, 1],
    [6, 2],
  ]);
});

test("LineIndex agrees with chevrotain on \\n, \\r\\n and \\r", () => {
  const text = "a\r\nbb\rc\nd";
  const lines = new LineIndex(text);
  for (const t of lexSpec(text).tokens) {
    expect(lines.position(t.startOffset)).toEqual({
      line: t.startLine,
      column: t.startColumn,
      offset: t.startOffset,
    });
  }
  expect(lines.position(text.length)).toEqual({ line: 4, column: 2, offset: 9 }); // 9 characters: a, CRLF, bb, CR, c, LF, d
});

// The lexer every command uses skips chevrotain's checks of the token definitions (a fifth of
// starting ccdc); they run here, where an error throws and a warning is printed.
describe("the token definitions", () => {
  test("pass chevrotain's lexer validations with no error or warning", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const lexer = buildSpecLexer(true);
      expect(lexer.lexerDefinitionErrors).toEqual([]);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});

// lexer.ts declares each token's line breaks and start characters, so that chevrotain does not
// parse every pattern to work them out when the lexer is built. Here chevrotain works them out,
// in a lexer built over copies of the tokens without the declarations, and both must agree.
describe("the declared line breaks and start characters", () => {
  interface Config {
    readonly tokenType: TokenType;
    readonly canLineTerminator: boolean;
  }
  interface Analysed {
    readonly patternIdxToConfig: { readonly defaultMode: readonly Config[] };
    readonly charCodeToPatternIdxToConfig: {
      readonly defaultMode: readonly (readonly Config[] | undefined)[];
    };
  }
  const analysis = (tokens: TokenType[]) => {
    const lexer = new Lexer(tokens, { positionTracking: "full", skipValidations: true });
    const { patternIdxToConfig, charCodeToPatternIdxToConfig } = lexer as unknown as Analysed;
    return {
      lineBreaks: patternIdxToConfig.defaultMode.map((c) => [
        c.tokenType.name,
        c.canLineTerminator,
      ]),
      startChars: [...charCodeToPatternIdxToConfig.defaultMode].map((cs) =>
        (cs ?? []).map((c) => c.tokenType.name),
      ),
    };
  };
  const undeclared = allTokens.map((tk) => {
    const {
      LINE_BREAKS: _breaks,
      START_CHARS_HINT: _starts,
      ...rest
    } = tk as TokenType & {
      LINE_BREAKS?: boolean;
      START_CHARS_HINT?: unknown;
    };
    return rest as TokenType;
  });

  test("every token declares both", () => {
    for (const tk of allTokens) {
      if (tk.PATTERN === Lexer.NA) continue;
      expect(Object.hasOwn(tk, "LINE_BREAKS"), tk.name).toBe(true);
      expect(Object.hasOwn(tk, "START_CHARS_HINT"), tk.name).toBe(true);
    }
  });

  test("they are what chevrotain finds in the patterns", () => {
    expect(analysis([...allTokens])).toEqual(analysis(undeclared));
  });

  test("WHITESPACE_CHARS is every character \\s matches", () => {
    const all = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
    expect(WHITESPACE_CHARS).toEqual(all.filter((ch) => /\s/.test(ch)));
  });
});
