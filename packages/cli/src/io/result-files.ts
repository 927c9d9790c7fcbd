/**
 * The data files and reports of `ccdc run … --out DIR`, as chunk streams: results.json, the
 * CSV tables and the spatial weights are produced piece by piece from the result (never one
 * string: a 30,000-unit results.json is larger than V8's longest string), and the reports are
 * rendered only when their turn to be written comes, so that at most one of them is held in
 * memory. The bytes are those of the whole-string renderers (`stableStringify`, `render…Csv`).
 *
 * A new data file joins `resultFiles` as a generator of chunks (render/csv-stream.ts:
 * `csvChunks(header, rows())`); OutDirWriter.write hashes each chunk as it is written.
 */
import type { Result } from "@ccdc/engine";
import { type Plan, stableJsonChunks, stableStringify } from "@ccdc/plan";
import { autocorrelationTables } from "../paper/autocorrelation-tables.js";
import { dataTableCsvChunks } from "../paper/data-table.js";
import { dynamicsTables } from "../paper/dynamics-tables.js";
import type { TableContext } from "../paper/tables.js";
import {
  levelNamesIn,
  renderCouplingCsv,
  renderIndicesCsv,
  renderSensitivityCsv,
  renderTidyCsv,
} from "../render/csv.js";
import {
  couplingCsvChunks,
  indicesCsvChunks,
  sensitivityCsvChunks,
  tidyCsvChunks,
} from "../render/csv-stream.js";
import { renderMarkdown, reportMarkdownChunks } from "../render/markdown.js";
import { type Names, namesFor } from "../render/names.js";
import {
  obstacleCsvChunks,
  obstacleSharesCsvChunks,
  renderObstacleCsv,
  renderObstacleSharesCsv,
} from "../render/obstacle-csv.js";
import {
  densityCsvChunks,
  panelCsvChunks,
  renderDensityCsv,
  renderPanelCsv,
} from "../render/panel-csv.js";
import { relativeCsvChunks, renderRelativeCsv } from "../render/relative-csv.js";
import {
  weightsEdgeCsv,
  weightsEdgeCsvChunks,
  weightsGal,
  weightsGalChunks,
} from "../render/spatial.js";
import { renderTable, reportTextChunks } from "../render/table.js";
import { wordsFor } from "../render/words.js";

/** A file's content as chunks of text, produced when it is iterated. */
export type TextChunks = Iterable<string>;

/** A string rendered when the file is written (and released once it has been). */
export function* renderedWhenWritten(render: () => string): Generator<string> {
  yield render();
}

/**
 * The formats and data tables of an output directory, by file name, in writing order. Each
 * content is lazy: nothing is rendered until it is iterated, once.
 */
export function resultFiles(result: Result, plan: Plan, names?: Names): Map<string, TextChunks> {
  const files = new Map<string, TextChunks>([
    ["results.json", stableJsonChunks(result)],
    ["report.txt", reportTextChunks(result, plan, names)],
    ["report.md", reportMarkdownChunks(result, plan, names)],
    ["results.csv", tidyCsvChunks(result)],
    ["indices.csv", indicesCsvChunks(result)],
    ["coupling.csv", couplingCsvChunks(result, undefined, levelNamesIn(plan, names))],
    ["panel.csv", panelCsvChunks(result, plan)],
  ]);
  if (result.dynamics?.some((d) => d.density)) files.set("density.csv", densityCsvChunks(result));
  if (result.sensitivity !== undefined) files.set("sensitivity.csv", sensitivityCsvChunks(result));
  // Relative development and obstacle degree: one table per analysis (issue 10).
  for (const r of result.relative ?? [])
    files.set(`relative-${r.id}.csv`, relativeCsvChunks(r, result.years));
  for (const o of result.obstacles ?? []) {
    files.set(`obstacle-${o.id}.csv`, obstacleCsvChunks(o, result.years));
    files.set(`obstacle-${o.id}-shares.csv`, obstacleSharesCsvChunks(o, result.years));
  }
  // Each spatial weight matrix, as regression tools read it: an edge list and a GAL file.
  for (const w of result.spatialWeights ?? []) {
    files.set(`spatial-weights-${w.id}.csv`, weightsEdgeCsvChunks(w));
    files.set(`spatial-weights-${w.id}.gal`, weightsGalChunks(w));
  }
  // Spatial autocorrelation and dynamics: one CSV per statistic computed (paper/*-tables.ts).
  for (const t of analysisDataTables(result, plan, names)) files.set(t.file, dataTableCsvChunks(t));
  return files;
}

/**
 * The same files as whole strings, through the string renderers (`stableStringify` for the
 * JSON): what `resultFiles` must write byte for byte (tests compare the two).
 */
export function resultStrings(result: Result, plan: Plan, names?: Names): Map<string, string> {
  const files = new Map<string, string>([
    ["results.json", stableStringify(result)],
    ["report.txt", renderTable(result, plan, undefined, names)],
    ["report.md", renderMarkdown(result, plan, names)],
    ["results.csv", renderTidyCsv(result)],
    ["indices.csv", renderIndicesCsv(result)],
    ["coupling.csv", renderCouplingCsv(result, levelNamesIn(plan, names))],
    ["panel.csv", renderPanelCsv(result, plan)],
  ]);
  if (result.dynamics?.some((d) => d.density)) files.set("density.csv", renderDensityCsv(result));
  if (result.sensitivity !== undefined) files.set("sensitivity.csv", renderSensitivityCsv(result));
  for (const r of result.relative ?? [])
    files.set(`relative-${r.id}.csv`, renderRelativeCsv(r, result.years));
  for (const o of result.obstacles ?? []) {
    files.set(`obstacle-${o.id}.csv`, renderObstacleCsv(o, result.years));
    files.set(`obstacle-${o.id}-shares.csv`, renderObstacleSharesCsv(o, result.years));
  }
  for (const w of result.spatialWeights ?? []) {
    files.set(`spatial-weights-${w.id}.csv`, weightsEdgeCsv(w));
    files.set(`spatial-weights-${w.id}.gal`, weightsGal(w));
  }
  for (const t of analysisDataTables(result, plan, names))
    files.set(t.file, [...dataTableCsvChunks(t)].join(""));
  return files;
}

/**
 * The autocorrelation and dynamics tables whose CSVs `--out` writes. Their CSVs hold ids, not
 * labels, so any language's names give the same bytes; English when none are given.
 */
function analysisDataTables(result: Result, plan: Plan, names: Names | undefined) {
  const n = names ?? namesFor(result, plan, "en");
  const ctx: TableContext = { result, plan, names: n, words: wordsFor(n.lang) };
  return [...autocorrelationTables(ctx), ...dynamicsTables(ctx)];
}
