/**
 * The data key closest to a key that matched no row ("did you mean 'Anhui'?"): Levenshtein
 * distance within a third of the key's length (at least 1), or a match ignoring case and
 * surrounding spaces; ties go to the earlier candidate. The same policy as the compiler's
 * "did you mean" (packages/dsl/src/suggest.ts), which the engine does not import.
 */
import { distance } from "fastest-levenshtein";

/** The candidate closest to `key`, or undefined if none is close enough. */
export function closestKey(key: string, candidates: Iterable<string>): string | undefined {
  const norm = key.trim().toLowerCase();
  const limit = Math.max(1, Math.floor(key.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate === key) continue;
    const d = candidate.trim().toLowerCase() === norm ? 0 : distance(key, candidate);
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
