/**
 * Where the parser's error recovery resumes, found in logarithmic time.
 *
 * Chevrotain's recovery looks for the nearest token that may follow one of the rules being
 * parsed (its "re-sync" token) by scanning the tokens one by one, every time an error is
 * recovered from; in a repetition it scans even when it then resumes at a much nearer token.
 * In a file of garbage whose follow tokens are rare (a `}` too many on each of 100,000 lines),
 * each scan runs to the end of the file: quadratic, minutes for a few MiB. This index holds, for
 * each token type, the sorted positions of the tokens it matches, so the nearest follow token
 * is a few binary searches. It answers exactly what the scan answers.
 */
import { EOF, type IToken, type TokenType, tokenMatcher } from "chevrotain";

/** The positions of a token list by type, for the nearest match of a set of types. */
export class ResyncIndex {
  /** Positions of the tokens of each token type index (a token's own type, not categories). */
  private readonly byTypeIdx = new Map<number, number[]>();
  /** Positions of the tokens matched by a type (its own and its categories'), built on demand. */
  private readonly byType = new Map<TokenType, readonly number[]>();

  constructor(private readonly tokens: readonly IToken[]) {
    tokens.forEach((tok, i) => {
      const idx = tok.tokenTypeIdx;
      const list = this.byTypeIdx.get(idx);
      if (list) list.push(i);
      else this.byTypeIdx.set(idx, [i]);
    });
  }

  /**
   * The first of `types` (in their order) matching the nearest token at or after `from` that
   * any of them matches; EOF, always a follow token, matches past the last token. The answer
   * of chevrotain's `findReSyncTokenType` scan, which it replaces.
   */
  nearest(types: readonly TokenType[], from: number): TokenType {
    let at = this.tokens.length;
    for (const type of types) {
      if (type === EOF) continue;
      const p = firstAtOrAfter(this.positions(type), from);
      if (p < at) at = p;
    }
    if (at >= this.tokens.length) return EOF;
    const tok = this.tokens[at]!;
    return types.find((type) => type !== EOF && tokenMatcher(tok, type)) ?? EOF;
  }

  private positions(type: TokenType): readonly number[] {
    const known = this.byType.get(type);
    if (known) return known;
    const own = type.tokenTypeIdx;
    const merged: number[] = [];
    for (const [idx, list] of this.byTypeIdx) {
      if (idx === own || type.categoryMatchesMap?.[idx] === true)
        for (const i of list) merged.push(i);
    }
    const sorted = merged.length > 0 ? merged.sort((a, b) => a - b) : merged;
    this.byType.set(type, sorted);
    return sorted;
  }
}

/** The first element of the ascending `xs` that is at least `from` (Infinity if none). */
function firstAtOrAfter(xs: readonly number[], from: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < xs.length ? xs[lo]! : Number.POSITIVE_INFINITY;
}
