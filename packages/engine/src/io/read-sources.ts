/**
 * Reading every source the run needs into one region panel. Paths are resolved against the
 * caller's `baseDir` (the spec's folder); a source none of whose variables the study reads
 * (directly, as a weight or as a splice proxy) is not opened. Sources are read concurrently;
 * issues come back in plan order.
 *
 * A CSV source read by the default reader is streamed record by record straight into the
 * panel (`streamCsvRecords`); a file its fast path does not take, and every other reader, go
 * through a whole `Table`. Both feed the same `RowIngest`, so issues are the same either way.
 */
import { resolve } from "node:path";
import type { EngineIssue } from "../issues.js";
import { pointer } from "../issues.js";
import { emptyPanel, type PanelData } from "../panel.js";
import type { PlanIndex } from "../plan-index.js";
import { csvReader, streamCsvRecords } from "./csv-reader.js";
import { unreadable } from "./file-issues.js";
import { ingestTable, RowIngest } from "./ingest.js";
import type { Readers } from "./reader.js";
import { xlsxReader } from "./xlsx-reader.js";

export const defaultReaders: Readers = { csv: csvReader, xlsx: xlsxReader };

export interface ReadSourcesOutcome {
  panel: PanelData;
  /** Errors and warnings, in plan order of the sources. */
  issues: EngineIssue[];
}

/** Reads the plan's sources into a region panel. */
export async function readSources(
  index: PlanIndex,
  baseDir: string,
  readers: Partial<Readers> = {},
): Promise<ReadSourcesOutcome> {
  const panel = emptyPanel(index.plan);
  const wanted = new Set(index.fillOrder);
  const perSource = await Promise.all(
    index.plan.sources.map(async (source, si): Promise<EngineIssue[]> => {
      if (!source.variables.some((v) => wanted.has(v.id))) return [];
      const reader = readers[source.format] ?? defaultReaders[source.format];
      const at = pointer("sources", si);
      const request = {
        path: resolve(baseDir, source.path),
        file: source.path,
        ...(source.sheet !== undefined ? { sheet: source.sheet } : {}),
        pointer: at,
      };
      if (source.format === "csv" && reader === csvReader) {
        const streamed = await streamSource(index, si, request, panel);
        if (streamed !== undefined) return streamed;
        // Not for the fast path: forget what it read, and read the file whole.
        for (const v of source.variables) panel[v.id]!.fill(Number.NaN);
      }
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
 * Streams one CSV source into the panel; its issues, or undefined when the file is not for
 * the fast path (the panel's columns of the source are then partly written).
 */
async function streamSource(
  index: PlanIndex,
  sourceIndex: number,
  request: { path: string; file: string; pointer: string },
  panel: PanelData,
): Promise<EngineIssue[] | undefined> {
  const issues: EngineIssue[] = [];
  const ingest = new RowIngest(index, sourceIndex, request.file, panel, issues);
  let header = false;
  let status: "done" | "fallback";
  try {
    status = await streamCsvRecords(request.path, (fields, line) => {
      // As parseCsv: rows of blank cells are skipped; the first other row is the header;
      // blank cells are empty (null).
      let blank = true;
      for (const c of fields) {
        if (c.trim() !== "") {
          blank = false;
          break;
        }
      }
      if (blank) return;
      if (!header) {
        header = true;
        ingest.header(
          fields.map((c) => c.trim()),
          line,
        );
        return;
      }
      const row: (string | null)[] = fields;
      for (let i = 0; i < row.length; i++) if (fields[i]!.trim() === "") row[i] = null;
      ingest.row(row, line);
    });
  } catch (e) {
    if (typeof (e as { code?: unknown }).code !== "string") throw e;
    return [unreadable(request, e)];
  }
  if (status === "fallback") return undefined;
  if (!header) ingest.header([], 1);
  ingest.finish();
  return issues;
}
