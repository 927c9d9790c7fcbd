/**
 * The LISA cluster map end to end: test/fixtures/lisa/lisa-grid.ccd (25 made-up regions on a
 * 5 × 5 grid, rook contiguity, local Moran with 999 permutations) run with `--out` beside a
 * grid of squares this test writes (no real boundary is committed). The map's Vega-Lite data
 * must say exactly what results.json says, region by region and year by year, and results.json
 * must follow the LISA rules: the quadrant from the signs of z and its lag, the cluster the
 * quadrant when the pseudo p-value is at most the significance level, else not significant.
 * The spec's declared figures (`kind lisa_map`, `moran`, `density`) are checked the same way.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "@ccdc/cli";
import { gridCells, type Result, squaresGeoJson } from "@ccdc/engine";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const FIXTURE = fileURLToPath(new URL("fixtures/lisa/", import.meta.url));
let dir: string;
let result: Result;

type Feature = { properties: Record<string, unknown> };
type Panel = { name: string; data: { values: Feature[] } };

/** The regions' keys row by row, as lisa-grid.ccd declares them (C00 … C44). */
const KEYS = Array.from({ length: 25 }, (_, i) => `C${Math.floor(i / 5)}${i % 5}`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ccdc-lisa-"));
  for (const f of ["lisa-grid.ccd", "grid-data.csv"]) copyFileSync(join(FIXTURE, f), join(dir, f));
  writeFileSync(join(dir, "grid.geojson"), JSON.stringify(squaresGeoJson(gridCells(5, 5, KEYS))));
  const r = await runMain(["run", join(dir, "lisa-grid.ccd"), "--out", join(dir, "out")], {
    cwd: dir,
  });
  expect(r.code, r.stderr).toBe(0);
  result = JSON.parse(readFileSync(join(dir, "out", "results.json"), "utf8"));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const figure = (name: string) =>
  JSON.parse(readFileSync(join(dir, "out", "figures", `${name}.vl.json`), "utf8"));
const panelsOf = (vl: { vconcat: { hconcat: Panel[] }[] }) => vl.vconcat[0]!.hconcat;

describe("the LISA cluster map of lisa-grid.ccd", () => {
  test("results.json follows the LISA rules (quadrant from z and Wz, significance from p_sim)", () => {
    const ac = result.autocorrelation?.find((a) => a.id === "d_lisa");
    expect(ac?.significance).toBe(0.05);
    const seen = new Set<string>();
    for (const y of ac?.lisa ?? []) {
      expect(y.defined).toBe(true);
      if (!y.defined) continue;
      for (const [i, z] of y.z.entries()) {
        const quadrant = `${z > 0 ? "H" : "L"}${y.lag[i]! > 0 ? "H" : "L"}`;
        expect(y.quadrant[i]).toBe(quadrant);
        expect(y.cluster[i]).toBe(y.p_sim[i]! <= ac!.significance ? quadrant : "ns");
        seen.add(y.cluster[i]!);
      }
    }
    // The fixture has every kind of cluster in some year (make-grid-data.mjs).
    expect([...seen].sort()).toEqual(["HH", "HL", "LH", "LL", "ns"]);
  });

  test("each region is drawn in the cluster results.json gives it, for the first, middle and last year", () => {
    const ac = result.autocorrelation!.find((a) => a.id === "d_lisa")!;
    const panels = panelsOf(figure("lisa-squares-d_lisa"));
    expect(panels.map((p) => p.name)).toEqual(["clusters_2019", "clusters_2020", "clusters_2021"]);
    for (const panel of panels) {
      const year = Number(panel.name.slice("clusters_".length));
      const lisa = ac.lisa!.find((l) => l.year === year)!;
      if (!lisa.defined) throw new Error(`${year} undefined`);
      // Every region once, in the map's category for its cluster, with its own statistics.
      expect(panel.data.values.map((f) => f.properties.region)).toEqual(ac.regions);
      for (const f of panel.data.values) {
        const i = ac.regions.indexOf(f.properties.region as string);
        expect(f.properties.cluster).toBe(lisa.cluster[i]);
        expect(f.properties.I).toBe(lisa.I[i]);
        expect(f.properties.p).toBe(lisa.p_sim[i]);
      }
    }
  });

  test("the SVG carries the significance level, permutations and the approval number, deterministically", async () => {
    const svg = readFileSync(join(dir, "out", "figures", "lisa-squares-d_lisa.svg"), "utf8");
    expect(svg).toContain("999 permutations, seed 20240601");
    expect(svg).toContain("is at most 0.05");
    expect(svg).toContain("Map approval number: GS(2024)0001号");
    expect(svg).not.toContain("NaN");
    const again = await runMain(
      ["figures", join(dir, "lisa-grid.ccd"), "--out", join(dir, "again")],
      { cwd: dir },
    );
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(join(dir, "again", "figures", "lisa-squares-d_lisa.svg"), "utf8")).toBe(
      svg,
    );
  }, 120_000);
});

