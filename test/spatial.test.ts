/**
 * Spatial weights and autocorrelation end to end, through `ccdc run` in-process: a 4-region
 * study (a – b – c – d on a line of squares), its neighbour, coordinate and map files written
 * here, and every bad input the issue names: an unknown region in a neighbour file, a
 * coordinate out of range, a k larger than n − 1, a map feature with no region (and a region
 * with no feature), an island under each rule.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runMain } from "@ccdc/cli";
import { gridCells, type Result, squaresGeoJson } from "@ccdc/engine";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ccdc-spatial-"));
  const rows = ["region,year,variable,value"];
  // x rises along the line, y falls then rises: D varies by region.
  const xs = { A: [1, 2], B: [3, 4], C: [2, 3], D: [6, 7] };
  const ys = { A: [2, 2], B: [1, 5], C: [4, 4], D: [3, 6] };
  for (const [r, v] of Object.entries(xs))
    for (const [i, x] of v.entries()) rows.push(`${r},${2020 + i},x,${x}`);
  for (const [r, v] of Object.entries(ys))
    for (const [i, y] of v.entries()) rows.push(`${r},${2020 + i},y,${y}`);
  writeFileSync(join(dir, "data.csv"), `${rows.join("\n")}\n`);
  writeFileSync(join(dir, "line.csv"), "region,neighbour\na,b\nb,c\nC,D\n");
  writeFileSync(join(dir, "bad-nb.csv"), "region,neighbour\na,b\nb,Atlantis\n");
  writeFileSync(join(dir, "xy.csv"), "region,longitude,latitude\na,0,0\nb,1,0\nc,2,0\nd,4,0\n");
  writeFileSync(
    join(dir, "bad-xy.csv"),
    "region,longitude,latitude\na,0,0\nb,1,95\nc,2,0\nd,4,0\n",
  );
  const map = (keys: string[]) => JSON.stringify(squaresGeoJson(gridCells(1, keys.length, keys)));
  writeFileSync(join(dir, "line.geojson"), map(["A", "B", "C", "D", "E"]));
  writeFileSync(join(dir, "short.geojson"), map(["A", "B", "C"]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SPEC = `study s { title "S" period 2020 to 2021 }
source data "data.csv" {
  layout long { region "region" year "year" variable "variable" value "value" }
  variable x "x" unit "u" aggregate sum
  variable y "y" unit "u" aggregate sum
}
region a "A"
region b "B"
region c "C"
region d "D"
units regions
index total "Total" {
  system sx "SX" { indicator ix "IX" { direction benefit value x } }
  system sy "SY" { indicator iy "IY" { direction benefit value y } }
}
scale s2 "Two" { level 1 [0.0, 0.5) "low" level 2 [0.5, 1.0] "high" }
analysis inner "Inner" { within each unit systems sx, sy }
`;
const AC =
  "autocorrelation ac { values inner matrix w statistics moran, lisa, gi_star permutations 99 }";

async function run(extra: string, ...args: string[]) {
  const file = join(dir, "s.ccd");
  writeFileSync(file, `${SPEC}${extra}\n${AC}\n`);
  return runMain(["run", file, ...args], { cwd: dir });
}

describe("ccdc run with spatial analysis", () => {
  test("a neighbour list: JSON results, the report's tables, --out's edge list and GAL file", async () => {
    const r = await run('spatial_weights w { neighbours "line.csv" }', "--format", "json");
    expect(r.stderr).not.toContain("error");
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as Result;
    expect(result.spatialWeights?.[0]).toMatchObject({
      id: "w",
      n: 4,
      links: 6,
      meanNeighbours: 1.5,
      islands: [],
      symmetric: true,
      edges: [
        ["a", "b", 1],
        ["b", "a", 0.5],
        ["b", "c", 0.5],
        ["c", "b", 0.5],
        ["c", "d", 0.5],
        ["d", "c", 1],
      ],
    });
    const ac = result.autocorrelation![0]!;
    expect(ac.regions).toEqual(["a", "b", "c", "d"]);
    expect(ac.moran).toHaveLength(2);
    expect(ac.lisa?.[0]).toMatchObject({ defined: true });
    const table = await run('spatial_weights w { neighbours "line.csv" }');
    for (const heading of ["Spatial autocorrelation", "Spatial weights"])
      expect(table.stdout).toContain(`\n${heading}\n`);
    expect(table.stdout).toContain(
      "permutations 99, seed 12345 (default); significance 0.05 (default)",
    );
    const out = join(dir, "out");
    const o = await run('spatial_weights w { neighbours "line.csv" }', "--out", out);
    expect(o.code).toBe(0);
    expect(readFileSync(join(out, "spatial-weights-w.csv"), "utf8")).toBe(
      "from,to,weight\na,b,1\nb,a,0.5\nb,c,0.5\nc,b,0.5\nc,d,0.5\nd,c,1\n",
    );
    expect(readFileSync(join(out, "spatial-weights-w.gal"), "utf8")).toBe(
      "0 4 ccdc w\na 1\nb\nb 2\na c\nc 2\nb d\nd 1\nc\n",
    );
  });

  test("D0701: a region the study does not declare, with file, row and column", async () => {
    const r = await run('spatial_weights w { neighbours "bad-nb.csv" }');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      'error[D0701]: bad-nb.csv names a region "Atlantis" that the study does not declare',
    );
    expect(r.stderr).toMatch(/bad-nb\.csv.*row 3.*neighbour/s);
  });

  test("D0705: a latitude out of range", async () => {
    const r = await run('spatial_weights w { coordinates "bad-xy.csv" knn 1 }');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      'error[D0705]: bad-xy.csv: "95" is not a latitude in [-90, 90] degrees',
    );
  });

  test("E1026: knn larger than n − 1 is refused before the run", async () => {
    const r = await run('spatial_weights w { coordinates "xy.csv" knn 4 }');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      "error[E1026]: `knn` must be a whole number from 1 to 3 (the other regions) (4)",
    );
  });

  test("k nearest: asymmetric, reported (W0702)", async () => {
    const r = await run('spatial_weights w { coordinates "xy.csv" knn 1 }', "--format", "json");
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as Result;
    expect(result.spatialWeights?.[0]?.symmetric).toBe(false);
    expect(result.warnings.map((w) => w.code)).toContain("W0702");
  });

  test("islands: error names the island (D0709); drop leaves it out; link joins it", async () => {
    const band = 'coordinates "xy.csv" band 150';
    const e = await run(`spatial_weights w { ${band} }`);
    expect(e.code).not.toBe(0);
    expect(e.stderr).toContain("error[D0709]: d has no neighbour under the spatial weights w");
    const drop = await run(`spatial_weights w { ${band} islands drop }`, "--format", "json");
    const dropped = JSON.parse(drop.stdout) as Result;
    expect(dropped.autocorrelation?.[0]).toMatchObject({
      regions: ["a", "b", "c"],
      dropped: ["d"],
    });
    expect(dropped.warnings.map((w) => w.code)).toContain("W0701");
    const link = await run(`spatial_weights w { ${band} link d to c }`, "--format", "json");
    expect((JSON.parse(link.stdout) as Result).spatialWeights?.[0]?.islands).toEqual([]);
  });

  test("contiguity from a map: a feature with no region is a warning; a region with no feature an error", async () => {
    const ok = await run(
      'map m "line.geojson" { feature "name" }\nspatial_weights w { contiguity queen of m }',
      "--format",
      "json",
    );
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain(
      'warning[W0601]: 1 feature of line.geojson matches no region and is not used: "E"',
    );
    const result = JSON.parse(ok.stdout) as Result;
    expect(result.spatialWeights?.[0]).toMatchObject({
      links: 6,
      construction: "queen contiguity of the map m (vertices equal)",
    });
    const short = await run(
      'map m "short.geojson" { feature "name" }\nspatial_weights w { contiguity rook of m }',
    );
    expect(short.code).not.toBe(0);
    expect(short.stderr).toContain(
      'error[D0605]: region with no feature in short.geojson: d ("D")',
    );
  });
});
