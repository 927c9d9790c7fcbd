/**
 * The contents of `ccdc run … --out DIR`: every format, the plan (paths relative to DIR) and a
 * manifest. `resultFiles` renders the formats (pure); `writeOutputDir` writes them with the
 * plan and the manifest through an OutDirWriter.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { relative, resolve } from "node:path";
import type { Result } from "@ccdc/engine";
import { type Plan, stableStringify } from "@ccdc/plan";
import type { LoadedInput } from "../commands/input.js";
import { rebasePath, rebasePlan, toPosix } from "../paths.js";
import {
  renderCouplingCsv,
  renderIndicesCsv,
  renderSensitivityCsv,
  renderTidyCsv,
} from "../render/csv.js";
import { renderMarkdown } from "../render/markdown.js";
import { renderDensityCsv, renderPanelCsv } from "../render/panel-csv.js";
import { weightsEdgeCsv, weightsGal } from "../render/spatial.js";
import { renderTable } from "../render/table.js";
import { ccdcVersion } from "../version.js";
import { type FileEntry, renderManifest, sha256 } from "./manifest.js";
import type { OutDirWriter } from "./out-dir-writer.js";

export function resultFiles(result: Result, plan: Plan): Map<string, string> {
  const files = new Map([
    ["results.json", stableStringify(result)],
    ["report.txt", renderTable(result, plan)],
    ["report.md", renderMarkdown(result, plan)],
    ["results.csv", renderTidyCsv(result)],
    ["indices.csv", renderIndicesCsv(result)],
    ["coupling.csv", renderCouplingCsv(result)],
    ["panel.csv", renderPanelCsv(result, plan)],
    ...(result.dynamics?.some((d) => d.density)
      ? [["density.csv", renderDensityCsv(result)] as [string, string]]
      : []),
  ]);
  if (result.sensitivity !== undefined) files.set("sensitivity.csv", renderSensitivityCsv(result));
  // Each spatial weight matrix, as regression tools read it: an edge list and a GAL file.
  for (const w of result.spatialWeights ?? []) {
    files.set(`spatial-weights-${w.id}.csv`, weightsEdgeCsv(w));
    files.set(`spatial-weights-${w.id}.gal`, weightsGal(w));
  }
  return files;
}

/**
 * Writes every file of a run's output directory into `writer` — each format, the plan with
 * paths relative to the directory — and commits it with the manifest (which hashes the spec
 * or plan and each data file, streamed). Returns the files written, manifest excluded.
 */
export async function writeOutputDir(
  writer: OutDirWriter,
  input: LoadedInput,
  result: Result,
): Promise<readonly FileEntry[]> {
  const outDir = writer.dir;
  for (const [name, content] of resultFiles(result, input.plan)) await writer.write(name, content);
  await writer.write("plan.json", stableStringify(rebasePlan(input.plan, input.bases, outDir)));
  const data: { source: string; path: string; sha256: string }[] = [];
  for (const s of input.plan.sources) {
    data.push({
      source: s.id,
      path: rebasePath(s.path, input.bases.sources, outDir),
      sha256: await sha256OfFile(resolve(input.bases.sources, s.path)),
    });
  }
  return writer.commit((files) =>
    renderManifest({
      ccdcVersion: ccdcVersion(),
      nodeVersion: process.version,
      input: {
        kind: input.kind,
        path: toPosix(relative(outDir, input.path)),
        sha256: sha256(input.content),
      },
      data,
      files,
    }),
  );
}

/** The sha256 of a file, read as a stream. */
async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
