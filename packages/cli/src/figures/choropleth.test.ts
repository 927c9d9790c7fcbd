import type { RegionMap } from "@ccdc/engine";
import { describe, expect, it } from "vitest";
import { namesFor } from "../render/names.js";
import { wordsFor } from "../render/words.js";
import { fixturePlan, fixtureResult } from "../testing/fixture.js";
import { choroplethFigures, mapYears } from "./choropleth.js";
import { renderSvg } from "./render.js";
import { signedArea2 } from "./winding.js";

/** A unit square at column `col`, counter-clockwise as GeoJSON writes it. */
const square = (region: string, col: number) => ({
  region,
  featureKey: region,
  polygons: [
    [
      [
        [col, 0],
        [col + 1, 0],
        [col + 1, 1],
        [col, 1],
        [col, 0],
      ] as [number, number][],
    ],
  ],
});

const MAP: RegionMap = {
  id: "grid",
  approval: "GS(2024)0001号",
  regions: [square("r1", 0), square("r2", 1), square("r3", 2)],
  bbox: [0, 0, 3, 1],
  unmatched: [],
};

type Feature = {
  geometry: { coordinates: [number, number][][][] };
  properties: Record<string, unknown>;
};

describe("choropleth maps of D", () => {
  const result = fixtureResult();
  const plan = fixturePlan();
  const ctx = { result, plan, names: namesFor(result, plan, "en"), words: wordsFor("en") };
  const [figure] = choroplethFigures(ctx, [MAP]);
  /** The features of every year's panel, in panel order. */
  const features = (): Feature[] =>
    (
      (figure!.spec.vconcat as { hconcat: { data: { values: Feature[] } }[] }[])[0]?.hconcat ?? []
    ).flatMap((p) => p.data.values);

  it("picks the first, middle and last year", () => {
    expect(mapYears([2013, 2014, 2015, 2016, 2017])).toEqual([2013, 2015, 2017]);
    expect(mapYears([2020, 2021])).toEqual([2020, 2021]);
  });

  it("draws a cluster as its member regions, each with the cluster's D and grade", () => {
    expect(figure?.name).toBe("map-grid-internal-standard");
    const rows = features().map((f) => [
      f.properties.region,
      f.properties.year,
      f.properties.D,
      f.properties.level,
    ]);
    // Fixture: internal/standard D north 0.6, 0.65, 0.7 (level 2), south 0.2, 0.3, 0.4 (level 1);
    // north = r1 + r2, south = r3; years 2020, 2021, 2022 (all three are first, middle, last).
    expect(rows).toEqual([
      ["r1", 2020, 0.6, 2],
      ["r2", 2020, 0.6, 2],
      ["r3", 2020, 0.2, 1],
      ["r1", 2021, 0.65, 2],
      ["r2", 2021, 0.65, 2],
      ["r3", 2021, 0.3, 1],
      ["r1", 2022, 0.7, 2],
      ["r2", 2022, 0.7, 2],
      ["r3", 2022, 0.4, 1],
    ]);
    expect(figure?.marks).toEqual({ name: "regions", count: 9 });
  });

  it("winds outer rings clockwise for d3-geo (a GeoJSON square is counter-clockwise)", () => {
    const ring = features()[0]?.geometry.coordinates[0]?.[0] ?? [];
    expect(signedArea2(MAP.regions[0]!.polygons[0]![0]!)).toBe(2);
    expect(signedArea2(ring)).toBe(-2);
  });

  it("prints the approval number under the map and draws every region", async () => {
    const svg = await renderSvg(figure!.spec);
    expect(svg).toContain("Map approval number: GS(2024)0001号");
    const groups = [...svg.matchAll(/role-mark regions_\d+_marks"[^>]*>(.*?)<\/g>/g)];
    expect(groups).toHaveLength(3);
    const paths = groups.flatMap((g) => g[1]?.match(/<path/g) ?? []);
    expect(paths).toHaveLength(9);
    expect(svg).not.toContain("NaN");
  }, 60_000);
});
