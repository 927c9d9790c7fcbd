import { describe, expect, it } from "vitest";
import { describeFigure, svgWithTitle } from "./caption.js";
import type { Figure } from "./figure.js";
import { renderSvg } from "./render.js";

const figure = (extra: Partial<Figure> = {}): Figure => ({
  name: "fig",
  kind: "index",
  title: "Indices & more",
  marks: { name: "points", count: 1 },
  spec: {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: "Indices & more",
    data: { values: [{ x: 1, y: 2 }] },
    name: "points",
    mark: "point",
    encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" } },
  },
  ...extra,
});

describe("a figure's caption in its spec and its SVG", () => {
  it("draws a declared caption as the title's subtitle, in lines, and describes the spec", () => {
    const caption =
      "Each system's index and the comprehensive index by cluster, 2013-2021, as the paper shows them.";
    const f = describeFigure(figure({ caption }));
    expect(f.spec.title).toEqual({
      text: "Indices & more",
      subtitle: [
        "Each system's index and the comprehensive index by cluster, 2013-2021, as the",
        "paper shows them.",
      ],
    });
    expect(f.spec.description).toBe(`Indices & more\n${caption}`);
  });

  it("keeps a title object's own subtitle above the caption", () => {
    const base = figure({ caption: "Caption." });
    const f = describeFigure({
      ...base,
      spec: { ...base.spec, title: { text: "T", subtitle: "s" } },
    });
    expect(f.spec.title).toEqual({ text: "T", subtitle: ["s", "Caption."] });
  });

  it("leaves a figure without caption its title, with a description", () => {
    const f = describeFigure(figure());
    expect(f.spec.title).toBe("Indices & more");
    expect(f.spec.description).toBe("Indices & more");
  });

  it("puts <title> and <desc> first in the SVG, escaped, and draws the caption", async () => {
    const f = describeFigure(
      figure({ caption: "Under <the> title.", approval: "审图号：GS(2019)1822号" }),
    );
    const svg = svgWithTitle(await renderSvg(f.spec), f);
    expect(svg).toMatch(
      /^<svg [^>]*><title>Indices &amp; more<\/title><desc>Under &lt;the&gt; title\.\n审图号：GS\(2019\)1822号<\/desc><rect /,
    );
    expect(svg).toContain("role-title-subtitle");
    expect(svg).toMatch(/>Under &lt;the&gt; title\.<\/text>/);
  });

  it("gives a figure without caption a <title> only", async () => {
    const f = describeFigure(figure());
    const svg = svgWithTitle(await renderSvg(f.spec), f);
    expect(svg).toContain("<title>Indices &amp; more</title><rect");
    expect(svg).not.toContain("<desc>");
  });
});
