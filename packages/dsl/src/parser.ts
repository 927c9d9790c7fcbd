/**
 * The .ccd grammar: a chevrotain `CstParser` with one rule per construct and no semantics.
 * ast-builder.ts turns its CST into the AST; cst.d.ts holds the generated CST types.
 *
 * Keywords are contextual (see lexer.ts). Where an optional trailing name could swallow the next
 * clause (`missing nearest unit "…"`, `normalize minmax shift …`, a label's language tag before
 * `key "…"`), the grammar takes only a plain identifier, never a keyword.
 */
import {
  CstParser,
  type IParserErrorMessageProvider,
  type IRecognitionException,
  type IToken,
  type Rule,
  type TokenType,
  tokenMatcher,
} from "chevrotain";
import { type GrammarNode, RULES } from "./grammar-table.js";
import * as t from "./lexer.js";
import { lookaheadFunctions } from "./lookahead.js";
import { recordedProduction, tokenTypesByName } from "./recorded-grammar.js";
import { ResyncIndex } from "./resync-index.js";

/** The parts of chevrotain's recovery that SpecParser uses (not in its typings). */
interface RecoveryInternals {
  flattenFollowSet(): TokenType[];
  exportLexerState(): number;
  SAVE_ERROR(error: IRecognitionException): IRecognitionException;
  /** The token types that may follow a rule call: where recovery resyncs. */
  getFollowSetFromFollowKey(key: unknown): TokenType[];
  /** Every rule call's follow set, by name (computed in performSelfAnalysis). */
  resyncFollows: Record<string, TokenType[]>;
  /** Read by performSelfAnalysis (compute resyncFollows?) and while parsing. */
  recoveryEnabled: boolean;
}

/** The parts of chevrotain's grammar analysis that SpecParser replaces (not in its typings). */
interface Recording {
  definedRulesNames: string[];
  enableRecording(): void;
  disableRecording(): void;
  topLevelRuleRecord(name: string, impl: (...args: unknown[]) => unknown): Rule;
  preComputeLookaheadFunctions(rules: Rule[]): void;
  setLaFuncCache(key: number, f: (...args: never[]) => unknown): void;
}

/**
 * Thrown when the parser has recorded `SpecParser.errorLimit` errors: parsing stops there.
 * Chevrotain recovers from each error inside a repetition by calling the repetition again from
 * its recovery code, so the stack grows with every error in a row (a few thousand overflow it);
 * and a file with that many errors is not a spec being edited.
 */
export class SyntaxErrorLimitReached extends Error {
  constructor(readonly token: IToken) {
    super("too many syntax errors");
  }
}

/**
 * Chevrotain's messages are replaced by a JSON payload that parse.ts turns into a Diagnostic
 * through syntax-messages.ts (so the wording lives in one catalog).
 */
export interface SyntaxErrorPayload {
  readonly kind: "mismatch" | "noViableAlt" | "earlyExit" | "notAllInput";
  /** Names of the token types that could have come next. */
  readonly expected: readonly string[];
  /** The OR's own description of what it expected, if it has one. */
  readonly description?: string;
  readonly rule: string;
}

const firsts = (paths: TokenType[][][] | TokenType[][]): string[] => {
  const names = new Set<string>();
  const visit = (p: unknown): void => {
    if (Array.isArray(p)) {
      if (p.length > 0 && !Array.isArray(p[0])) names.add((p[0] as TokenType).name);
      else for (const q of p) visit(q);
    }
  };
  visit(paths);
  return [...names];
};

const payload = (p: SyntaxErrorPayload): string => JSON.stringify(p);

export const errorPayloadProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected, ruleName }) =>
    payload({ kind: "mismatch", expected: [expected.name], rule: ruleName }),
  buildNotAllInputParsedMessage: ({ ruleName }) =>
    payload({ kind: "notAllInput", expected: ["EOF"], rule: ruleName }),
  buildNoViableAltMessage: ({ expectedPathsPerAlt, customUserDescription, ruleName }) =>
    payload({
      kind: "noViableAlt",
      expected: firsts(expectedPathsPerAlt),
      ...(customUserDescription ? { description: customUserDescription } : {}),
      rule: ruleName,
    }),
  buildEarlyExitMessage: ({ expectedIterationPaths, customUserDescription, ruleName }) =>
    payload({
      kind: "earlyExit",
      expected: firsts(expectedIterationPaths),
      ...(customUserDescription ? { description: customUserDescription } : {}),
      rule: ruleName,
    }),
};

/** The most tokens the grammar looks ahead (lookahead.ts's table is computed with it). */
export const MAX_LOOKAHEAD = 3;

/** The grammar table's rules by name, and its token types by name. */
let table:
  | { rules: ReadonlyMap<string, GrammarNode>; token: (name: string) => TokenType }
  | undefined;
const recordedTable = () => {
  table ??= {
    rules: new Map(RULES.map((r) => [String(r[1].name), r])),
    token: tokenTypesByName(),
  };
  return table;
};

/** A parser built chevrotain's way, with the follow sets: made at the first recovery. */
let analysed: SpecParser | undefined;
const analysedParser = (): SpecParser => {
  analysed ??= new SpecParser(true);
  return analysed;
};

const PUNCTUATION: ReadonlySet<TokenType> = new Set([
  t.LCurly,
  t.RCurly,
  t.LParen,
  t.RParen,
  t.LBracket,
  t.RBracket,
  t.Comma,
]);

