/**
 * The contents of `ccdc run … --out DIR`: every format, the figures, the paper tables
 * (results.xlsx, report.docx, CSV), report.html, the plan (paths relative to DIR) and a
 * manifest. `resultFiles` (result-files.ts) gives the formats as chunk streams; `writeOutputDir`
 * writes them, hashing as it goes, with the plan and the manifest through an OutDirWriter.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { relative, resolve } from "node:path";
import type { RegionMap, Result } from "@ccdc/engine";
import { type Plan, stableStringify } from "@ccdc/plan";
import type { LoadedInput } from "../commands/input.js";
import { figureFiles } from "../figures/figure-files.js";
import { paperFigures } from "../figures/paper-figures.js";
import type { PngFont } from "../figures/render.js";
import { docxFigureSelection, docxFigures } from "../paper/docx-figures.js";
import { paperFiles, reportHtml } from "../paper/paper-files.js";
import { rebasePath, rebasePlan, toPosix } from "../paths.js";
import type { Names } from "../render/names.js";
import { ccdcVersion } from "../version.js";
import { type FileEntry, renderManifest, sha256 } from "./manifest.js";
import type { FileContent, OutDirWriter } from "./out-dir-writer.js";
import { writesPaperOutputs } from "./paper-limit.js";
import { resultFiles } from "./result-files.js";

export { resultFiles } from "./result-files.js";

/** What `--lang`, `--png` and `--font` chose for the paper outputs. */
export interface PaperOptions {
  readonly names: Names;
  /** The declared maps as the engine read them (for the choropleths). */
  readonly maps?: readonly RegionMap[];
  /** The font PNGs are drawn with; no PNGs without one. */
  readonly png?: PngFont;
  /**
   * The font report.docx's pictures are drawn with when there are no PNGs: the documented
   * system font for --lang (fonts.ts); absent when none is installed (no figures in the docx).
   */
  readonly docxFont?: PngFont;
}

/** What writeOutputDir wrote (manifest excluded), and notes for stderr. */
export interface WrittenOutputDir {
  readonly files: readonly FileEntry[];
  readonly notes: readonly string[];
}

/**
 * Writes every file of a run's output directory into `writer` — each format, the plan with
 * paths relative to the directory — and commits it with the manifest (which hashes the spec
 * or plan and each data file, streamed). Returns the files written, manifest excluded, and
 * what stderr should say about them. The reports and figures describe `ran`, the plan that
 * produced `result` (a variant's, under --variant); plan.json is the input's plan.
 */
export async function writeOutputDir(
  writer: OutDirWriter,
  input: LoadedInput,
  result: Result,
  paper: PaperOptions,
  ran: Plan = input.plan,
): Promise<WrittenOutputDir> {
  const outDir = writer.dir;
  const written: FileEntry[] = [];
  const notes: string[] = [];
  const write = async (name: string, content: FileContent) => {
    written.push(await writer.write(name, content));
  };
  for (const [name, content] of resultFiles(result, ran, paper.names)) {
    await write(name, content);
  }
  // Above PAPER_UNIT_LIMIT units, no figures or paper files (paper-limit.ts; run.ts says so).
  const withPaper = writesPaperOutputs(result);
  const figures = withPaper ? await paperFigures(result, ran, paper.names, paper.maps) : [];
  if (withPaper) {
    const drawn = await figureFiles(figures, paper.png);
    for (const [name, content] of drawn) await write(name, content);
    const selected = docxFigureSelection(figures, result, ran);
    const docx = await docxFigures(selected, drawn, paper.png ?? paper.docxFont);
    if (docx.note) notes.push(docx.note);
    for (const [name, content] of await paperFiles(result, ran, paper.names, docx.figures)) {
      await write(name, content);
    }
  }
  await write("plan.json", stableStringify(rebasePlan(input.plan, input.bases, outDir)));
  const manifest = await manifestParts(input, outDir);
  // The HTML report lists the hashes of the inputs and of every other file, then is itself
  // in the manifest.
  const hashes = [
    { path: manifest.input.path, sha256: manifest.input.sha256 },
    ...manifest.data.map((d) => ({ path: d.path, sha256: d.sha256 })),
    ...[...written]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((f) => ({ path: f.path, sha256: f.sha256 })),
  ];
  if (withPaper) await write("report.html", reportHtml(result, ran, paper.names, figures, hashes));
  const files = await writer.commit((files) => renderManifest({ ...manifest, files }));
  return { files, notes };
}

/**
 * `ccdc figures … --out DIR`: the figures only, under DIR/figures/, and the manifest.
 * The figures describe `ran`, the plan that produced `result` (a variant's, under
 * --variant). Returns the files written, manifest excluded.
 */
export async function writeFiguresDir(
  writer: OutDirWriter,
  input: LoadedInput,
  result: Result,
  paper: PaperOptions,
  ran: Plan = input.plan,
): Promise<readonly FileEntry[]> {
  const figures = await paperFigures(result, ran, paper.names, paper.maps);
  for (const [name, content] of await figureFiles(figures, paper.png)) {
    await writer.write(name, content);
  }
  const manifest = await manifestParts(input, writer.dir);
  return writer.commit((files) => renderManifest({ ...manifest, files }));
}

/** The manifest but its files: versions, the spec or plan and each data file, hashed. */
async function manifestParts(input: LoadedInput, outDir: string) {
  const data: { source: string; path: string; sha256: string }[] = [];
  for (const s of input.plan.sources) {
    data.push({
      source: s.id,
      path: rebasePath(s.path, input.bases.sources, outDir),
      sha256: await sha256OfFile(resolve(input.bases.sources, s.path)),
    });
  }
  return {
    ccdcVersion: ccdcVersion(),
    nodeVersion: process.version,
    input: {
      kind: input.kind,
      path: toPosix(relative(outDir, input.path)),
      sha256: sha256(input.content),
    },
    data,
  };
}

/** The sha256 of a file, read as a stream. */
async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
