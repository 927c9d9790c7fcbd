/**
 * The parser's lookahead functions, built from the lookahead paths in the table generated from
 * the grammar (grammar-table.ts; grammar-table.test.ts regenerates it and fails when it is
 * stale) instead of by analysing the grammar at every start, which was about a tenth of
 * starting ccdc.
 *
 * Each entry is chevrotain's own analysis of one production (its `getLookaheadPaths`, LL(k)
 * with the parser's `maxLookahead`): for an OR, per alternative the token sequences that
 * choose it; for an OPTION, MANY or AT_LEAST_ONE, the sequences that enter it. The functions
 * decide as chevrotain's do: an OR takes the first alternative (whose GATE, if any, allows it)
 * with a path the next tokens match, a token matching a category by its categories; an
 * optional production is entered when a path matches. parser.test.ts parses the specs and the
 * broken specs of the diagnostics corpus with this parser and with chevrotain's, and compares
 * trees and errors; parse.fuzz.test.ts parses random text.
 */
import { type IOrAlt, type IToken, type TokenType, tokenMatcher } from "chevrotain";
import { LOOKAHEAD, type LookaheadEntry } from "./grammar-table.js";

/** What chevrotain calls a lookahead function with: the parser. */
interface Lookahead {
  LA(howMuch: number): IToken;
}

type Path = readonly TokenType[];
/** An OR's function: the alternative to take, or undefined when none fits. */
type OrFunction = (this: Lookahead, alts?: IOrAlt<unknown>[]) => number | undefined;
/** An optional production's function: whether to enter it. */
type OptionalFunction = (this: Lookahead) => boolean;

/** Every production's lookahead function, by chevrotain's key for it. */
export function lookaheadFunctions(
  token: (name: string) => TokenType,
): [number, OrFunction | OptionalFunction][] {
  const resolve = (names: readonly (readonly string[])[]): Path[] =>
    names.map((path) => path.map(token));
  return LOOKAHEAD.map((entry: LookaheadEntry) => {
    if (entry[1] === "option") return [entry[0], optionalFunction(resolve(entry[2]))];
    return [entry[0], orFunction(entry[2].map(resolve), entry[1] === "or gated")];
  });
}

/** Whether every path is one token long (then one table lookup decides). */
const single = (paths: readonly Path[]): boolean => paths.every((p) => p.length === 1);

/** The token type indices a one-token path matches: its type's and, for a category, its members'. */
const matching = (type: TokenType): number[] => [
  type.tokenTypeIdx!,
  ...((type as { categoryMatches?: number[] }).categoryMatches ?? []),
];

/** Whether the next tokens match the path. */
function matches(parser: Lookahead, path: Path): boolean {
  for (let i = 0; i < path.length; i++) if (!tokenMatcher(parser.LA(i + 1), path[i]!)) return false;
  return true;
}

function orFunction(alts: readonly (readonly Path[])[], gated: boolean): OrFunction {
  if (!gated && alts.every(single)) {
    // The first alternative a token can start wins, as in the loop below.
    const choice: (number | undefined)[] = [];
    alts.forEach((paths, alt) => {
      for (const path of paths)
        for (const idx of matching(path[0]!)) if (choice[idx] === undefined) choice[idx] = alt;
    });
    return function (this: Lookahead) {
      return choice[this.LA(1).tokenTypeIdx];
    };
  }
  return function (this: Lookahead, orAlts?: IOrAlt<unknown>[]) {
    for (let alt = 0; alt < alts.length; alt++) {
      const gate = gated ? orAlts?.[alt]?.GATE : undefined;
      if (gate !== undefined && gate.call(this) === false) continue;
      for (const path of alts[alt]!) if (matches(this, path)) return alt;
    }
    return undefined;
  };
}

function optionalFunction(paths: readonly Path[]): OptionalFunction {
  if (single(paths)) {
    const enters: boolean[] = [];
    for (const path of paths) for (const idx of matching(path[0]!)) enters[idx] = true;
    return function (this: Lookahead) {
      return enters[this.LA(1).tokenTypeIdx] === true;
    };
  }
  return function (this: Lookahead) {
    for (const path of paths) if (matches(this, path)) return true;
    return false;
  };
}
