/**
 * Reading every source the run needs into one region panel. Paths are resolved against the
 * caller's `baseDir` (the spec's folder); a source none of whose variables the study reads
 * (directly, as a weight or as a splice proxy) is not opened. Sources are read concurrently;
 * issues come back in plan order.
 *
 * A CSV source read by the default reader is streamed record by record straight into the
 * panel (`streamCsvFileFast` for a regular file of the simple shape it takes, its lines read
 * from their bytes by ingest-bytes.ts where it can; else `streamCsvFile`); every other reader
 * goes through a whole `Table`. Both feed the same `RowIngest`, so issues are the same either
 * way.
 */
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { EngineIssue } from "../issues.js";
import { pointer } from "../issues.js";
import * as msg from "../messages/index.js";
import { emptyPanel, type PanelData } from "../panel.js";
import type { PlanIndex } from "../plan-index.js";
import { streamCsvFileFast } from "./csv-fast.js";
import { csvReader, streamCsvFile } from "./csv-reader.js";
import { ingestTable, RowIngest } from "./ingest.js";
import { MAX_STUDY_BYTES, ReadBudget } from "./read-budget.js";
import type { Readers, TableRequest } from "./reader.js";
import { xlsxReader } from "./xlsx-reader.js";

export const defaultReaders: Readers = { csv: csvReader, xlsx: xlsxReader };

export interface ReadSourcesOutcome {
  panel: PanelData;
  /** Errors and warnings, in plan order of the sources. */
  issues: EngineIssue[];
}

/**
 * Reads the plan's sources into a region panel. `allocate`: makes the panel's columns
 * (`emptyPanel`; a run on worker threads passes its executor's).
 */
export async function readSources(
  index: PlanIndex,
  baseDir: string,
  readers: Partial<Readers> = {},
  studyLimit = MAX_STUDY_BYTES,
  allocate?: (n: number) => Float64Array,
): Promise<ReadSourcesOutcome> {
  const panel = emptyPanel(index.plan, allocate);
  const wanted = new Set(index.fillOrder);
  const read = index.plan.sources.map((source) => source.variables.some((v) => wanted.has(v.id)));
  const budget = new ReadBudget(studyLimit);
  const sizes = await reserve(
    index.plan.sources.map((s, si) => (read[si] ? resolve(baseDir, s.path) : undefined)),
    budget,
  );
  const perSource = await Promise.all(
    index.plan.sources.map(async (source, si): Promise<EngineIssue[]> => {
      if (!read[si]) return [];
      const reader = readers[source.format] ?? defaultReaders[source.format];
      const at = pointer("sources", si);
      const request: TableRequest = {
        path: resolve(baseDir, source.path),
        file: source.path,
        ...(source.sheet !== undefined ? { sheet: source.sheet } : {}),
        pointer: at,
        // A file of unknown size counts its bytes as it streams.
        ...(sizes[si] === undefined ? { budget } : {}),
      };
      if (sizes[si] === "over")
        return [msg.studyReadTooLarge(request, studyTooLargeWords(studyLimit))];
      if (source.format === "csv" && reader === csvReader)
        return streamSource(index, si, request, panel);
      const outcome = await reader.read(request);
      if (!outcome.ok) return outcome.errors;
      const issues: EngineIssue[] = [];
      ingestTable(index, si, outcome.table, panel, issues);
      return issues;
    }),
  );
  return { panel, issues: perSource.flat() };
}

/**
 * Counts the regular files among `paths` (undefined: not read) into `budget` by their sizes,
 * in plan order, before any is read: for each, its size, "over" if it takes the total past
 * the limit (it is then not read), or undefined when the size is not known (a FIFO, a device,
 * a missing file: its reader counts as it streams, or reports the file).
 */
async function reserve(
  paths: readonly (string | undefined)[],
  budget: ReadBudget,
): Promise<(number | "over" | undefined)[]> {
  const sizes = await Promise.all(
    paths.map(async (p) => {
      if (p === undefined) return undefined;
      try {
        const st = await stat(p);
        return st.isFile() ? st.size : undefined;
      } catch {
        return undefined;
      }
    }),
  );
  return sizes.map((size) => (size === undefined ? undefined : budget.spend(size) ? size : "over"));
}

const studyTooLargeWords = (limit: number): string =>
  `the study's sources together are larger than ${limit >= 1024 ** 3 ? `${limit / 1024 ** 3} GiB` : `${limit.toLocaleString("en")} bytes`}, the most ccdc reads for one study`;

/** Streams one CSV source straight into the panel; its issues. */
async function streamSource(
  index: PlanIndex,
  sourceIndex: number,
  request: TableRequest,
  panel: PanelData,
): Promise<EngineIssue[]> {
  const issues: EngineIssue[] = [];
  const ingest = new RowIngest(index, sourceIndex, request.file, panel, issues);
  // The common file (one line end style, quotes only around whole fields on a line) is split
  // directly (csv-fast.ts); the rest goes to csv-parse.
  const fast = await streamCsvFileFast(request, ingest);
  const failed = fast.accepted ? fast.errors : await streamCsvFile(request, ingest);
  // A file that cannot be read or parsed through reports only that (as `csvReader` does).
  if (failed !== undefined) return failed;
  ingest.finish();
  return issues;
}
