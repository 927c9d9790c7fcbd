/**
 * The fixed words of every output in each `--lang`: report headings and explanations, table
 * heads, captions, axis titles. The catalog is words/en.ts and words/zh.ts (typed by the
 * English one, so a missing Chinese word is a type error). Declared names (units, nodes,
 * levels) come from names.ts, never from here.
 */
import type { Lang } from "./names.js";
import { EN, type Words } from "./words/en.js";
import { ZH } from "./words/zh.js";

export type WordSet = Words;

/** The words of the report itself (text, Markdown, the run report). */
export type ReportWords = Words["report"];

/** The fixed words in `lang`. */
export const wordsFor = (lang: Lang): WordSet => (lang === "zh" ? ZH : EN);

/** The report's words in `lang` (English when no language is given). */
export const reportWords = (lang: Lang = "en"): ReportWords => wordsFor(lang).report;

/** The words of the results.xlsx analysis sheets (relative, obstacle, sensitivity, …). */
export type SheetWords = Words["sheets"];
