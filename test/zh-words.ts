/**
 * What counts as an English fixed word in a zh output (zh-report-words.test.ts,
 * zh-paper-words.test.ts): an ASCII word of four letters or more that the study does not
 * declare itself, that is no formula or method name and no part of an engine warning.
 */
/**
 * Names of formulas and methods written in Latin letters in Chinese papers too, and the spec's
 * own keywords that the report quotes as the spec writes them (`missing interpolate`,
 * `normalize scope per_year`).
 */
export const FORMULA_NAMES = [
  "interpolate",
  "nearest",
  "splice",
  "normalize",
  "Moran",
  "LISA",
  "PySAL",
  "esda",
  "Getis",
  "Ord",
  "Gini",
  "Dagum",
  "Theil",
  "TOPSIS",
  "CRITIC",
  "Diakoulaki",
  "Saaty",
  "Neumaier",
  "Markov",
  "Rey",
  "OLS",
  "MRE",
  "p_sim",
  "tau",
  "weightsByYear",
  "allow_inconsistent",
  "S_last",
  "S_first",
  "proxy",
  "min",
  "max",
  "shift",
];

const WORD = /[A-Za-z][A-Za-z0-9_]*/g;
export const words = (text: string): string[] => text.match(WORD) ?? [];
export const long = (w: string) => (w.match(/[A-Za-z]/g) ?? []).length >= 4;

/**
 * Every string of the compiled plan, except English labels that have a zh label beside them:
 * ids, method keywords, units of measure, titles, notes, citations and untranslated labels.
 */
export function declaredWords(plan: unknown): Set<string> {
  const out = new Set<string>();
  const visit = (value: unknown, key: string, siblings: Record<string, unknown> | null) => {
    if (typeof value === "string") {
      const translated = key === "en" && typeof siblings?.zh === "string" && siblings.zh !== "";
      if (!translated) for (const w of words(value)) out.add(w);
      return;
    }
    if (Array.isArray(value)) for (const v of value) visit(v, "", null);
    else if (value !== null && typeof value === "object") {
      const obj = value as Record<string, unknown>;
      for (const [k, v] of Object.entries(obj)) {
        for (const w of words(k)) out.add(w);
        visit(v, k, obj);
      }
    }
  };
  visit(plan, "", null);
  return out;
}

/** The words of `text` that are English fixed words: not in `allowed`. */
export function leakedWords(text: string, allowed: ReadonlySet<string>): string[] {
  return [...new Set(words(text).filter(long))].filter((w) => !allowed.has(w)).sort();
}
