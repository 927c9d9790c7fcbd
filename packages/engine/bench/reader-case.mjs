// A comparison reader on the benchmark's long CSV, in its own process (so that its CPU time and
// peak memory are its own): reads region,year,variable,value and pivots the values into a
// units × years table per variable — the work ccdc's ingest does.
//   udsv:   uDSV (a fast JavaScript CSV parser, typed columns) + a pivot into Float64Arrays;
//   duckdb: DuckDB's read_csv and PIVOT, inside DuckDB (only if @duckdb/node-api is installed).
// Usage: node reader-case.mjs udsv|duckdb FILE UNITS YEARS INDICATORS
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const [reader, file, u, y, k] = process.argv.slice(2);
const units = Number(u);
const years = Number(y);
const indicators = Number(k);
let lib;
try {
  lib = await import(reader === "udsv" ? "udsv" : "@duckdb/node-api");
} catch {
  console.log(JSON.stringify({ reader, missing: true }));
  process.exit(0);
}
const rssBefore = process.memoryUsage().rss;
const c0 = process.cpuUsage();
const t0 = performance.now();
let cells = 0;
if (reader === "udsv") {
  const text = readFileSync(file, "utf8");
  const parser = lib.initParser(lib.inferSchema(text));
  const [region, year, variable, value] = parser.typedCols(text);
  const regionIndex = new Map();
  for (let i = 0; i < units; i++) regionIndex.set(`U${i}`, i);
  const panel = new Map();
  for (let j = 0; j < indicators; j++)
    panel.set(`v${j}`, new Float64Array(units * years).fill(Number.NaN));
  for (let r = 0; r < region.length; r++) {
    const col = panel.get(variable[r]);
    const ui = regionIndex.get(region[r]);
    if (col === undefined || ui === undefined) continue;
    col[ui * years + (year[r] - 2000)] = value[r];
    cells++;
  }
} else {
  const db = await lib.DuckDBInstance.create(":memory:");
  const con = await db.connect();
  await con.run(
    `CREATE TABLE panel AS PIVOT (SELECT * FROM read_csv('${file}', header = true)) ON variable USING first(value) GROUP BY region, year`,
  );
  const r = await con.runAndReadAll("SELECT count(*) FROM panel");
  cells = Number(r.getRows()[0][0]) * indicators;
}
const wallMs = performance.now() - t0;
const c = process.cpuUsage(c0);
console.log(
  JSON.stringify({
    reader,
    ok: cells === units * years * indicators,
    wallMs,
    cpuMs: (c.user + c.system) / 1000,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    rssBeforeMB: rssBefore / 2 ** 20,
  }),
);
