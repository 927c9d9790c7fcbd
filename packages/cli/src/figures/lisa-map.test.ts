import type { RegionMap, Result, ResultAutocorrelation } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import { describe, expect, it } from "vitest";
import { namesFor } from "../render/names.js";
import { wordsFor } from "../render/words.js";
import { fixturePlan, fixtureResult } from "../testing/fixture.js";
import type { FigureContext, VlSpec } from "./figure.js";
import { lisaMapFigures, wrapText } from "./lisa-map.js";
import { renderSvg } from "./render.js";

/** A unit square at (col, row). */
const square = (region: string, col: number, row: number) => ({
  region,
  featureKey: region,
  polygons: [
    [
      [
        [col, row],
        [col + 1, row],
        [col + 1, row + 1],
        [col, row + 1],
        [col, row],
      ] as [number, number][],
    ],
  ],
});

const MAP: RegionMap = {
  id: "grid",
  approval: "GS(2024)0001号",
  regions: [square("r1", 0, 0), square("r2", 1, 0), square("r3", 0, 1), square("r4", 1, 1)],
  bbox: [0, 0, 2, 2],
  unmatched: [],
};

const defined = (
  year: number,
  cluster: ("HH" | "LH" | "LL" | "HL" | "ns")[],
  quadrant: ("HH" | "LH" | "LL" | "HL")[],
  p: number[],
) => ({
  year,
  defined: true as const,
  I: [0.5, -0.25, 1.5],
  quadrant,
  z: [1, -1, 0.5],
  lag: [0.5, 0.25, 3],
  p_sim: p,
  cluster,
});

/** r4 is an island left out (islands drop); 2020 is undefined; 2021 and 2022 are defined. */
const AC: ResultAutocorrelation = {
  id: "d_spatial",
  label: "Spatial autocorrelation",
  labels: { en: "Spatial autocorrelation", zh: "空间自相关" },
  values: "D of internal (standard)",
  weights: "adjacency",
  permutations: 999,
  seed: 7,
  significance: 0.05,
  regions: ["r1", "r2", "r3"],
  dropped: ["r4"],
  lisa: [
    { year: 2020, defined: false, reason: "all values equal" },
    defined(2021, ["HH", "ns", "HL"], ["HH", "LH", "HL"], [0.01, 0.2, 0.04]),
    defined(2022, ["ns", "LH", "ns"], ["HH", "LH", "HL"], [0.3, 0.05, 0.5]),
  ],
};

/** The fixture at region level: four regions, each its own unit. */
function context(): FigureContext {
  const regions = ["r1", "r2", "r3", "r4"];
  const plan: Plan = {
    ...fixturePlan(),
    units: {
      level: "region",
      list: regions.map((id) => ({ id, labels: { en: id.toUpperCase() }, members: [id] })),
    },
  };
  const result: Result = {
    ...fixtureResult(),
    units: regions.map((id) => ({ id, label: id.toUpperCase(), labels: { en: id.toUpperCase() } })),
    autocorrelation: [AC],
  };
  return { result, plan, names: namesFor(result, plan, "en"), words: wordsFor("en") };
}

type Panel = { title: { text: string; subtitle: string }; data: { values: Feature[] } };
type Feature = { properties: Record<string, unknown> };
const panelsOf = (spec: VlSpec) => (spec.vconcat as { hconcat: Panel[] }[])[0]!.hconcat;

