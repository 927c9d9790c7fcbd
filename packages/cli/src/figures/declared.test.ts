import { FIGURE_KINDS_BY_MEASURE } from "@ccdc/dsl";
import type { FigureDef, FigureShow, PlanDraft } from "@ccdc/plan";
import { describe, expect, it } from "vitest";
import { namesFor } from "../render/names.js";
import { wordsFor } from "../render/words.js";
import { fixturePlan, fixtureResult } from "../testing/fixture.js";
import { builderFor, declaredFigures } from "./declared.js";
import type { Figure, FigureContext } from "./figure.js";
import { renderSvg } from "./render.js";

type Row = Record<string, unknown>;

/** The fixture study with `figures` declared. */
const context = (figures: FigureDef[], lang: "en" | "zh" = "en"): FigureContext => {
  const result = fixtureResult();
  const plan = { ...(fixturePlan() as PlanDraft), figures: figures as PlanDraft["figures"] };
  return { result, plan, names: namesFor(result, plan, lang), words: wordsFor(lang) };
};
const all = [2020, 2021, 2022];
const base = { kindOrigin: "spec", yearsOrigin: "default" } as const;

/** Every data row of a figure's spec, wherever it sits (layers, panels). */
function rows(spec: unknown, out: Row[] = []): Row[] {
  if (Array.isArray(spec)) for (const x of spec) rows(x, out);
  else if (spec && typeof spec === "object") {
    for (const [k, v] of Object.entries(spec)) {
      if (k === "values" && Array.isArray(v)) out.push(...(v as Row[]));
      else rows(v, out);
    }
  }
  return out;
}