export class SpecParser extends CstParser {
  /**
   * `validate` builds the parser chevrotain's way: performSelfAnalysis records each rule's
   * grammar (by running its code in a recording mode), runs chevrotain's grammar validations
   * (ambiguous alternatives, left recursion, duplicate names, …), which throw on a broken
   * grammar, and computes recovery's follow sets and every production's lookahead function
   * from the recorded grammar. parser.test.ts builds the parser so. The one every command uses
   * (`validate` false) does none of that, which was a quarter of starting ccdc: it rebuilds the
   * recorded grammar and the lookahead functions from the table generated from a recording
   * (grammar-table.ts, recorded-grammar.ts, lookahead.ts; grammar-table.test.ts checks both),
   * and computes the follow sets, which only error recovery reads, at its first recovery.
   */
  constructor(validate = false) {
    super([...t.allTokens], {
      recoveryEnabled: true,
      nodeLocationTracking: "full",
      maxLookahead: MAX_LOOKAHEAD,
      errorMessageProvider: errorPayloadProvider,
      skipValidations: !validate,
    });
    // The table must have the parser's rules, in its order (the lookahead keys number the
    // rules); otherwise (a grammar change not yet regenerated, which grammar-table.test.ts
    // reports) the parser is built chevrotain's way.
    const defined = (this as unknown as Recording).definedRulesNames;
    this.fromTable =
      !validate &&
      defined.length === RULES.length &&
      defined.every((name, i) => RULES[i]![1].name === name);
    const internals = this as unknown as RecoveryInternals;
    // Recovery is off during the analysis, so that chevrotain computes no follow sets
    // (everything else it sets up for recovery was set up by the constructor above).
    if (!validate) internals.recoveryEnabled = false;
    this.performSelfAnalysis();
    internals.recoveryEnabled = true;
    this.followSetsReady = validate;
  }

  /** Grammar and lookahead functions from grammar-table.ts instead of chevrotain's analysis. */
  private fromTable: boolean;
  private followSetsReady: boolean;

  /**
   * Chevrotain's recording of a rule's grammar (called by performSelfAnalysis), or the rule
   * rebuilt from the table.
   */
  topLevelRuleRecord(name: string, impl: (...args: unknown[]) => unknown): Rule {
    if (!this.fromTable) {
      const base = CstParser.prototype as unknown as Recording;
      return base.topLevelRuleRecord.call(this, name, impl);
    }
    const table = recordedTable();
    return recordedProduction(table.rules.get(name)!, table.token);
  }

  /** Chevrotain puts the parser in recording mode around the recording (not from the table). */
  enableRecording(): void {
    if (this.fromTable) return;
    (CstParser.prototype as unknown as Recording).enableRecording.call(this);
  }
  disableRecording(): void {
    if (this.fromTable) return;
    (CstParser.prototype as unknown as Recording).disableRecording.call(this);
  }

  /** Chevrotain's lookahead functions, computed from the grammar or taken from the table. */
  preComputeLookaheadFunctions(rules: Rule[]): void {
    const internals = this as unknown as Recording;
    if (!this.fromTable) {
      const base = CstParser.prototype as unknown as Recording;
      base.preComputeLookaheadFunctions.call(this, rules);
      return;
    }
    for (const [key, f] of lookaheadFunctions(recordedTable().token))
      internals.setLaFuncCache(key, f);
  }

  /** Chevrotain's follow set of a rule call, with the follow sets computed on first use. */
  getFollowSetFromFollowKey(key: unknown): TokenType[] {
    const internals = this as unknown as RecoveryInternals;
    if (!this.followSetsReady) {
      internals.resyncFollows = (analysedParser() as unknown as RecoveryInternals).resyncFollows;
      this.followSetsReady = true;
    }
    const base = CstParser.prototype as unknown as RecoveryInternals;
    return base.getFollowSetFromFollowKey.call(this, key);
  }

  private resync: { tokens: readonly IToken[]; index: ResyncIndex } | undefined;

  /** The most errors one parse records; the next throws SyntaxErrorLimitReached. */
  errorLimit = Number.POSITIVE_INFINITY;

  /** Chevrotain's record of an error, stopping the parse at `errorLimit`. */
  SAVE_ERROR(error: IRecognitionException): IRecognitionException {
    if (this.errors.length >= this.errorLimit) throw new SyntaxErrorLimitReached(error.token);
    const base = CstParser.prototype as unknown as RecoveryInternals;
    return base.SAVE_ERROR.call(this, error);
  }

  /**
   * Chevrotain's scan for the token where error recovery resumes, answered from an index of
   * the input (resync-index.ts): the same token, without rescanning the rest of the file after
   * every error (quadratic in a file of garbage).
   */
  findReSyncTokenType(): TokenType {
    const tokens = this.input;
    if (this.resync?.tokens !== tokens) this.resync = { tokens, index: new ResyncIndex(tokens) };
    const internals = this as unknown as RecoveryInternals;
    return this.resync.index.nearest(
      internals.flattenFollowSet(),
      internals.exportLexerState() + 1,
    );
  }

  /** The next token is a plain name, not a keyword used as one. */
  private plainName = (): boolean =>
    this.LA(1).tokenType === t.Identifier || tokenMatcher(this.LA(1), t.SettingWord);
  /**
   * A setting's next value: a string, a number, a comma, or a name that is not a setting word
   * (which starts the next setting) nor a keyword other than `to`, `of`, `key`, `all`.
   */
  private settingValueNext = (): boolean => {
    const next = this.LA(1);
    const type = next.tokenType;
    if (tokenMatcher(next, t.SettingWord)) return false;
    return (
      type === t.Identifier ||
      type === t.To ||
      type === t.Of ||
      type === t.Key ||
      type === t.All ||
      type === t.Drop ||
      type === t.StringLiteral ||
      type === t.UnterminatedString ||
      type === t.NumberLiteral ||
      type === t.Minus ||
      type === t.Comma
    );
  };
  /**
   * A name and a string follow (`zh "北京"`, `region "province"`). Chevrotain looks one token
   * ahead only here, and any name would do: `regoin x`, or the `variable` after a layout whose
   * `}` is missing.
   */
  private nameThenString = (): boolean =>
    tokenMatcher(this.LA(1), t.Identifier) && tokenMatcher(this.LA(2), t.StringLiteral);
  private langLabelNext = (): boolean => this.plainName() && this.nameThenString();
  /** `, name` follows, and the name is not the next `between` mode. */
  private ofContinues = (): boolean => {
    const next = this.LA(2);
    return (
      tokenMatcher(this.LA(1), t.Comma) &&
      tokenMatcher(next, t.Identifier) &&
      !tokenMatcher(next, t.Pairs) &&
      !tokenMatcher(next, t.Triples) &&
      !tokenMatcher(next, t.All)
    );
  };
  /** A weighting option follows: a plain name, a number, `-` or `,`. */
  private weightOptionNext = (): boolean =>
    this.plainName() ||
    tokenMatcher(this.LA(1), t.NumberLiteral) ||
    tokenMatcher(this.LA(1), t.Minus) ||
    tokenMatcher(this.LA(1), t.Comma);
  /** `a 0.4` or `a -1` follows. */
  private fixedWeightNext = (): boolean =>
    tokenMatcher(this.LA(1), t.Identifier) &&
    (tokenMatcher(this.LA(2), t.NumberLiteral) || tokenMatcher(this.LA(2), t.Minus));

