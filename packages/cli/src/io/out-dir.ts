/**
 * The contents of `ccdc run … --out DIR`: every format, the plan (paths relative to DIR) and a
 * manifest. Pure: returns the files by name; io/atomic.ts writes them.
 */
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import type { Result } from "@ccdc/engine";
import { type Plan, stableStringify } from "@ccdc/plan";
import type { LoadedInput } from "../commands/input.js";
import { rebasePath, rebasePlan, toPosix } from "../paths.js";
import { renderCouplingCsv, renderIndicesCsv, renderTidyCsv } from "../render/csv.js";
import { renderMarkdown } from "../render/markdown.js";
import { renderTable } from "../render/table.js";
import { ccdcVersion } from "../version.js";
import { renderManifest } from "./manifest.js";

export function resultFiles(result: Result, plan: Plan): Map<string, string> {
  return new Map([
    ["results.json", stableStringify(result)],
    ["report.txt", renderTable(result, plan)],
    ["report.md", renderMarkdown(result, plan)],
    ["results.csv", renderTidyCsv(result)],
    ["indices.csv", renderIndicesCsv(result)],
    ["coupling.csv", renderCouplingCsv(result)],
  ]);
}

/** Every file of the output directory `outDir` (absolute), manifest included. */
export async function outputFiles(
  input: LoadedInput,
  result: Result,
  outDir: string,
): Promise<Map<string, string>> {
  const files = resultFiles(result, input.plan);
  files.set("plan.json", stableStringify(rebasePlan(input.plan, input.bases, outDir)));
  const data = await Promise.all(
    input.plan.sources.map(async (s) => ({
      source: s.id,
      path: rebasePath(s.path, input.bases.sources, outDir),
      content: await readFile(resolve(input.bases.sources, s.path)),
    })),
  );
  const manifest = renderManifest({
    ccdcVersion: ccdcVersion(),
    nodeVersion: process.version,
    input: {
      kind: input.kind,
      path: toPosix(relative(outDir, input.path)),
      content: input.content,
    },
    data,
    files,
  });
  files.set("manifest.json", manifest);
  return files;
}