describe("the declared figures of lisa-grid.ccd", () => {
  const lisaOf = (year: number) => {
    const l = result
      .autocorrelation!.find((a) => a.id === "d_lisa")!
      .lisa!.find((y) => y.year === year)!;
    if (!l.defined) throw new Error(`${year} undefined`);
    return l;
  };
  const regions = () => result.autocorrelation!.find((a) => a.id === "d_lisa")!.regions;

  test("kind lisa_map: the years it names, each region in its cluster", () => {
    const panels = panelsOf(figure("lisa_clusters"));
    expect(panels.map((p) => p.name)).toEqual(["clusters_2019", "clusters_2021"]);
    for (const panel of panels) {
      const lisa = lisaOf(Number(panel.name.slice("clusters_".length)));
      expect(panel.data.values.map((f) => f.properties.cluster)).toEqual(
        regions().map((_, i) => lisa.cluster[i]),
      );
    }
    // A captioned figure's title carries the caption as its subtitle (figures/caption.ts).
    expect(figure("lisa_clusters").title).toEqual({
      text: "LISA clusters of D",
      subtitle: ["Figure 3. LISA clusters of D under rook contiguity."],
    });
  });

  test("kind moran: each region at (z, Wz) with its cluster, every year's I in the panel title", () => {
    const vl = figure("moran_plot");
    const panels = vl.hconcat as {
      title: string;
      layer: { data: { values: Feature["properties"][] } }[];
    }[];
    expect(panels.map((p) => p.title.slice(0, 4))).toEqual(["2019", "2020", "2021"]);
    const moran = result.autocorrelation!.find((a) => a.id === "d_lisa")!.moran!;
    for (const [k, panel] of panels.entries()) {
      const year = 2019 + k;
      const lisa = lisaOf(year);
      const I = moran.find((m) => m.year === year);
      if (!I?.defined) throw new Error(`Moran's I ${year} undefined`);
      expect(panel.title).toBe(`${year}: I = ${I.I.toFixed(3)}`);
      const points = panel.layer[1]!.data.values;
      expect(points.map((p) => [p.region, p.z, p.lag, p.cluster])).toEqual(
        regions().map((r, i) => [r, lisa.z[i], lisa.lag[i], lisa.cluster[i]]),
      );
    }
  });

  test("kind density: the years it names, the results' own curves", () => {
    const density = result.dynamics!.find((d) => d.id === "d_dynamics")!.density!;
    const values = figure("d_density").data.values as {
      year: number;
      x: number;
      density: number;
    }[];
    const expected = density.curves
      .filter((c) => c.year <= 2020)
      .flatMap((c) => density.grid.map((x, i) => ({ year: c.year, x, density: c.density[i] })));
    expect(values).toEqual(expected);
    expect(new Set(values.map((v) => v.year))).toEqual(new Set([2019, 2020]));
  });
});
