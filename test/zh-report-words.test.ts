/**
 * Under `--lang zh` no fixed English word of ccdc leaks into a report. Every ASCII word of four
 * letters or more in the zh text and Markdown reports of every spec must be one the study
 * itself declares (ids, keywords and values of the compiled plan, free text such as the title,
 * notes and citations, labels that have no zh translation), a formula or method name that
 * Chinese papers write in Latin letters (FORMULA_NAMES), or part of an engine warning, whose
 * message stays English under every --lang (docs/run-errors.md; README "Languages").
 *
 * English labels that have a zh translation are not allowed: a report that shows them has
 * fallen back where it should not have. Words are runs of letters, digits and underscores that
 * start with a letter, so ids such as `central_plains` and `ccd10` are one word each.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "@ccdc/cli";
import { describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const specs = readdirSync(join(ROOT, "specs"))
  .filter((f) => f.endsWith(".ccd"))
  .sort();

/**
 * Names of formulas and methods written in Latin letters in Chinese papers too, and the spec's
 * own keywords that the report quotes as the spec writes them (`missing interpolate`,
 * `normalize scope per_year`).
 */
const FORMULA_NAMES = [
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
const words = (text: string): string[] => text.match(WORD) ?? [];
const long = (w: string) => (w.match(/[A-Za-z]/g) ?? []).length >= 4;

/**
 * Every string of the compiled plan, except English labels that have a zh label beside them:
 * ids, method keywords, units of measure, titles, notes, citations and untranslated labels.
 */
function declaredWords(plan: unknown): Set<string> {
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

async function run(args: string[]) {
  const r = await runMain(args, { cwd: ROOT, env: {}, tty: false });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

describe.each(specs)("--lang zh: specs/%s", (spec) => {
  test.each(["table", "md"])("--format %s has no English fixed word", async (format) => {
    const plan = JSON.parse(await run(["compile", `specs/${spec}`]));
    const report = await run(["run", `specs/${spec}`, "--lang", "zh", "--format", format]);
    const result = JSON.parse(await run(["run", `specs/${spec}`, "--format", "json"]));
    const allowed = declaredWords(plan);
    for (const w of FORMULA_NAMES) allowed.add(w);
    for (const warning of result.warnings as { message: string }[])
      for (const w of words(warning.message)) allowed.add(w);
    const leaked = [...new Set(words(report).filter(long))].filter((w) => !allowed.has(w));
    expect(leaked).toEqual([]);
  });
});
