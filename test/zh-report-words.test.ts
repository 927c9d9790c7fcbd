/**
 * Under `--lang zh` no fixed English word of ccdc leaks into a report. Every ASCII word of four
 * letters or more in the zh text and Markdown reports of every spec must be one the study
 * itself declares (ids, keywords and values of the compiled plan, free text such as the title,
 * notes and citations, labels that have no zh translation) or a formula or method name that
 * Chinese papers write in Latin letters (FORMULA_NAMES). Engine warnings are in Chinese too
 * (render/words/warnings-zh.ts; test/zh-warnings.test.ts checks every code).
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
import { declaredWords, FORMULA_NAMES, leakedWords } from "./zh-words.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const specs = readdirSync(join(ROOT, "specs"))
  .filter((f) => f.endsWith(".ccd"))
  .sort();

async function run(args: string[]) {
  const r = await runMain(args, { cwd: ROOT, env: {}, tty: false });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

describe.each(specs)("--lang zh: specs/%s", (spec) => {
  test.each(["table", "md"])("--format %s has no English fixed word", async (format) => {
    const plan = JSON.parse(await run(["compile", `specs/${spec}`]));
    const report = await run(["run", `specs/${spec}`, "--lang", "zh", "--format", format]);
    const allowed = declaredWords(plan);
    for (const w of FORMULA_NAMES) allowed.add(w);
    expect(leakedWords(report, allowed)).toEqual([]);
  });
});
