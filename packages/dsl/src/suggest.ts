/**
 * "Did you mean" from an edit distance (HCL's `nameSuggestion`; Levenshtein, with a swap of two
 * adjacent letters counted as one edit): the closest candidate within
 * a distance that grows with the word's length, or a case-insensitive match. Ties go to the
 * earlier candidate, so suggestions follow declaration order and are deterministic.
 */
import { distance } from "fastest-levenshtein";

/** The largest edit distance still worth suggesting for a word of this length. */
export function maxSuggestDistance(word: string): number {
  return Math.max(1, Math.floor(word.length / 3));
}

/** The best candidate for a misspelt `word`, or undefined if none is close enough. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = maxSuggestDistance(word);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const d = candidate.toLowerCase() === lower ? 0 : editDistance(word, candidate);
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** `did you mean \`x\`?` for a misspelt word, or undefined. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const s = suggest(word, candidates);
  return s === undefined ? undefined : `did you mean \`${s}\`?`;
}

/** Levenshtein distance, except that one swap of adjacent letters counts as one edit. */
export function editDistance(a: string, b: string): number {
  const d = distance(a, b);
  return d === 2 && isTransposition(a, b) ? 1 : d;
}

function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}