describe("declared figures", () => {
  it("every kind the checker lets a measure take has a builder", () => {
    const pairs = Object.entries(FIGURE_KINDS_BY_MEASURE).flatMap(([measure, kinds]) =>
      kinds.map((kind) => [measure as FigureShow["measure"], kind] as const),
    );
    expect(pairs.length).toBeGreaterThan(12);
    for (const [measure, kind] of pairs)
      expect(builderFor(measure, kind), `${measure}/${kind}`).toBeDefined();
  });

  it("index lines: one panel per node in the spec's order, narrowed to its units and years", async () => {
    const [f] = declaredFigures(
      context([
        {
          id: "fig_i",
          title: { en: "Indices", zh: "指数" },
          caption: { en: "Figure 1." },
          show: { measure: "index", nodes: ["dev", "infra"] },
          kind: "lines",
          ...base,
          units: ["south"],
          years: [2021, 2022],
        },
      ]),
      [],
    ) as [Figure];
    expect(f.name).toBe("fig_i");
    expect(f.title).toBe("Indices");
    expect(f.caption).toBe("Figure 1.");
    expect(f.marks).toEqual({ name: "lines", count: 2 });
    const concat = f.spec.concat as { title: string }[];
    expect(concat.map((p) => p.title)).toEqual([
      "Development: index by unit, over the years",
      "Infrastructure: index by unit, over the years",
    ]);
    // South's indices (fixture: dev 0.0001, 0.2, 0.3; infra 0.1, 0.15, 0.2) in 2021 and 2022.
    expect(rows(f.spec).map((r) => [r.unitId, r.year, r.index])).toEqual([
      ["south", 2021, 0.2],
      ["south", 2022, 0.3],
      ["south", 2021, 0.15],
      ["south", 2022, 0.2],
    ]);
    const svg = await renderSvg(f.spec);
    expect(svg).toContain("Indices");
    expect(svg.match(/class="mark-line role-mark lines_\d_marks"/g)?.length).toBe(2);
  });

  it("D lines of a between analysis on one node: the form and node declared", async () => {
    const [f] = declaredFigures(
      context([
        {
          id: "fig_d",
          show: {
            measure: "D",
            analysis: "spatial",
            form: "standard",
            formOrigin: "spec",
            nodes: ["dev"],
          },
          kind: "lines",
          ...base,
          years: all,
        },
      ]),
      [],
    ) as [Figure];
    // Fixture: spatial, standard, (north, south) on dev: D 0.15, 0.25, 0.35.
    const d = rows(f.spec).filter((r) => "D" in r && "series" in r);
    expect(d.map((r) => r.D)).toEqual([0.15, 0.25, 0.35]);
    expect(f.title).toBe("Spatial coupling on Development (standard): D over the years");
    await renderSvg(f.spec);
  });

  it("C and T lines, without grade bands", () => {
    const [c, t] = declaredFigures(
      context([
        {
          id: "fig_c",
          show: { measure: "C", analysis: "internal", form: "standard", formOrigin: "default" },
          kind: "lines",
          ...base,
          years: all,
        },
        {
          id: "fig_t",
          show: { measure: "T", analysis: "internal", form: "standard", formOrigin: "default" },
          kind: "lines",
          ...base,
          years: [2022],
        },
      ]),
      [],
    ) as [Figure, Figure];
    expect(rows(c.spec).map((r) => r.C)).toEqual([0.9, 0.9, 0.9, 0.9, 0.9, 0.9]);
    expect(rows(c.spec).some((r) => "lower" in r)).toBe(false);
    // Fixture T = D² / 0.9 in 2022: north 0.7² / 0.9, south 0.4² / 0.9.
    expect(rows(t.spec).map((r) => r.T)).toEqual([0.49 / 0.9, (0.4 * 0.4) / 0.9]);
  });

  it("a radar: one polygon per unit and year over the nodes, closed", async () => {
    const [f] = declaredFigures(
      context([
        {
          id: "fig_r",
          show: { measure: "index", nodes: ["dev", "infra", "industry"] },
          kind: "radar",
          ...base,
          years: [2020, 2022],
        },
      ]),
      [],
    ) as [Figure];
    expect(f.marks).toEqual({ name: "polygons", count: 4 });
    const north2022 = rows(f.spec).filter(
      (r) => r.unit === "North" && r.year === "2022" && "order" in r && "index" in r,
    );
    // dev, infra, industry in 2022 for north: 0.70049, 0.6, 0.75, then dev again to close.
    expect(north2022.map((r) => r.index)).toEqual([0.70049, 0.6, 0.75, 0.70049]);
    // Vertex k of 3 at angle π/2 − 2πk/3: dev straight up, at (0, r).
    expect(north2022[0]?.x).toBeCloseTo(0, 12);
    expect(north2022[0]?.y).toBeCloseTo(0.70049, 12);
    // infra at −30°: (r cos(−π/6), r sin(−π/6)) = (0.6·√3/2, −0.3).
    expect(north2022[1]?.x).toBeCloseTo((0.6 * Math.sqrt(3)) / 2, 12);
    expect(north2022[1]?.y).toBeCloseTo(-0.3, 12);
    const svg = await renderSvg(f.spec);
    // A line group per unit and year (vega groups a line mark by series), one path each.
    const groups = svg.split(/<g class="mark-line role-mark polygons_\d_marks"[^>]*>/).slice(1);
    expect(groups.map((g) => g.split("</g>")[0]?.match(/<path /g)?.length)).toEqual([1, 1, 1, 1]);
  });

  it("bars, a heatmap of an index, weights and a heatmap of D", async () => {
    const figures = declaredFigures(
      context([
        {
          id: "fig_b",
          show: { measure: "index", nodes: ["infra", "industry"] },
          kind: "bars",
          ...base,
          years: [2020, 2021, 2022],
        },
        {
          id: "fig_h",
          show: { measure: "index", nodes: ["dev"] },
          kind: "heatmap",
          ...base,
          units: ["north"],
          years: all,
        },
        {
          id: "fig_w",
          show: { measure: "weights", nodes: ["infra"] },
          kind: "bars",
          ...base,
          years: all,
        },
        {
          id: "fig_dh",
          show: { measure: "D", analysis: "internal", form: "standard", formOrigin: "default" },
          kind: "heatmap",
          ...base,
          years: all,
        },
      ]),
      [],
    );
    expect(figures.map((f) => f.name)).toEqual(["fig_b", "fig_h", "fig_w", "fig_dh"]);
    const [b, h, w, dh] = figures as [Figure, Figure, Figure, Figure];
    expect(b.marks.count).toBe(2 * 2 * 3);
    expect(rows(h.spec).map((r) => r.index)).toEqual([0.5, 0.6, 0.70049]);
    expect(rows(w.spec).map((r) => [r.childId, r.weight])).toEqual([
      ["cable", 0.4],
      ["ports", 0.6],
    ]);
    expect(dh.marks.count).toBe(6);
    for (const f of figures) await renderSvg(f.spec);
  });

  it("titles and captions in the chosen language, else English", () => {
    const ctx = context(
      [
        {
          id: "fig_i",
          title: { en: "Indices", zh: "指数" },
          caption: { en: "Figure 1." },
          show: { measure: "index", nodes: ["dev"] },
          kind: "lines",
          ...base,
          years: all,
        },
      ],
      "zh",
    );
    const [f] = declaredFigures(ctx, []) as [Figure];
    expect([f.title, f.caption]).toEqual(["指数", "Figure 1."]);
    expect(ctx.names.untranslated).toContain("caption fig_i");
  });

  it("a title or caption declared only in Chinese is shown in Chinese under --lang en, not the id", () => {
    const ctx = context([
      {
        id: "fig_i",
        title: { zh: "指数" },
        caption: { zh: "图1 各单元指数" },
        show: { measure: "index", nodes: ["dev"] },
        kind: "lines",
        ...base,
        years: all,
      },
    ]);
    const [f] = declaredFigures(ctx, []) as [Figure];
    expect([f.title, f.caption]).toEqual(["指数", "图1 各单元指数"]);
    expect(ctx.names.untranslated).toEqual(["caption fig_i", "figure fig_i"]);
  });
});
