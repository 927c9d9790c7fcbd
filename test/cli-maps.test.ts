/**
 * Map figures from a declared map: the starter study with a synthetic GeoJSON of squares that
 * the test writes (no real boundary is committed). --out draws a choropleth of D per analysis
 * within units; a missing map file or a key property no feature has stops the run, nothing
 * written.
 */
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "@ccdc/cli";
import { gridCells, type Result, squaresGeoJson } from "@ccdc/engine";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const run = (args: string[]) => runMain(args, { cwd: ROOT });
let tmp: string;

/** A starter study (regions North, Coast, Hills) with `map` appended, and its grid file. */
async function studyWithMap(dir: string, map: string, keys = ["North", "Coast", "Hills"]) {
  expect((await run(["init", dir])).code).toBe(0);
  appendFileSync(join(dir, "study.ccd"), `\n${map}\n`);
  writeFileSync(join(dir, "grid.geojson"), JSON.stringify(squaresGeoJson(gridCells(1, 3, keys))));
  return join(dir, "study.ccd");
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "ccdc-maps-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("choropleths of D", () => {
  test("one map per analysis within units and form, D of each region, approval caption", async () => {
    const spec = await studyWithMap(
      join(tmp, "ok"),
      'map grid "grid.geojson" { feature "name" approval "GS(2024)0001号" }',
    );
    const out = join(tmp, "ok-out");
    const r = await run(["run", spec, "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const result: Result = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    const internal = result.coupling.filter((c) => c.analysis === "internal");
    const form = internal[0]!.form;
    const vl = JSON.parse(
      readFileSync(join(out, `figures/map-grid-internal-${form}.vl.json`), "utf8"),
    );
    const features = vl.vconcat[0].hconcat.flatMap(
      (p: { data: { values: unknown[] } }) => p.data.values,
    ) as { properties: Record<string, unknown> }[];
    // Years 2019-2022: the first, middle (2020) and last year; three regions each.
    expect(features).toHaveLength(9);
    for (const f of features) {
      const row = internal.find((c) => c.units[0] === f.properties.unit && c.form === form)!;
      const y = result.years.indexOf(f.properties.year as number);
      expect(f.properties.D).toBe(row.D[y]);
      expect(f.properties.level).toBe(row.level[y]);
    }
    const svg = readFileSync(join(out, `figures/map-grid-internal-${form}.svg`), "utf8");
    expect(svg).toContain("Map approval number: GS(2024)0001号");
    expect(svg).toMatch(/<desc>Map approval number: GS\(2024\)0001号<\/desc>/);
    expect(svg).not.toContain("NaN");
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html).toContain(`data-figure="map-grid-internal-${form}"`);
  }, 120_000);

  test("a missing map file stops the run, nothing written", async () => {
    const spec = await studyWithMap(
      join(tmp, "missing"),
      'map grid "nowhere.geojson" { feature "name" }',
    );
    const out = join(tmp, "missing-out");
    const r = await run(["run", spec, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/D0601.*cannot read the map nowhere\.geojson: no such file/s);
    expect(existsSync(out)).toBe(false);
  });

  test("a key property no feature has stops the run, naming the regions", async () => {
    const spec = await studyWithMap(
      join(tmp, "badkey"),
      'map grid "grid.geojson" { feature "adcode" }',
    );
    const out = join(tmp, "badkey-out");
    const r = await run(["run", spec, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/adcode/);
    expect(existsSync(out)).toBe(false);
  });
});
