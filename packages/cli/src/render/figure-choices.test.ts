import type { Plan, PlanDraft } from "@ccdc/plan";
import { describe, expect, it } from "vitest";
import type { Block } from "./document.js";
import { figureChoiceBlocks } from "./figure-choices.js";
import { reportWords } from "./words.js";

const plan = (figures: unknown[]) => ({ figures }) as unknown as PlanDraft as Plan;

const rows = (blocks: Block[]) => {
  const t = blocks.find((b) => b.kind === "table");
  return t?.kind === "table" ? [t.header, ...t.rows] : [];
};

describe("figureChoiceBlocks", () => {
  it("prints nothing without declared figures", () => {
    expect(figureChoiceBlocks(plan([]), reportWords())).toEqual([]);
  });

  it("marks each choice the spec left out as the default, and not the others", () => {
    const blocks = figureChoiceBlocks(
      plan([
        {
          id: "a",
          show: { measure: "index", nodes: ["x", "y"] },
          kind: "lines",
          kindOrigin: "default",
          years: [2013, 2014, 2015],
          yearsOrigin: "default",
        },
        {
          id: "b",
          show: {
            measure: "D",
            analysis: "between",
            form: "standard",
            formOrigin: "default",
            nodes: ["x"],
          },
          kind: "heatmap",
          kindOrigin: "spec",
          units: ["u1", "u2"],
          years: [2013, 2015],
          yearsOrigin: "spec",
        },
        {
          id: "c",
          show: { measure: "D", analysis: "internal", form: "standard", formOrigin: "spec" },
          kind: "lisa_map",
          kindOrigin: "spec",
          years: [2013, 2014, 2015],
          yearsOrigin: "default",
          map: "squares",
          from: "d_lisa",
          fromOrigin: "default",
        },
        {
          id: "d",
          show: { measure: "weights", nodes: ["root"] },
          kind: "density",
          kindOrigin: "spec",
          years: [2013],
          yearsOrigin: "spec",
          from: "dyn",
          fromOrigin: "spec",
        },
      ]),
      reportWords(),
    );
    expect(blocks[0]).toEqual({ kind: "heading", level: 3, text: "Declared figures" });
    expect(rows(blocks)).toEqual([
      ["figure", "shows", "kind", "units", "years", "drawn from"],
      ["a", "index of x, y", "lines (default)", "every unit (default)", "2013-2015 (default)", ""],
      ["b", "D of between, standard (default), on x", "heatmap", "u1, u2", "2013, 2015", ""],
      [
        "c",
        "D of internal, standard",
        "lisa_map",
        "every unit (default)",
        "2013-2015 (default)",
        "d_lisa (default), map squares",
      ],
      // density and moran draw every unit: no choice, so no "(default)".
      ["d", "weights of root", "density", "every unit", "2013", "dyn"],
    ]);
  });

  it("leaves out the last column when no figure draws from another declaration or a map", () => {
    const blocks = figureChoiceBlocks(
      plan([
        {
          id: "a",
          show: { measure: "index", nodes: ["x"] },
          kind: "lines",
          kindOrigin: "spec",
          years: [2013],
          yearsOrigin: "spec",
        },
      ]),
      reportWords("zh"),
    );
    expect(rows(blocks)).toEqual([
      ["图", "内容", "类型", "单元", "年份"],
      ["a", "x 的指数", "lines", "全部单元（默认）", "2013"],
    ]);
  });
});
