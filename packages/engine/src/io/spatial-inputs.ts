/**
 * Reading the files a spatial weight matrix is built from: a CSV of neighbour pairs
 * (`neighbours "…"`, columns `region` and `neighbour`) and a CSV of coordinates
 * (`coordinates "…"`, columns `region`, `longitude`, `latitude`). A cell names a region by its
 * name in the spec or its key in the data. Every problem names the file, row and column.
 */
import { resolve } from "node:path";
import type { Plan, Region } from "@ccdc/plan";
import type { EngineIssue } from "../issues.js";
import * as msg from "../messages/index.js";
import { keyText, parseNumber, showCell } from "./cells.js";
import { csvReader } from "./csv-reader.js";
import type { Table } from "./reader.js";

/** Region lookup by spec name or data key → position in plan.regions. */
export function regionLookup(regions: readonly Region[]): Map<string, number> {
  const at = new Map<string, number>();
  for (const [i, r] of regions.entries()) at.set(r.key, i);
  // A name wins over another region's key that happens to be spelt the same.
  for (const [i, r] of regions.entries()) at.set(r.id, i);
  return at;
}

async function readTable(
  baseDir: string,
  file: string,
  at: string,
  columns: readonly string[],
): Promise<{ table: Table; cols: number[] } | { errors: EngineIssue[] }> {
  const out = await csvReader.read({ path: resolve(baseDir, file), file, pointer: at });
  if (!out.ok) return { errors: out.errors };
  const cols = columns.map((c) => out.table.header.indexOf(c));
  const absent = columns.filter((_, i) => cols[i]! < 0);
  if (absent.length > 0)
    return {
      errors: [msg.spatialColumnsMissing(file, absent, out.table.headerRow, out.table.header, at)],
    };
  return { table: out.table, cols };
}

function unknownRegion(
  file: string,
  row: number,
  column: string,
  text: string,
  at: string,
): EngineIssue {
  return msg.spatialUnknownRegion(file, row, column, text, at);
}

/** Pairs of plan-region positions from a neighbour CSV. */
export async function readNeighbourPairs(
  plan: Plan,
  baseDir: string,
  file: string,
  columns: readonly [string, string],
  at: string,
): Promise<{ pairs: [number, number][]; errors: EngineIssue[] }> {
  const read = await readTable(baseDir, file, at, columns);
  if ("errors" in read) return { pairs: [], errors: read.errors };
  const { table, cols } = read;
  const lookup = regionLookup(plan.regions);
  const pairs: [number, number][] = [];
  const errors: EngineIssue[] = [];
  table.rows.forEach((cells, r) => {
    const row = table.rowNumbers[r]!;
    const ends = cols.map((c, k) => {
      const text = keyText(cells[c]);
      const i = lookup.get(text);
      if (i === undefined) errors.push(unknownRegion(file, row, columns[k]!, text, at));
      return i;
    });
    const [a, b] = ends;
    if (a === undefined || b === undefined) return;
    if (a === b) errors.push(msg.selfNeighbour(file, plan.regions[a]!.id, row, columns[1], at));
    else pairs.push([a, b]);
  });
  return { pairs, errors };
}

/** Longitude and latitude of the regions `wanted` (plan positions) from a coordinates CSV. */
export async function readCoordinates(
  plan: Plan,
  baseDir: string,
  file: string,
  columns: readonly [string, string, string],
  wanted: readonly number[],
  at: string,
): Promise<{ lon: Float64Array; lat: Float64Array } | { errors: EngineIssue[] }> {
  const read = await readTable(baseDir, file, at, columns);
  if ("errors" in read) return { errors: read.errors };
  const { table, cols } = read;
  const lookup = regionLookup(plan.regions);
  const errors: EngineIssue[] = [];
  const seen = new Map<number, number>();
  const lonOf = new Map<number, number>();
  const latOf = new Map<number, number>();
  table.rows.forEach((cells, r) => {
    const row = table.rowNumbers[r]!;
    const text = keyText(cells[cols[0]!]);
    const i = lookup.get(text);
    if (i === undefined) {
      errors.push(unknownRegion(file, row, columns[0], text, at));
      return;
    }
    const first = seen.get(i);
    if (first !== undefined) {
      errors.push(msg.coordinatesTwice(file, plan.regions[i]!.id, first, row, columns[0], at));
      return;
    }
    seen.set(i, row);
    const [lonCol, latCol] = [cols[1]!, cols[2]!];
    const lon = parseNumber(cells[lonCol] ?? null);
    const lat = parseNumber(cells[latCol] ?? null);
    const bad = (column: string, cell: unknown, range: string) =>
      errors.push(msg.coordinateNotDegrees(file, showCell(cell as never), column, range, row, at));
    if (typeof lon !== "number" || lon < -180 || lon > 180)
      bad(columns[1], cells[lonCol], "[-180, 180]");
    else lonOf.set(i, lon);
    if (typeof lat !== "number" || lat < -90 || lat > 90)
      bad(columns[2], cells[latCol], "[-90, 90]");
    else latOf.set(i, lat);
  });
  const missing = wanted.filter((i) => !seen.has(i));
  if (missing.length > 0)
    errors.push(
      msg.coordinatesMissing(
        file,
        missing.map((i) => plan.regions[i]!.id),
        at,
      ),
    );
  if (errors.length > 0) return { errors };
  return {
    lon: Float64Array.from(wanted, (i) => lonOf.get(i)!),
    lat: Float64Array.from(wanted, (i) => latOf.get(i)!),
  };
}