describe("the LISA cluster map", () => {
  it("colours each region by the cluster results.json gives it, year by year", () => {
    const [figure] = lisaMapFigures(context(), [MAP], { years: [2020, 2021, 2022] });
    expect(figure?.name).toBe("lisa-grid-d_spatial");
    const rows = panelsOf(figure!.spec).map((p) =>
      p.data.values.map((f) => [f.properties.region, f.properties.cluster]),
    );
    expect(rows).toEqual([
      // 2020: undefined for every tested region; r4 was dropped as an island.
      [
        ["r1", "undefined"],
        ["r2", "undefined"],
        ["r3", "undefined"],
        ["r4", "neighbourless"],
      ],
      // 2021 and 2022: the engine's clusters, not the quadrants (r2 2021 is LH but p = 0.2).
      [
        ["r1", "HH"],
        ["r2", "ns"],
        ["r3", "HL"],
        ["r4", "neighbourless"],
      ],
      [
        ["r1", "ns"],
        ["r2", "LH"],
        ["r3", "ns"],
        ["r4", "neighbourless"],
      ],
    ]);
    expect(figure?.marks).toEqual({ name: "clusters", count: 12 });
  });

  it("titles each panel with its year and cluster counts, or why it is undefined", () => {
    const [figure] = lisaMapFigures(context(), [MAP], { years: [2020, 2021] });
    expect(panelsOf(figure!.spec).map((p) => [p.title.text, p.title.subtitle])).toEqual([
      ["2020", "undefined: all values equal"],
      ["2021", "HH 1 · LL 0 · LH 0 · HL 1"],
    ]);
  });

  it("uses GeoDa's colours and legend order, with the neighbourless and undefined classes only when drawn", () => {
    const scaleOf = (spec: VlSpec) =>
      (panelsOf(spec)[0] as unknown as { encoding: { color: { scale: unknown } } }).encoding.color
        .scale;
    const [all] = lisaMapFigures(context(), [MAP], { years: [2020, 2021] });
    expect(scaleOf(all!.spec)).toEqual({
      domain: [
        "Not significant",
        "High-High",
        "Low-Low",
        "Low-High",
        "High-Low",
        "Undefined",
        "Neighbourless",
      ],
      range: ["#eeeeee", "#ff0000", "#0000ff", "#a7adf9", "#f4ada8", "#464646", "#999999"],
    });
    const ctx = context();
    const noIsland = { ...AC, dropped: [], regions: ["r1", "r2", "r3", "r4"] };
    const [plain] = lisaMapFigures(
      { ...ctx, result: { ...ctx.result, autocorrelation: [noIsland] } },
      [MAP],
      { years: [2021] },
    );
    expect((scaleOf(plain!.spec) as { domain: string[] }).domain).toEqual([
      "Not significant",
      "High-High",
      "Low-Low",
      "Low-High",
      "High-Low",
    ]);
  });

  it("by default draws the first, middle and last year whose LISA is defined", () => {
    const [figure] = lisaMapFigures(context(), [MAP]);
    expect(panelsOf(figure!.spec).map((p) => p.title.text)).toEqual(["2021", "2022"]);
  });

  it("draws a cluster unit as its member regions", () => {
    // The fixture's own units: north = r1 + r2, south = r3.
    const base = fixtureResult();
    const plan = fixturePlan();
    const ac = { ...AC, regions: ["north", "south", "r9"], dropped: [] };
    const result = { ...base, autocorrelation: [ac] };
    const ctx = { result, plan, names: namesFor(result, plan, "en"), words: wordsFor("en") };
    const [figure] = lisaMapFigures(ctx, [MAP], { years: [2021] });
    expect(
      panelsOf(figure!.spec)[0]!.data.values.map((f) => [
        f.properties.region,
        f.properties.unit,
        f.properties.cluster,
      ]),
    ).toEqual([
      ["r1", "north", "HH"],
      ["r2", "north", "HH"],
      ["r3", "south", "ns"],
    ]);
  });

  it("prints the significance level, permutations and approval number under the map", async () => {
    const [figure] = lisaMapFigures(context(), [MAP], { years: [2021, 2022] });
    const svg = await renderSvg(figure!.spec);
    expect(svg).toContain("at most 0.05");
    expect(svg).toContain("999 permutations, seed 7");
    expect(svg).toContain("Map approval number: GS(2024)0001号");
    const groups = [...svg.matchAll(/role-mark clusters_\d+_marks"[^>]*>(.*?)<\/g>/g)];
    expect(groups.map((g) => g[1]?.match(/<path/g)?.length)).toEqual([4, 4]);
    expect(svg).not.toContain("NaN");
  }, 60_000);

  it("a study without LISA, or without a map, has no LISA map", () => {
    const ctx = context();
    const { lisa: _l, ...noLisa } = AC;
    expect(
      lisaMapFigures({ ...ctx, result: { ...ctx.result, autocorrelation: [noLisa] } }, [MAP]),
    ).toEqual([]);
    expect(lisaMapFigures(ctx, [])).toEqual([]);
  });
});

describe("caption lines", () => {
  it("breaks at spaces within the width, a CJK character counting two", () => {
    expect(wrapText("aa bb cc dd", 5)).toEqual(["aa bb", "cc dd"]);
    expect(wrapText("averyveryverylongword x", 5)).toEqual(["averyveryverylongword", "x"]);
    expect(wrapText("局部莫兰指数：伪p值", 6)).toEqual(["局部莫", "兰指数", "：伪p", "值"]);
    expect(wrapText("short", 80)).toEqual(["short"]);
  });
});
