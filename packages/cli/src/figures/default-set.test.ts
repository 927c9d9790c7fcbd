import { describe, expect, it } from "vitest";
import { namesFor } from "../render/names.js";
import { wordsFor } from "../render/words.js";
import { fixturePlan, fixtureResult } from "../testing/fixture.js";
import { defaultFigures } from "./default-set.js";
import type { Figure, FigureContext } from "./figure.js";
import { renderSvg } from "./render.js";
import { GUIDE } from "./theme.js";

const context = (lang: "en" | "zh" = "en"): FigureContext => {
  const result = fixtureResult();
  const plan = fixturePlan();
  return { result, plan, names: namesFor(result, plan, lang), words: wordsFor(lang) };
};

type Row = Record<string, unknown>;
const valuesOf = (f: Figure): Row[] => (f.spec.data as { values: Row[] }).values;
const layerValues = (f: Figure, i: number): Row[] =>
  ((f.spec.layer as { data: { values: Row[] } }[])[i]?.data.values ?? []) as Row[];
const byName = (figures: Figure[], name: string): Figure => {
  const f = figures.find((x) => x.name === name);
  if (!f) throw new Error(`no figure ${name}: ${figures.map((x) => x.name).join(", ")}`);
  return f;
};

describe("the default figures", () => {
  const ctx = context();
  const figures = defaultFigures(ctx);

  it("has every kind, with unique names", () => {
    expect(figures.map((f) => f.name)).toEqual([
      "index-infra",
      "index-industry",
      "index-dev",
      "coupling-internal-standard",
      "coupling-spatial-infra-product_over_mean",
      "coupling-spatial-dev-product_over_mean",
      "coupling-spatial-infra-standard",
      "coupling-spatial-dev-standard",
      "heatmap-internal-standard",
      "heatmap-spatial-product_over_mean",
      "heatmap-spatial-standard",
      "systems-2020-2022",
      "weights-infra",
      "weights-dev",
    ]);
  });

  it("plots each node's index by unit and year, the values of the results", () => {
    for (const node of ctx.result.nodes) {
      const values = valuesOf(byName(figures, `index-${node.id}`));
      expect(values).toHaveLength(ctx.result.units.length * ctx.result.years.length);
      for (const v of values) {
        const y = ctx.result.years.indexOf(v.year as number);
        expect(v.index).toBe(node.index[v.unitId as string]?.[y]);
      }
    }
  });

  it("plots D of each coupling row with the scale's bands behind, labelled by level", () => {
    const f = byName(figures, "coupling-spatial-infra-standard");
    expect(layerValues(f, 0).map((b) => [b.lower, b.upper, b.name])).toEqual(
      fixturePlan().scales[0]?.levels.map((l) => [l.lower, l.upper, `${l.level} ${l.labels.en}`]),
    );
    // The one row of spatial/standard on infra: D 0.4, 0.45, 0.55.
    expect(layerValues(f, 2).map((v) => [v.series, v.year, v.D])).toEqual([
      ["North + South", 2020, 0.4],
      ["North + South", 2021, 0.45],
      ["North + South", 2022, 0.55],
    ]);
    expect(f.marks).toEqual({ name: "lines", count: 1 });
  });

  it("colours each heatmap cell by its grade and shows the level", () => {
    const f = byName(figures, "heatmap-internal-standard");
    const cells = valuesOf(f).map((v) => [v.row, v.year, v.D, v.level]);
    expect(cells).toEqual([
      ["North", 2020, 0.6, 2],
      ["North", 2021, 0.65, 2],
      ["North", 2022, 0.7, 2],
      ["South", 2020, 0.2, 1],
      ["South", 2021, 0.3, 1],
      ["South", 2022, 0.4, 1],
    ]);
    expect(f.marks.count).toBe(6);
  });

  it("compares the system indices of the first and last year (two systems: grouped bars)", () => {
    const values = valuesOf(byName(figures, "systems-2020-2022"));
    expect(values.map((v) => [v.unitId, v.systemId, v.year, v.index])).toEqual([
      ["north", "infra", "2020", 0.4],
      ["north", "infra", "2022", 0.6],
      ["north", "industry", "2020", 0.55],
      ["north", "industry", "2022", 0.75],
      ["south", "infra", "2020", 0.1],
      ["south", "infra", "2022", 0.2],
      ["south", "industry", "2020", 0.05],
      ["south", "industry", "2022", 0.31],
    ]);
  });

  it("with three systems or more, the systems figure is a radar of the first and last year", () => {
    const result = fixtureResult();
    const digit = {
      ...result.nodes[1]!,
      id: "digit",
      label: "Digitization",
      labels: { en: "Digitization" },
      index: { north: [0.3, 0.35, 0.9], south: [0.2, 0.25, 0.5] },
    };
    const three = { ...result, nodes: [...result.nodes, digit] };
    const plan = fixturePlan();
    const f = byName(
      defaultFigures({
        result: three,
        plan,
        names: namesFor(three, plan, "en"),
        words: wordsFor("en"),
      }),
      "systems-2020-2022",
    );
    expect([f.kind, f.title]).toEqual(["radar", "System indices of each unit, 2020 and 2022"]);
    // One closed polygon (three vertices and the first again) per unit and year: 2 × 2.
    expect(f.marks).toEqual({ name: "polygons", count: 4 });
    type Layer = { name?: string; mark: Record<string, unknown>; data: { values: Row[] } };
    const panels = f.spec.concat as { layer: Layer[] }[];
    const north = panels[0]!.layer.find((l) => l.name === "polygons_0")!.data.values;
    expect(north.map((v) => [v.year, v.node, v.index])).toEqual([
      ["2020", "Infrastructure", 0.4],
      ["2020", "Industry", 0.55],
      ["2020", "Digitization", 0.3],
      ["2020", "Infrastructure", 0.4],
      ["2022", "Infrastructure", 0.6],
      ["2022", "Industry", 0.75],
      ["2022", "Digitization", 0.9],
      ["2022", "Infrastructure", 0.6],
    ]);
    // Vertex k of 3 at angle π/2 − 2πk/3: Industry 0.55 in 2020 at −π/6, i.e.
    // (0.55·cos(π/6), −0.55·sin(π/6)) = (0.47631, −0.275).
    expect(north[1]!.x).toBeCloseTo(0.47631, 5);
    expect(north[1]!.y).toBeCloseTo(-0.275, 10);
    // The spokes (the axes read from a label to a vertex) are drawn darker and wider than the
    // rings, so they survive a PNG scaled into a page; the inner rings' values beside the top
    // spoke (radius 1: no index above 1 here).
    const [rings, spokes] = panels[0]!.layer;
    expect(spokes!.mark).toMatchObject({ color: GUIDE.axis.color, strokeWidth: 1 });
    expect(rings!.mark).toMatchObject({ color: GUIDE.grid.color });
    expect(GUIDE.axis.width).toBeGreaterThan(GUIDE.grid.width);
    const luminance = (hex: string) => Number.parseInt(hex.slice(1, 3), 16);
    expect(luminance(GUIDE.axis.color)).toBeLessThan(luminance(GUIDE.grid.color));
    const ringLabels = panels[0]!.layer.find(
      (l) => l.mark.type === "text" && l.mark.align === "left",
    );
    expect(ringLabels!.data.values.map((v) => [v.text, v.y])).toEqual([
      ["0.25", 0.25],
      ["0.5", 0.5],
      ["0.75", 0.75],
    ]);
  });

  it("draws the weights of each weighted node", () => {
    const values = valuesOf(byName(figures, "weights-dev"));
    expect(values.map((v) => [v.childId, v.weight])).toEqual([
      ["infra", 0.25],
      ["industry", 0.75],
    ]);
  });

  it("uses Chinese labels with --lang zh where the study has them", () => {
    const zh = defaultFigures(context("zh"));
    const values = valuesOf(byName(zh, "index-dev"));
    expect(values.map((v) => v.unit)).toContain("北方");
    expect(byName(zh, "index-dev").title).toContain("各单元历年指数");
  });

  it("renders every figure to the same SVG twice, with the named mark drawn", async () => {
    for (const f of figures) {
      const svg = await renderSvg(f.spec);
      expect(svg.startsWith("<svg")).toBe(true);
      expect(await renderSvg(f.spec)).toBe(svg);
      expect(svg).toContain(`role-mark ${f.marks.name}_marks`);
    }
  }, 60_000);
});
