/**
 * Questions parse.ts asks about the token list for each syntax error — where a token sits,
 * which bracket is still open before an offset — answered by binary search over tables built
 * once, so describing every error of a file costs no more than reading it (a scan per error
 * was quadratic in a file of garbage).
 */
import type { IToken, TokenType } from "chevrotain";

/** The tokens of one spec (in source order, as the lexer made them), indexed by offset. */
export class TokenPositions {
  private readonly unclosed = new Map<TokenType, Int32Array>();

  constructor(readonly tokens: readonly IToken[]) {}

  /** The index of the first token starting at or after `offset` (the count if none). */
  firstAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tokens[mid]!.startOffset < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The index of `tok` in the list, -1 if it is not one of them (a token made in recovery). */
  indexOf(tok: IToken): number {
    const i = this.firstAtOrAfter(tok.startOffset);
    return this.tokens[i] === tok ? i : -1;
  }

  /**
   * The innermost `open` before `offset` that no `close` before `offset` closes (a `close`
   * with nothing open closes nothing).
   */
  unclosedBefore(offset: number, open: TokenType, close: TokenType): IToken | undefined {
    let table = this.unclosed.get(open);
    if (!table) {
      table = innermostOpen(this.tokens, open, close);
      this.unclosed.set(open, table);
    }
    const at = table[this.firstAtOrAfter(offset)]!;
    return at < 0 ? undefined : this.tokens[at];
  }
}

/** For each i in 0..n, the index of the innermost `open` unclosed before token i (-1: none). */
function innermostOpen(tokens: readonly IToken[], open: TokenType, close: TokenType): Int32Array {
  const out = new Int32Array(tokens.length + 1);
  const stack: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    out[i] = stack.at(-1) ?? -1;
    const type = tokens[i]!.tokenType;
    if (type === open) stack.push(i);
    else if (type === close) stack.pop();
  }
  out[tokens.length] = stack.at(-1) ?? -1;
  return out;
}

/** Whether the ascending `sorted` holds a value in [lo, hi]. */
export function anyBetween(sorted: readonly number[], lo: number, hi: number): boolean {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (sorted[mid]! < lo) a = mid + 1;
    else b = mid;
  }
  return a < sorted.length && sorted[a]! <= hi;
}
