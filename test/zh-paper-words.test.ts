/**
 * Under `--lang zh` the paper files of `--out` have no English fixed word either (the rule of
 * zh-words.ts): the text of report.html (its text nodes, figures included, not attributes:
 * vega's accessibility descriptions are attributes), every paragraph and cell of report.docx,
 * the sheet names and cells of results.xlsx, and the titles and axis and legend titles of every
 * figure's Vega-Lite spec. The flagship, and the studies with spatial statistics and the spatial
 * Markov chain (provinces), differences and dynamics (regions-nbs4), and relative development and
 * obstacle degree (regions-nbs4-methods), whose tables report.html and report.docx show too. report.html's table of files and hashes is left out: file
 * names are ids.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "@ccdc/cli";
import JSZip from "jszip";
import { afterAll, describe, expect, test } from "vitest";
import { decode } from "./document-tables.js";
import { declaredWords, FORMULA_NAMES, leakedWords, words } from "./zh-words.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "ccdc-zh-paper-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(args: string[]) {
  const r = await runMain(args, { cwd: ROOT, env: {}, tty: false });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

/** The text between tags, decoded. */
const textNodes = (xml: string): string =>
  [...xml.matchAll(/>([^<]+)</g)].map((m) => decode(m[1]!)).join("\n");

/** Every title of a Vega-Lite spec (the figure's, its axes', its legends'), not its data. */
function specTitles(spec: unknown): string[] {
  const out: string[] = [];
  const visit = (v: unknown, key: string) => {
    if (typeof v === "string") {
      if (["title", "text", "subtitle", "caption"].includes(key)) out.push(v);
      return;
    }
    if (Array.isArray(v)) for (const x of v) visit(x, key);
    else if (v !== null && typeof v === "object")
      for (const [k, x] of Object.entries(v)) if (k !== "data" && k !== "datasets") visit(x, k);
  };
  visit(spec, "");
  return out;
}

describe.each(["northern", "provinces", "regions-nbs4", "regions-nbs4-methods"])(
  "--lang zh --out: specs/%s",
  (name) => {
    test("no English fixed word in report.html, report.docx, results.xlsx or the figures", async () => {
      const out = join(tmp, name);
      await run(["run", `specs/${name}.ccd`, "--lang", "zh", "--out", out]);
      const plan = JSON.parse(readFileSync(join(out, "plan.json"), "utf8"));
      const result = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
      const allowed = declaredWords(plan);
      for (const w of FORMULA_NAMES) allowed.add(w);
      for (const warning of result.warnings as { message: string }[])
        for (const w of words(warning.message)) allowed.add(w);

      // Not the style sheet, nor the table of files and hashes (file names are ids).
      const html = readFileSync(join(out, "report.html"), "utf8")
        .replace(/<style>[\s\S]*?<\/style>/, "")
        .replace(/<table class="hashes">[\s\S]*?<\/table>/, "");
      expect(leakedWords(textNodes(html), allowed), "report.html").toEqual([]);

      const docx = await JSZip.loadAsync(readFileSync(join(out, "report.docx")));
      const document = await docx.file("word/document.xml")!.async("string");
      const paragraphs = [...document.matchAll(/<w:t[^>]*>([^<]*)</g)]
        .map((m) => decode(m[1]!))
        .join("\n");
      expect(leakedWords(paragraphs, allowed), "report.docx").toEqual([]);

      const xlsx = await JSZip.loadAsync(readFileSync(join(out, "results.xlsx")));
      const strings = await xlsx.file("xl/sharedStrings.xml")!.async("string");
      const workbook = await xlsx.file("xl/workbook.xml")!.async("string");
      const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)]
        .map((m) => m[1])
        .join("\n");
      expect(leakedWords(`${textNodes(strings)}\n${sheets}`, allowed), "results.xlsx").toEqual([]);

      const specs = readdirSync(join(out, "figures")).filter((f) => f.endsWith(".vl.json"));
      expect(specs.length).toBeGreaterThan(0);
      const titles = specs.flatMap((f) =>
        specTitles(JSON.parse(readFileSync(join(out, "figures", f), "utf8"))),
      );
      expect(leakedWords(titles.join("\n"), allowed), "figures").toEqual([]);
    }, 180_000);
  },
);
