/**
 * The run report's "Conventions" in the report's language. results.json states the engine's
 * fixed rules as English sentences (engine CONVENTIONS); each is matched back to its key and
 * said in the language's words (words/conventions-zh.ts, typed by the engine's keys, so a new
 * rule without a Chinese sentence is a type error). A sentence that matches no key is shown
 * as it is.
 */
import { CONVENTIONS, type ConventionKey } from "@ccdc/engine";
import type { ReportWords } from "./words.js";

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Each key's English sentence as a pattern; `{shift}` captures the shift as printed. */
const PATTERNS = (Object.keys(CONVENTIONS) as ConventionKey[]).map((key) => ({
  key,
  pattern: new RegExp(`^${literal(CONVENTIONS[key]).replace("\\{shift\\}", "(.+)")}$`),
}));

/** The convention sentences of a result, in `w`'s language. */
export function conventionsIn(sentences: readonly string[], w: ReportWords): string[] {
  const own = w.conventions;
  if (own === undefined) return [...sentences];
  return sentences.map((sentence) => {
    for (const { key, pattern } of PATTERNS) {
      const m = pattern.exec(sentence);
      if (m) return own[key].replace("{shift}", m[1] ?? "");
    }
    return sentence;
  });
}