  /**
   * Chevrotain repairs a missing token by inserting it before trying to delete a stray one. For
   * punctuation, when the token after the stray one is exactly what was expected, deleting is the
   * better repair: `cluster c "C" zh { a }` lost a label, not a `{` before `zh`.
   */
  protected override canTokenTypeBeInsertedInRecovery(tokType: TokenType): boolean {
    return !(PUNCTUATION.has(tokType) && tokenMatcher(this.LA(2), tokType));
  }

  public spec = this.RULE("spec", () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.studyDecl) },
        { ALT: () => this.SUBRULE(this.sourceDecl) },
        { ALT: () => this.SUBRULE(this.regionDecl) },
        { ALT: () => this.SUBRULE(this.clusterDecl) },
        { ALT: () => this.SUBRULE(this.unitsDecl) },
        { ALT: () => this.SUBRULE(this.methodDecl) },
        { ALT: () => this.SUBRULE(this.nodeDecl) },
        { ALT: () => this.SUBRULE(this.scaleDecl) },
        { ALT: () => this.SUBRULE(this.analysisDecl) },
        { ALT: () => this.SUBRULE(this.mapDecl) },
        { ALT: () => this.SUBRULE(this.spatialWeightsDecl) },
        { ALT: () => this.SUBRULE(this.autocorrelationDecl) },
        { ALT: () => this.SUBRULE(this.dynamicsDecl) },
        { ALT: () => this.SUBRULE(this.relativeDecl) },
        { ALT: () => this.SUBRULE(this.obstacleDecl) },
        { ALT: () => this.SUBRULE(this.variantDecl) },
        { ALT: () => this.SUBRULE(this.sensitivityDecl) },
        { ALT: () => this.SUBRULE(this.figureDecl) },
      ]);
    });
  });

  // ---------------------------------------------------------------- shared pieces
  /** `"Beijing" zh "北京"`: an optional primary label, then language-tagged labels. */
  private labels = this.RULE("labels", () => {
    this.OPTION(() => this.CONSUME(t.StringLiteral, { LABEL: "primary" }));
    this.MANY({ GATE: this.langLabelNext, DEF: () => this.SUBRULE(this.otherLabel) });
  });
  private otherLabel = this.RULE("otherLabel", () => {
    this.CONSUME(t.Identifier);
    this.CONSUME(t.StringLiteral);
  });
  private nameList = this.RULE("nameList", () => {
    this.CONSUME(t.Identifier);
    this.MANY(() => {
      this.CONSUME(t.Comma);
      this.CONSUME2(t.Identifier);
    });
  });
  /** A number, optionally negative (`shift -0.5`); the checker decides what is allowed. */
  private signedNumber = this.RULE("signedNumber", () => {
    this.OPTION(() => this.CONSUME(t.Minus));
    this.CONSUME(t.NumberLiteral);
  });
  private noteClause = this.RULE("noteClause", () => {
    this.CONSUME(t.Note);
    this.CONSUME(t.StringLiteral);
  });
  private missingClause = this.RULE("missingClause", () => {
    this.CONSUME(t.Missing);
    this.CONSUME(t.Identifier, { LABEL: "rule" });
    this.OPTION({
      GATE: this.plainName,
      DEF: () => this.CONSUME2(t.Identifier, { LABEL: "proxy" }),
    });
  });
  private unitClause = this.RULE("unitClause", () => {
    this.CONSUME(t.Unit);
    this.CONSUME(t.StringLiteral);
  });
  private composeClause = this.RULE("composeClause", () => {
    this.CONSUME(t.Compose);
    this.CONSUME(t.Identifier);
  });
  private couplingClause = this.RULE("couplingClause", () => {
    this.CONSUME(t.Coupling);
    this.SUBRULE(this.nameList);
  });
  /**
   * `weights METHOD option* [{ … }]`: `weights entropy`, `weights critic spearman`,
   * `weights fixed { a 0.4, b 0.6 }`, an AHP matrix `weights ahp { a 1 3, b 1/3 1 }`, a
   * combination `weights combine linear 0.4, 0.6 { weights ahp { … } weights entropy }`. Options
   * are names or numbers; the body holds rows (a name and one or more cells) or member weightings.
   * The checker decides what each method allows.
   */
  private weightsClause = this.RULE("weightsClause", () => {
    this.CONSUME(t.Weights);
    this.CONSUME(t.Identifier);
    this.MANY({
      // Keywords are names too (token categories): a clause keyword after the method ends it.
      GATE: this.weightOptionNext,
      DEF: () => {
        this.OR([
          { ALT: () => this.CONSUME2(t.Identifier, { LABEL: "option" }) },
          { ALT: () => this.SUBRULE(this.signedNumber, { LABEL: "number" }) },
          { ALT: () => this.CONSUME(t.Comma) },
        ]);
      },
    });
    this.OPTION(() => {
      this.CONSUME(t.LCurly);
      this.MANY2({
        // Keywords are names too: only `weights` or a name followed by a number goes on.
        GATE: () => tokenMatcher(this.LA(1), t.Weights) || this.fixedWeightNext(),
        DEF: () => {
          this.OR2([
            { ALT: () => this.SUBRULE(this.weightsClause, { LABEL: "member" }) },
            { ALT: () => this.SUBRULE(this.weightRow) },
          ]);
        },
      });
      this.CONSUME(t.RCurly);
    });
  });
  /**
   * `a 0.4` (a fixed weight) or `a 1 3 1/5` (a row of an AHP matrix), optionally followed by a
   * comma. The comma belongs to the row, not to the body's repetition, so `ccdc fmt` lays a
   * weights body out as a block: one row or member weighting per line.
   */
  private weightRow = this.RULE("weightRow", () => {
    this.CONSUME(t.Identifier);
    this.AT_LEAST_ONE(() => this.SUBRULE(this.weightCell));
    this.OPTION(() => this.CONSUME(t.Comma));
  });
  /** A number or a fraction `1/3`. */
  private weightCell = this.RULE("weightCell", () => {
    this.SUBRULE(this.signedNumber);
    this.OPTION(() => {
      this.CONSUME(t.Slash);
      this.CONSUME(t.NumberLiteral, { LABEL: "denominator" });
    });
  });

  // ---------------------------------------------------------------- study
  private studyDecl = this.RULE("studyDecl", () => {
    this.CONSUME(t.Study);
    this.CONSUME(t.Identifier);
    this.CONSUME(t.LCurly);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.titleClause) },
        { ALT: () => this.SUBRULE(this.periodClause) },
        { ALT: () => this.SUBRULE(this.noteClause) },
        { ALT: () => this.SUBRULE(this.citeClause) },
      ]);
    });
    this.CONSUME(t.RCurly);
  });
  private titleClause = this.RULE("titleClause", () => {
    this.CONSUME(t.Title);
    this.CONSUME(t.StringLiteral);
  });
  private periodClause = this.RULE("periodClause", () => {
    this.CONSUME(t.Period);
    this.SUBRULE(this.signedNumber, { LABEL: "from" });
    this.CONSUME(t.To);
    this.SUBRULE2(this.signedNumber, { LABEL: "to" });
  });
  private citeClause = this.RULE("citeClause", () => {
    this.CONSUME(t.Cite);
    this.CONSUME(t.Identifier);
    this.CONSUME(t.StringLiteral);
  });

  // ---------------------------------------------------------------- sources
  private sourceDecl = this.RULE("sourceDecl", () => {
    this.CONSUME(t.Source);
    this.CONSUME(t.Identifier);
    this.CONSUME(t.StringLiteral);
    this.CONSUME(t.LCurly);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.formatClause) },
        { ALT: () => this.SUBRULE(this.sheetClause) },
        { ALT: () => this.SUBRULE(this.layoutClause) },
        { ALT: () => this.SUBRULE(this.missingClause) },
        { ALT: () => this.SUBRULE(this.variableDecl) },
      ]);
    });
    this.CONSUME(t.RCurly);
  });
  private formatClause = this.RULE("formatClause", () => {
    this.CONSUME(t.Format);
    this.CONSUME(t.Identifier);
  });
  private sheetClause = this.RULE("sheetClause", () => {
    this.CONSUME(t.Sheet);
    this.CONSUME(t.StringLiteral);
  });
  private layoutClause = this.RULE("layoutClause", () => {
    this.CONSUME(t.Layout);
    this.CONSUME(t.Identifier);
    this.CONSUME(t.LCurly);
    this.MANY({ GATE: this.nameThenString, DEF: () => this.SUBRULE(this.layoutColumn) });
    this.CONSUME(t.RCurly);
  });
  /** `region "province"`: the role is any name (the keywords `region`, `value`, … included). */
  private layoutColumn = this.RULE("layoutColumn", () => {
    this.CONSUME(t.Identifier);
    this.CONSUME(t.StringLiteral);
  });
  private variableDecl = this.RULE("variableDecl", () => {
    this.CONSUME(t.Variable);
    this.CONSUME(t.Identifier);
    this.OPTION(() => this.CONSUME(t.StringLiteral));
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.unitClause) },
        { ALT: () => this.SUBRULE(this.aggregateClause) },
        { ALT: () => this.SUBRULE(this.missingClause) },
        { ALT: () => this.SUBRULE(this.noteClause) },
      ]);
    });
  });
  private aggregateClause = this.RULE("aggregateClause", () => {
    this.CONSUME(t.Aggregate);
    this.CONSUME(t.Identifier, { LABEL: "method" });
    this.OPTION(() => {
      this.CONSUME(t.Weighted);
      this.CONSUME(t.By);
      this.CONSUME2(t.Identifier, { LABEL: "by" });
    });
  });

  // ---------------------------------------------------------------- regions, clusters, units
  private regionDecl = this.RULE("regionDecl", () => {
    this.CONSUME(t.Region);
    this.CONSUME(t.Identifier);
    this.SUBRULE(this.labels);
    this.OPTION(() => {
      this.CONSUME(t.Key);
      this.CONSUME(t.StringLiteral);
    });
  });
  private clusterDecl = this.RULE("clusterDecl", () => {
    this.CONSUME(t.Cluster);
    this.CONSUME(t.Identifier);
    this.SUBRULE(this.labels);
    this.CONSUME(t.LCurly);
    this.OPTION(() => this.SUBRULE(this.nameList));
    this.CONSUME(t.RCurly);
  });
  private unitsDecl = this.RULE("unitsDecl", () => {
    this.CONSUME(t.Units);
    this.SUBRULE(this.nameList);
  });

  // ---------------------------------------------------------------- method
  private methodDecl = this.RULE("methodDecl", () => {
    this.CONSUME(t.Method);
    this.CONSUME(t.LCurly);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.normalizeClause) },
        { ALT: () => this.SUBRULE(this.weightsClause) },
        { ALT: () => this.SUBRULE(this.composeClause) },
        { ALT: () => this.SUBRULE(this.couplingClause) },
        { ALT: () => this.SUBRULE(this.constantClause) },
      ]);
    });
    this.CONSUME(t.RCurly);
  });
  /** `normalize minmax shift 0.0001 scope pooled`: every part optional, `shift`/`scope` in any order. */
  private normalizeClause = this.RULE("normalizeClause", () => {
    this.CONSUME(t.Normalize);
    this.OPTION({
      GATE: this.plainName,
      DEF: () => this.CONSUME(t.Identifier, { LABEL: "method" }),
    });
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(t.Shift);
            this.SUBRULE(this.signedNumber, { LABEL: "shift" });
          },
        },
        {
          ALT: () => {
            this.CONSUME(t.Scope);
            this.CONSUME2(t.Identifier, { LABEL: "scope" });
          },
        },
      ]);
    });
  });
  private constantClause = this.RULE("constantClause", () => {
    this.CONSUME(t.Constant);
    this.CONSUME(t.Identifier);
  });

  // ---------------------------------------------------------------- hierarchy
  /** `index` (the root), `system` or `group`, at any level; the checker validates the nesting. */
  private nodeDecl = this.RULE("nodeDecl", () => {
    this.OR([
      { ALT: () => this.CONSUME(t.Index) },
      { ALT: () => this.CONSUME(t.System) },
      { ALT: () => this.CONSUME(t.Group) },
    ]);
    this.CONSUME(t.Identifier);
    this.SUBRULE(this.labels);
    this.CONSUME(t.LCurly);
    this.MANY(() => {
      this.OR2([
        { ALT: () => this.SUBRULE(this.composeClause) },
        { ALT: () => this.SUBRULE(this.weightsClause) },
        { ALT: () => this.SUBRULE(this.givenClause) },
        { ALT: () => this.SUBRULE(this.nodeDecl) },
        { ALT: () => this.SUBRULE(this.indicatorDecl) },
      ]);
    });
    this.CONSUME(t.RCurly);
  });
  private givenClause = this.RULE("givenClause", () => {
    this.CONSUME(t.Given);
    this.CONSUME(t.Identifier);
  });
  private indicatorDecl = this.RULE("indicatorDecl", () => {
    this.CONSUME(t.Indicator);
    this.CONSUME(t.Identifier);
    this.SUBRULE(this.labels);
    this.CONSUME(t.LCurly);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.directionClause) },
        { ALT: () => this.SUBRULE(this.unitClause) },
        { ALT: () => this.SUBRULE(this.valueClause) },
        { ALT: () => this.SUBRULE(this.fromClause) },
      ]);
    });
    this.CONSUME(t.RCurly);
  });
  private directionClause = this.RULE("directionClause", () => {
    this.CONSUME(t.Direction);
    this.OR({
      DEF: [
        { ALT: () => this.CONSUME(t.Identifier) },
        { ALT: () => this.CONSUME(t.Plus) },
        { ALT: () => this.CONSUME(t.Minus) },
      ],
      ERR_MSG: "a direction (`benefit`, `cost`, `+` or `-`)",
    });
  });
  private valueClause = this.RULE("valueClause", () => {
    this.CONSUME(t.Value);
    this.SUBRULE(this.expression);
  });
  private fromClause = this.RULE("fromClause", () => {
    this.CONSUME(t.From);
    this.CONSUME(t.StringLiteral);
  });

  // ---------------------------------------------------------------- expressions
  /** `+ -` bind looser than `* /`, which bind looser than unary minus; all left-associative. */
  private expression = this.RULE("expression", () => {
    this.SUBRULE(this.term, { LABEL: "operands" });
    this.MANY(() => {
      this.CONSUME(t.AddOp);
      this.SUBRULE2(this.term, { LABEL: "operands" });
    });
  });
  private term = this.RULE("term", () => {
    this.SUBRULE(this.unary, { LABEL: "operands" });
    this.MANY(() => {
      this.CONSUME(t.MulOp);
      this.SUBRULE2(this.unary, { LABEL: "operands" });
    });
  });
  private unary = this.RULE("unary", () => {
    this.OR({
      DEF: [
        {
          ALT: () => {
            this.CONSUME(t.Minus);
            this.SUBRULE(this.unary);
          },
        },
        { ALT: () => this.SUBRULE(this.primary) },
      ],
      ERR_MSG: "an expression (a number, a variable name, `-` or `(`)",
    });
  });
  private primary = this.RULE("primary", () => {
    this.OR({
      DEF: [
        { ALT: () => this.CONSUME(t.NumberLiteral) },
        { ALT: () => this.CONSUME(t.Identifier) },
        {
          ALT: () => {
            this.CONSUME(t.LParen);
            this.SUBRULE(this.expression);
            this.CONSUME(t.RParen);
          },
        },
      ],
      ERR_MSG: "an expression (a number, a variable name or `(`)",
    });
  });

  // ---------------------------------------------------------------- grading
  private scaleDecl = this.RULE("scaleDecl", () => {
    this.CONSUME(t.Scale);
    this.CONSUME(t.Identifier);
    this.SUBRULE(this.labels);
    this.CONSUME(t.LCurly);
    this.MANY(() => this.SUBRULE(this.levelDecl));
    this.CONSUME(t.RCurly);
  });
  /** `level 1 [0.0, 0.1) "extreme disorder" zh "极度失调"`. */
  private levelDecl = this.RULE("levelDecl", () => {
    this.CONSUME(t.Level);
    this.SUBRULE(this.signedNumber, { LABEL: "level" });
    this.OR({
      DEF: [{ ALT: () => this.CONSUME(t.LBracket) }, { ALT: () => this.CONSUME(t.LParen) }],
      ERR_MSG: "`[` or `(` to open the level's interval",
    });
    this.SUBRULE2(this.signedNumber, { LABEL: "lower" });
    this.CONSUME(t.Comma);
    this.SUBRULE3(this.signedNumber, { LABEL: "upper" });
    this.OR2({
      DEF: [{ ALT: () => this.CONSUME(t.RBracket) }, { ALT: () => this.CONSUME(t.RParen) }],
      ERR_MSG: "`]` or `)` to close the level's interval",
    });
    this.SUBRULE(this.labels);
  });

  // ---------------------------------------------------------------- analyses
  private analysisDecl = this.RULE("analysisDecl", () => {
    this.CONSUME(t.Analysis);
    this.CONSUME(t.Identifier);
    this.SUBRULE(this.labels);
    this.CONSUME(t.LCurly);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.withinClause) },
        { ALT: () => this.SUBRULE(this.betweenClause) },
        { ALT: () => this.SUBRULE(this.systemsClause) },
        { ALT: () => this.SUBRULE(this.onClause) },
        { ALT: () => this.SUBRULE(this.couplingClause) },
        { ALT: () => this.SUBRULE(this.betaClause) },
        { ALT: () => this.SUBRULE(this.scaleClause) },
      ]);
    });
    this.CONSUME(t.RCurly);
  });
  /** `within each unit` | `within bth, central_plains`. */
  private withinClause = this.RULE("withinClause", () => {
    this.CONSUME(t.Within);
    this.OR({
      DEF: [
        {
          ALT: () => {
            this.CONSUME(t.Each);
            this.CONSUME(t.Unit);
          },
        },
        { ALT: () => this.SUBRULE(this.nameList) },
      ],
      ERR_MSG: "`each unit` or a list of units",
    });
  });
  /**
   * `between ITEM, ITEM, …`: each item a mode (`pairs`, `triples`, `all`, each optionally
   * `of a, b, …`) or a combination `(a, b, c)`, e.g. `between pairs, all` or
   * `between pairs, (a, b, c)`.
   */
  private betweenClause = this.RULE("betweenClause", () => {
    this.CONSUME(t.Between);
    this.AT_LEAST_ONE_SEP({ SEP: t.Comma, DEF: () => this.SUBRULE(this.betweenItem) });
  });
  private betweenItem = this.RULE("betweenItem", () => {
    this.OR({
      DEF: [
        { ALT: () => this.SUBRULE(this.betweenMode) },
        { ALT: () => this.SUBRULE(this.combination) },
      ],
      ERR_MSG: "`pairs`, `triples`, `all` or a list of units like `(a, b)`",
    });
  });
  /** `pairs|triples|all [of a, b, …]`; the `of` list ends before `, pairs|triples|all|(`. */
  private betweenMode = this.RULE("betweenMode", () => {
    this.OR([
      { ALT: () => this.CONSUME(t.Pairs) },
      { ALT: () => this.CONSUME(t.Triples) },
      { ALT: () => this.CONSUME(t.All) },
    ]);
    this.OPTION(() => {
      this.CONSUME(t.Of);
      this.CONSUME(t.Identifier);
      this.MANY({
        GATE: this.ofContinues,
        DEF: () => {
          this.CONSUME(t.Comma);
          this.CONSUME2(t.Identifier);
        },
      });
    });
  });
  private combination = this.RULE("combination", () => {
    this.CONSUME(t.LParen);
    this.SUBRULE(this.nameList);
    this.CONSUME(t.RParen);
  });
  private systemsClause = this.RULE("systemsClause", () => {
    this.CONSUME(t.Systems);
    this.SUBRULE(this.nameList);
  });
  private onClause = this.RULE("onClause", () => {
    this.CONSUME(t.On);
    this.SUBRULE(this.nameList);
  });
  /** `beta equal` | `beta 0.5, 0.3, 0.2`. */
  private betaClause = this.RULE("betaClause", () => {
    this.CONSUME(t.Beta);
    this.OR({
      DEF: [
        { ALT: () => this.CONSUME(t.Equal) },
        {
          ALT: () => {
            this.SUBRULE(this.signedNumber);
            this.MANY(() => {
              this.CONSUME(t.Comma);
              this.SUBRULE2(this.signedNumber);
            });
          },
        },
      ],
      ERR_MSG: "`equal` or a list of numbers",
    });
  });
  private scaleClause = this.RULE("scaleClause", () => {
    this.CONSUME(t.Scale);
    this.CONSUME(t.Identifier);
  });

  // ---------------------------------------------------------------- maps and spatial analysis
  /** `map china "maps/china.geojson" { feature "name" match key approval "GS(2019)1822号" }`. */
  private mapDecl = this.RULE("mapDecl", () => {
    this.CONSUME(t.MapKw);
    this.CONSUME(t.Identifier);
    this.OPTION(() => this.CONSUME(t.StringLiteral));
    this.SUBRULE(this.settingsBlock);
  });
  /** `spatial_weights adjacency "Province adjacency" { neighbours "…" transform row }`. */
  private spatialWeightsDecl = this.RULE("spatialWeightsDecl", () => {
    this.CONSUME(t.SpatialWeights);
    this.CONSUME(t.Identifier);
    this.SUBRULE(this.labels);
    this.SUBRULE(this.settingsBlock);
  });
  /** `autocorrelation d_moran "…" { values internal matrix adjacency statistics moran }`. */
  private autocorrelationDecl = this.RULE("autocorrelationDecl", () => {
    this.CONSUME(t.Autocorrelation);
    this.CONSUME(t.Identifier);
    this.SUBRULE(this.labels);
    this.SUBRULE(this.settingsBlock);
  });
  private settingsBlock = this.RULE("settingsBlock", () => {
    this.CONSUME(t.LCurly);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.formatClause) },
        { ALT: () => this.SUBRULE(this.settingClause) },
      ]);
    });
    this.CONSUME(t.RCurly);
  });
  /** A setting word and its values (names, strings, numbers, commas); the checker reads them. */
  private settingClause = this.RULE("settingClause", () => {
    this.CONSUME(t.SettingWord);
    this.MANY({
      GATE: this.settingValueNext,
      DEF: () => {
        this.OR([
          { ALT: () => this.CONSUME(t.StringLiteral) },
          { ALT: () => this.SUBRULE(this.signedNumber) },
          { ALT: () => this.CONSUME(t.Comma) },
          { ALT: () => this.CONSUME(t.Identifier) },
        ]);
      },
    });
  });

  // ---------------------------------------------------------------- relative, obstacle (issue 10)
  /** `relative lag "…" { values internal rule mean_of_others level 1 [0, 0.8) "lagging" … }`. */
  private relativeDecl = this.RULE("relativeDecl", () => {
    this.CONSUME(t.Relative);
    this.CONSUME(t.Identifier);
    this.SUBRULE(this.labels);
    this.CONSUME(t.LCurly);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.settingClause) },
        { ALT: () => this.SUBRULE(this.relativeLevel) },
      ]);
    });
    this.CONSUME(t.RCurly);
  });
  /** `level 3 (1.2, inf) "lagging" zh "滞后"`: a band of E, whose top may be unbounded. */
  private relativeLevel = this.RULE("relativeLevel", () => {
    this.CONSUME(t.Level);
    this.SUBRULE(this.signedNumber, { LABEL: "level" });
    this.OR({
      DEF: [{ ALT: () => this.CONSUME(t.LBracket) }, { ALT: () => this.CONSUME(t.LParen) }],
      ERR_MSG: "`[` or `(` to open the band's interval",
    });
    this.SUBRULE2(this.signedNumber, { LABEL: "lower" });
    this.CONSUME(t.Comma);
    this.OR2({
      DEF: [
        { ALT: () => this.SUBRULE3(this.signedNumber, { LABEL: "upper" }) },
        { ALT: () => this.CONSUME(t.Identifier, { LABEL: "unbounded" }) },
      ],
      ERR_MSG: "a number or `inf` to close the band's interval",
    });
    this.OR3({
      DEF: [{ ALT: () => this.CONSUME(t.RBracket) }, { ALT: () => this.CONSUME(t.RParen) }],
      ERR_MSG: "`]` or `)` to close the band's interval",
    });
    this.SUBRULE(this.labels);
  });
  /** `obstacle barriers "…" { values digital_economy top 5 }`. */
  private obstacleDecl = this.RULE("obstacleDecl", () => {
    this.CONSUME(t.Obstacle);
    this.CONSUME(t.Identifier);
    this.SUBRULE(this.labels);
    this.CONSUME(t.LCurly);
    this.MANY(() => this.SUBRULE(this.settingClause));
    this.CONSUME(t.RCurly);
  });

  // ---------------------------------------------------------------- dynamics (issue 11)
  private dynamicsDecl = this.RULE("dynamicsDecl", () => {
    this.CONSUME(t.Dynamics);
    this.CONSUME(t.Identifier);
    this.SUBRULE(this.labels);
    this.CONSUME(t.LCurly);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.subjectClause) },
        { ALT: () => this.SUBRULE(this.groupsClause) },
        { ALT: () => this.SUBRULE(this.giniClause) },
        { ALT: () => this.SUBRULE(this.theilClause) },
        { ALT: () => this.SUBRULE(this.densityClause) },
        { ALT: () => this.SUBRULE(this.markovClause) },
        { ALT: () => this.SUBRULE(this.convergenceClause) },
        { ALT: () => this.SUBRULE(this.forecastClause) },
      ]);
    });
    this.CONSUME(t.RCurly);
  });
  /** `of internal` | `of internal standard` | `of digital_economy`. */
  private subjectClause = this.RULE("subjectClause", () => {
    this.CONSUME(t.Of);
    this.CONSUME(t.Identifier, { LABEL: "subject" });
    this.OPTION({
      GATE: this.plainName,
      DEF: () => this.CONSUME2(t.Identifier, { LABEL: "form" }),
    });
  });
  /** `groups clusters` | `groups east, central, west`. */
  private groupsClause = this.RULE("groupsClause", () => {
    this.CONSUME(t.Groups);
    this.SUBRULE(this.nameList);
  });
  /** `gini` | `gini dagum`. */
  private giniClause = this.RULE("giniClause", () => {
    this.CONSUME(t.Gini);
    this.OPTION({
      GATE: this.plainName,
      DEF: () => this.CONSUME(t.Identifier, { LABEL: "variant" }),
    });
  });
  private theilClause = this.RULE("theilClause", () => {
    this.CONSUME(t.Theil);
  });
  /** `density [gaussian|epanechnikov] [bandwidth nrd0|nrd|0.05] [grid 0 to 1 [points 101]]`. */
  private densityClause = this.RULE("densityClause", () => {
    this.CONSUME(t.Density);
    this.OPTION({
      GATE: this.plainName,
      DEF: () => this.CONSUME(t.Identifier, { LABEL: "kernel" }),
    });
    this.OPTION2(() => {
      this.CONSUME(t.Bandwidth);
      this.OR({
        DEF: [
          { ALT: () => this.CONSUME2(t.Identifier, { LABEL: "rule" }) },
          { ALT: () => this.CONSUME(t.NumberLiteral, { LABEL: "h" }) },
        ],
        ERR_MSG: "`nrd0`, `nrd` or a bandwidth",
      });
    });
    this.OPTION3(() => {
      this.CONSUME(t.Grid);
      this.SUBRULE(this.signedNumber, { LABEL: "from" });
      this.CONSUME(t.To);
      this.SUBRULE2(this.signedNumber, { LABEL: "to" });
      this.OPTION4(() => {
        this.CONSUME(t.Points);
        this.CONSUME2(t.NumberLiteral, { LABEL: "points" });
      });
    });
  });
  /** `markov [grades | scale NAME | quantiles 4 [pooled|per_year]] [step 1] [matrix W]`. */
  private markovClause = this.RULE("markovClause", () => {
    this.CONSUME(t.Markov);
    this.OPTION(() => {
      this.OR([
        { ALT: () => this.CONSUME(t.Grades) },
        {
          ALT: () => {
            this.CONSUME(t.Scale);
            this.CONSUME(t.Identifier, { LABEL: "scale" });
          },
        },
        {
          ALT: () => {
            this.CONSUME(t.Quantiles);
            this.CONSUME(t.NumberLiteral, { LABEL: "k" });
            this.OPTION2({
              // Not `matrix`, which starts the spatial Markov option below.
              GATE: () => this.plainName() && !tokenMatcher(this.LA(1), t.MatrixSetting),
              DEF: () => this.CONSUME2(t.Identifier, { LABEL: "scope" }),
            });
          },
        },
      ]);
    });
    this.OPTION3(() => {
      this.CONSUME(t.Step);
      this.CONSUME2(t.NumberLiteral, { LABEL: "step" });
    });
    // Spatial Markov (issue 11): the spatial weights whose lag conditions the transitions.
    this.OPTION4(() => {
      this.CONSUME(t.MatrixSetting);
      this.CONSUME3(t.Identifier, { LABEL: "matrix" });
    });
  });
  /** `convergence [step 1]`. */
  private convergenceClause = this.RULE("convergenceClause", () => {
    this.CONSUME(t.Convergence);
    this.OPTION(() => {
      this.CONSUME(t.Step);
      this.CONSUME(t.NumberLiteral, { LABEL: "step" });
    });
  });
  /** `forecast 3` | `forecast 3 systems` | `forecast 3 direct`. */
  private forecastClause = this.RULE("forecastClause", () => {
    this.CONSUME(t.Forecast);
    this.CONSUME(t.NumberLiteral, { LABEL: "horizon" });
    this.OPTION({
      GATE: () => this.plainName() || this.LA(1).tokenType === t.Systems,
      DEF: () => this.CONSUME(t.Identifier, { LABEL: "mode" }),
    });
  });

  // ---------------------------------------------------------------- variants and sensitivity
  /** `variant NAME "Label" { normalize … | node N { … } | coupling … | analysis A { … } | scale S | drop a, b }`. */
  private variantDecl = this.RULE("variantDecl", () => {
    this.CONSUME(t.Variant);
    this.CONSUME(t.Identifier);
    this.SUBRULE(this.labels);
    this.CONSUME(t.LCurly);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.normalizeClause) },
        { ALT: () => this.SUBRULE(this.variantNode) },
        { ALT: () => this.SUBRULE(this.couplingClause) },
        { ALT: () => this.SUBRULE(this.variantAnalysis) },
        { ALT: () => this.SUBRULE(this.scaleClause) },
        { ALT: () => this.SUBRULE(this.dropClause) },
      ]);
    });
    this.CONSUME(t.RCurly);
  });
  /** `node NAME { compose … weights … }`: the node's clauses, as in the hierarchy. */
  private variantNode = this.RULE("variantNode", () => {
    this.CONSUME(t.Node);
    this.CONSUME(t.Identifier);
    this.CONSUME(t.LCurly);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.composeClause) },
        { ALT: () => this.SUBRULE(this.weightsClause) },
      ]);
    });
    this.CONSUME(t.RCurly);
  });
  /** `analysis NAME { coupling … scale … }`. */
  private variantAnalysis = this.RULE("variantAnalysis", () => {
    this.CONSUME(t.Analysis);
    this.CONSUME(t.Identifier);
    this.CONSUME(t.LCurly);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.couplingClause) },
        { ALT: () => this.SUBRULE(this.scaleClause) },
      ]);
    });
    this.CONSUME(t.RCurly);
  });
  private dropClause = this.RULE("dropClause", () => {
    this.CONSUME(t.Drop);
    this.SUBRULE(this.nameList);
  });
  /** `sensitivity NAME "Label" { choice C { base, v1 } … watch a, b  sample grid }`. */
  private sensitivityDecl = this.RULE("sensitivityDecl", () => {
    this.CONSUME(t.Sensitivity);
    this.CONSUME(t.Identifier);
    this.SUBRULE(this.labels);
    this.CONSUME(t.LCurly);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.choiceClause) },
        { ALT: () => this.SUBRULE(this.watchClause) },
        { ALT: () => this.SUBRULE(this.sampleClause) },
      ]);
    });
    this.CONSUME(t.RCurly);
  });
  private choiceClause = this.RULE("choiceClause", () => {
    this.CONSUME(t.Choice);
    this.CONSUME(t.Identifier);
    this.CONSUME(t.LCurly);
    this.SUBRULE(this.nameList);
    this.CONSUME(t.RCurly);
  });
  private watchClause = this.RULE("watchClause", () => {
    this.CONSUME(t.Watch);
    this.SUBRULE(this.nameList);
  });
  /** `sample grid` | `sample random 500 seed 42` (the checker reads the words). */
  private sampleClause = this.RULE("sampleClause", () => {
    this.CONSUME(t.Sample);
    this.CONSUME(t.Identifier, { LABEL: "kind" });
    this.OPTION(() => {
      this.SUBRULE(this.signedNumber, { LABEL: "count" });
      // `seed N`; without it the checker says the seed is missing (E1211).
      this.OPTION2({
        GATE: () => this.LA(1).image === "seed",
        DEF: () => {
          this.CONSUME2(t.Identifier, { LABEL: "seedWord" });
          this.SUBRULE2(this.signedNumber, { LABEL: "seed" });
        },
      });
    });
  });

  // ---------------------------------------------------------------- figures
  /** `figure NAME "Title" zh "标题" { show … kind … units … years … on … map … from … caption … }`. */
  private figureDecl = this.RULE("figureDecl", () => {
    this.CONSUME(t.Figure);
    this.CONSUME(t.Identifier);
    this.SUBRULE(this.labels);
    this.CONSUME(t.LCurly);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.showClause) },
        { ALT: () => this.SUBRULE(this.kindClause) },
        { ALT: () => this.SUBRULE(this.figureUnitsClause) },
        { ALT: () => this.SUBRULE(this.yearsClause) },
        { ALT: () => this.SUBRULE(this.onClause) },
        { ALT: () => this.SUBRULE(this.figureMapClause) },
        { ALT: () => this.SUBRULE(this.figureFromClause) },
        { ALT: () => this.SUBRULE(this.captionClause) },
      ]);
    });
    this.CONSUME(t.RCurly);
  });
  /** `show index of a, b` | `show d of internal` | `show d of spatial standard` (a form). */
  private showClause = this.RULE("showClause", () => {
    this.CONSUME(t.Show);
    this.CONSUME(t.Identifier, { LABEL: "measure" });
    this.CONSUME(t.Of);
    this.SUBRULE(this.nameList);
    this.OPTION({
      GATE: this.plainName,
      DEF: () => this.CONSUME2(t.Identifier, { LABEL: "form" }),
    });
  });
  /** `kind lines` (the checker reads the word). */
  private kindClause = this.RULE("kindClause", () => {
    this.CONSUME(t.Kind);
    this.CONSUME(t.Identifier);
  });
  /** `units bth, central_plains`. */
  private figureUnitsClause = this.RULE("figureUnitsClause", () => {
    this.CONSUME(t.Units);
    this.SUBRULE(this.nameList);
  });
  /** `years 2013, 2021` | `years 2015 to 2021`. */
  private yearsClause = this.RULE("yearsClause", () => {
    this.CONSUME(t.Years);
    this.CONSUME(t.NumberLiteral, { LABEL: "first" });
    // `a to b, c` parses; the checker says a range and a list do not mix (E1311).
    this.OPTION(() => {
      this.CONSUME(t.To);
      this.CONSUME2(t.NumberLiteral, { LABEL: "last" });
    });
    this.MANY(() => {
      this.CONSUME(t.Comma);
      this.CONSUME3(t.NumberLiteral, { LABEL: "more" });
    });
  });
  /** `map china`: the declared map a `kind map` figure is drawn on. */
  private figureMapClause = this.RULE("figureMapClause", () => {
    this.CONSUME(t.MapKw);
    this.CONSUME(t.Identifier);
  });
  /** `from d_spatial`: the dynamics or autocorrelation a density, moran or lisa_map figure draws. */
  private figureFromClause = this.RULE("figureFromClause", () => {
    this.CONSUME(t.From);
    this.CONSUME(t.Identifier);
  });
  /** `caption "Figure 2. …" zh "图2 …"`. */
  private captionClause = this.RULE("captionClause", () => {
    this.CONSUME(t.Caption);
    this.SUBRULE(this.labels);
  });
}

/** One parser instance, reused (chevrotain's advice: building it runs the grammar analysis). */
export const specParser = new SpecParser();
