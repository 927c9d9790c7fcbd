import type { Result } from "@ccdc/engine";
import { describe, expect, it } from "vitest";
import { namesFor } from "../render/names.js";
import { wordsFor } from "../render/words.js";
import { fixturePlan, fixtureResult } from "../testing/fixture.js";
import type { FigureContext, VlSpec } from "./figure.js";
import { moranScatterFigures } from "./moran-scatter.js";
import { renderSvg } from "./render.js";

const lisa = (year: number, z: number[], lag: number[], cluster: string[]) => ({
  year,
  defined: true as const,
  I: z.map((v, i) => v * (lag[i] ?? 0)),
  quadrant: z.map((v, i) =>
    v >= 0 ? ((lag[i] ?? 0) >= 0 ? "HH" : "HL") : (lag[i] ?? 0) >= 0 ? "LH" : "LL",
  ) as ("HH" | "LH" | "LL" | "HL")[],
  z,
  lag,
  p_sim: z.map(() => 0.01),
  cluster: cluster as ("HH" | "LH" | "LL" | "HL" | "ns")[],
});

const context = (): FigureContext => {
  const result: Result = {
    ...fixtureResult(),
    autocorrelation: [
      {
        id: "d_spatial",
        label: "Spatial autocorrelation",
        labels: { en: "Spatial autocorrelation", zh: "空间自相关" },
        values: "D of internal (standard)",
        weights: "adjacency",
        permutations: 99,
        seed: 1,
        significance: 0.05,
        regions: ["r1", "r2", "r3"],
        dropped: [],
        moran: [
          { year: 2020, defined: false, reason: "constant values" },
          {
            year: 2022,
            defined: true,
            I: 0.6,
            EI: -0.5,
            VI_norm: null,
            VI_rand: null,
            z_norm: null,
            z_rand: null,
            p_norm: null,
            p_rand: null,
            p_sim: 0.2,
          },
        ],
        lisa: [
          { year: 2020, defined: false, reason: "constant values" },
          lisa(2021, [0.5, 0.5, -1], [0, 0, 0], ["ns", "ns", "ns"]),
          lisa(2022, [1, 0, -1], [0.5, 0.2, -0.7], ["HH", "ns", "LL"]),
        ],
      },
    ],
  };
  const plan = fixturePlan();
  return { result, plan, names: namesFor(result, plan, "en"), words: wordsFor("en") };
};

describe("the Moran scatter plot", () => {
  const [figure] = moranScatterFigures(context());
  const panels = (figure?.spec.hconcat ?? []) as VlSpec[];
  const layerValues = (panel: VlSpec, i: number) =>
    (panel.layer as { data: { values: Record<string, unknown>[] } }[])[i]?.data.values ?? [];

  it("draws each region at (z, Wz) for the defined years (first, middle, last of them)", () => {
    expect(figure?.name).toBe("moran-d_spatial");
    expect(panels.map((p) => p.title)).toEqual(["2021", "2022: I = 0.600"]);
    expect(figure?.marks).toEqual({ name: "points", count: 6 });
    expect(layerValues(panels[1]!, 1).map((v) => [v.region, v.z, v.lag, v.cluster])).toEqual([
      ["r1", 1, 0.5, "HH"],
      ["r2", 0, 0.2, "ns"],
      ["r3", -1, -0.7, "LL"],
    ]);
  });

  it("draws the least-squares line through the origin: slope Σ z·Wz / Σ z²", () => {
    // 2022: Σ z·Wz = 1·0.5 + 0·0.2 + (−1)(−0.7) = 1.2, Σ z² = 2, slope 0.6; the axes reach
    // 1.1 × max(1, |z|, |Wz|) = 1.1, so the line runs from (−1.1, −0.66) to (1.1, 0.66).
    const line = layerValues(panels[1]!, 2);
    expect(line[0]?.x).toBeCloseTo(-1.1, 12);
    expect(line[0]?.y).toBeCloseTo(-0.66, 12);
    expect(line[1]?.y).toBeCloseTo(0.66, 12);
  });

  it("renders, with a point per region and year", async () => {
    const svg = await renderSvg(figure!.spec);
    // One symbol group per year panel, with a path per region.
    const groups = svg.split(/<g class="mark-symbol role-mark points_\d_marks"[^>]*>/).slice(1);
    expect(groups.map((g) => g.split("</g>")[0]?.match(/<path /g)?.length)).toEqual([3, 3]);
  });

  it("draws the chosen years, a year whose LISA is undefined as a panel saying why", () => {
    const [chosen] = moranScatterFigures(context(), {
      autocorrelation: "d_spatial",
      years: [2020, 2022],
    });
    const chosenPanels = (chosen?.spec.hconcat ?? []) as VlSpec[];
    expect(chosenPanels.map((p) => p.title)).toEqual(["2020", "2022: I = 0.600"]);
    expect(chosenPanels[0]?.data).toEqual({ values: [{ text: "undefined: constant values" }] });
    expect(chosen?.marks.count).toBe(3);
    expect(moranScatterFigures(context(), { autocorrelation: "other" })).toEqual([]);
  });

  it("a study without LISA has no Moran figure", () => {
    const ctx = context();
    expect(moranScatterFigures({ ...ctx, result: fixtureResult() })).toEqual([]);
  });
});
