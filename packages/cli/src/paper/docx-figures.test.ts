import type { FigureDef, PlanDraft } from "@ccdc/plan";
import { describe, expect, it } from "vitest";
import type { Figure } from "../figures/figure.js";
import type { RenderedFigure } from "../figures/figure-files.js";
import { fixturePlan, fixtureResult } from "../testing/fixture.js";
import { docxFigureSelection, docxFigures, fitted, printWidth, svgSize } from "./docx-figures.js";

const svgOf = (w: number, h: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><title>t</title></svg>`;
const rendered = (name: string, extra: Partial<Figure> = {}): RenderedFigure => ({
  figure: {
    name,
    kind: "index",
    title: `Title of ${name}`,
    spec: {},
    marks: { name: "m", count: 1 },
    ...extra,
  },
  svg: svgOf(816, 341),
});
/** The default set's names for the fixture study, and two declared figures. */
const all = [
  "fig_b",
  "fig_a",
  "index-infra",
  "index-industry",
  "index-dev",
  "coupling-internal-standard",
  "coupling-spatial-infra-product_over_mean",
  "coupling-spatial-dev-product_over_mean",
  "coupling-spatial-infra-standard",
  "coupling-spatial-dev-standard",
  "heatmap-internal-standard",
  "systems-2020-2022",
  "weights-dev",
].map((n) => rendered(n));

describe("the figures of report.docx", () => {
  it("without declared figures: the root's index, D of each analysis in its first form, the systems", () => {
    const names = docxFigureSelection(all, fixtureResult(), fixturePlan()).map(
      (r) => r.figure.name,
    );
    // The fixture's root is dev; spatial is on infra and dev, so on dev; its first form is
    // product_over_mean, internal's standard.
    expect(names).toEqual([
      "index-dev",
      "coupling-internal-standard",
      "coupling-spatial-dev-product_over_mean",
      "systems-2020-2022",
    ]);
  });

  it("with declared figures: those only, in the order they are drawn (spec order)", () => {
    const def = (id: string) => ({ id }) as unknown as FigureDef;
    const plan = {
      ...(fixturePlan() as PlanDraft),
      figures: [def("fig_b"), def("fig_a")] as PlanDraft["figures"],
    };
    const names = docxFigureSelection(all, fixtureResult(), plan).map((r) => r.figure.name);
    expect(names).toEqual(["fig_b", "fig_a"]);
  });

  it("sizes each picture as its SVG, scaled down to the page's text block", () => {
    expect(svgSize(svgOf(816, 341))).toEqual({ width: 816, height: 341 });
    // 600 / 816 = 0.7353: 341 × 0.7353 = 250.7.
    expect(fitted({ width: 816, height: 341 })).toEqual({ width: 600, height: 251 });
    // A tall figure is bounded by the height: 820 / 1000 = 0.82, 300 × 0.82 = 246.
    expect(fitted({ width: 300, height: 1000 })).toEqual({ width: 246, height: 820 });
    expect(fitted({ width: 400, height: 200 })).toEqual({ width: 400, height: 200 });
  });

  it("draws a picture at 300 px to the inch of its width on the page, at most 2×", () => {
    // Shown 600 CSS px = 6.25 in wide: 6.25 × 300 = 1875 px, not 2 × 1658 = 3316.
    expect(printWidth({ width: 1658, height: 737 })).toBe(1875);
    // 758 px shown 600 px wide would need 1875 px; 2× (1516) is the most.
    expect(printWidth({ width: 758, height: 375 })).toBe(1516);
    expect(printWidth({ width: 400, height: 200 })).toBe(800);
    // Shown 246 px wide (bounded by the height): 246 × 300 / 96 = 768.75, more than 2× (600).
    expect(printWidth({ width: 300, height: 1000 })).toBe(600);
  });

  it("takes the PNGs written with --png as they are, with the title and caption", async () => {
    const png = new Uint8Array([137, 80, 78, 71]);
    const fig = rendered("fig_a", { caption: "Under it." });
    const { figures, note } = await docxFigures(
      [fig],
      new Map([["figures/fig_a.png", png]]),
      undefined,
    );
    expect(note).toBeUndefined();
    expect(figures).toEqual([
      {
        name: "fig_a",
        title: "Title of fig_a",
        caption: "Under it.",
        png,
        width: 600,
        height: 251,
      },
    ]);
  });

  it("without PNGs and without a font: no figures, and a note that says why", async () => {
    const { figures, note } = await docxFigures([rendered("fig_a")], new Map(), undefined);
    expect(figures).toEqual([]);
    expect(note).toMatch(/report\.docx has no figures: no font/);
  });
});
