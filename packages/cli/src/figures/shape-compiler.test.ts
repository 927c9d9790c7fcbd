import { parse, type Spec } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { describe, expect, it } from "vitest";
import { namesFor } from "../render/names.js";
import { wordsFor } from "../render/words.js";
import { fixturePlan, fixtureResult } from "../testing/fixture.js";
import { describeFigure } from "./caption.js";
import { defaultFigures } from "./default-set.js";
import type { VlSpec } from "./figure.js";
import { type Compiled, cutSpec, ShapeCompiler } from "./shape-compiler.js";

/** vega-lite's compile, counted. */
const counted = () => {
  const calls = { n: 0 };
  const fn = (spec: VlSpec): Compiled => {
    calls.n++;
    return compile(spec as unknown as TopLevelSpec).spec as unknown as Compiled;
  };
  return { calls, fn };
};
const direct = (spec: VlSpec): string =>
  JSON.stringify(compile(spec as unknown as TopLevelSpec).spec);

/** A line chart of `values`, titled `title`, with a colour domain of `series`. */
const lines = (title: string, series: string[], values: unknown[]): VlSpec => ({
  title,
  data: { values },
  mark: "line",
  encoding: {
    x: { field: "year", type: "ordinal", title: "Year" },
    y: { field: "v", type: "quantitative", title: "Index" },
    color: { field: "s", type: "nominal", title: "Unit", scale: { domain: series } },
  },
});

describe("ShapeCompiler", () => {
  it("gives, key order included, what vega-lite gives for every default figure, en and zh", () => {
    for (const lang of ["en", "zh"] as const) {
      const result = fixtureResult();
      const plan = fixturePlan();
      const ctx = { result, plan, names: namesFor(result, plan, lang), words: wordsFor(lang) };
      // As paperFigures draws them: with their description (and a caption, on some).
      const figures = defaultFigures(ctx).map((f, i) =>
        describeFigure(i % 3 === 0 ? { ...f, caption: `Caption ${i}, the unit's "D".` } : f),
      );
      const { calls, fn } = counted();
      const compiler = new ShapeCompiler(fn);
      for (const f of figures) {
        expect(JSON.stringify(compiler.compile(f.spec)), f.name).toBe(direct(f.spec));
      }
      // The figures of one kind on other nodes or forms share a shape.
      expect(calls.n).toBeLessThan(figures.length);
    }
  });

  it("gives what vega's parse gives after vega-lite, for every default figure", () => {
    const result = fixtureResult();
    const plan = fixturePlan();
    const ctx = { result, plan, names: namesFor(result, plan, "zh"), words: wordsFor("zh") };
    const toRuntime = (spec: VlSpec) =>
      parse(compile(spec as unknown as TopLevelSpec).spec as Spec) as unknown as Compiled;
    const compiler = new ShapeCompiler(toRuntime);
    for (const f of defaultFigures(ctx)) {
      expect(JSON.stringify(compiler.compile(f.spec)), f.name).toBe(
        JSON.stringify(toRuntime(f.spec)),
      );
    }
  });

  it("compiles once for charts that differ only in data, titles and category names", () => {
    const { calls, fn } = counted();
    const compiler = new ShapeCompiler(fn);
    const a = lines("Alpha", ["a", "b"], [{ year: 1, v: 0.5, s: "a" }]);
    const b = lines("Beta: β", ["c", "d"], [{ year: 2, v: 0.7, s: "d" }]);
    expect(JSON.stringify(compiler.compile(a))).toBe(direct(a));
    expect(JSON.stringify(compiler.compile(b))).toBe(direct(b));
    expect(calls.n).toBe(1);
  });

  it("compiles directly when a title that lands inside an expression has a quote", () => {
    // vega-lite writes axis titles into the marks' ARIA description expressions.
    const { calls, fn } = counted();
    const compiler = new ShapeCompiler(fn);
    const plain = lines("T", ["a"], [{ year: 1, v: 1, s: "a" }]);
    const quoted = {
      ...plain,
      encoding: {
        ...(plain.encoding as object),
        y: { field: "v", type: "quantitative", title: 'the "D"' },
      },
    };
    expect(JSON.stringify(compiler.compile(quoted))).toBe(direct(quoted));
    expect(calls.n).toBe(2); // the shape, then the spec itself
  });

  it("makes a figure's description and subtitle lines holes, so described figures share a shape", () => {
    const { calls, fn } = counted();
    const compiler = new ShapeCompiler(fn);
    const described = (title: string, caption: string) =>
      describeFigure({
        name: "f",
        kind: "index",
        title,
        caption,
        spec: lines(title, ["a"], [{ year: 1, v: 1, s: "a" }]),
        marks: { name: "lines", count: 1 },
      }).spec;
    const specs = [described("A", "First caption."), described("B", "Second, longer caption.")];
    expect(cutSpec(specs[0]!).key).toBe(cutSpec(specs[1]!).key);
    for (const spec of specs) expect(JSON.stringify(compiler.compile(spec))).toBe(direct(spec));
    expect(calls.n).toBe(1);
  });

  it("compiles a spec directly when no other announced spec has its shape", () => {
    const { calls, fn } = counted();
    const single = lines('It\'s the "D"', ["a"], [{ year: 1, v: 1, s: "a" }]);
    const pair = [1, 2].map((k) => ({ ...lines(`T${k}`, ["a"], []), mark: "point" }));
    const compiler = new ShapeCompiler(fn, [single, ...pair]);
    for (const spec of [single, ...pair]) {
      expect(JSON.stringify(compiler.compile(spec))).toBe(direct(spec));
    }
    expect(calls.n).toBe(2); // the single spec itself, the pair's shape
  });

  it("gives equal values one hole, so merged axis titles and data sources stay merged", () => {
    const layered = (t1: string, t2: string): VlSpec => ({
      layer: [
        {
          data: { values: [{ x: 1 }] },
          mark: "point",
          encoding: { y: { field: "x", type: "quantitative", title: t1 } },
        },
        {
          data: { values: [{ x: 1 }] },
          mark: "rule",
          encoding: { y: { field: "x", type: "quantitative", title: t2 } },
        },
      ],
    });
    const same = cutSpec(layered("D", "D"));
    const differ = cutSpec(layered("D", "C"));
    expect(same.fills).toEqual([[{ x: 1 }], "D"]);
    expect(same.key).not.toBe(differ.key);
    const compiler = new ShapeCompiler(counted().fn);
    for (const spec of [layered("D", "D"), layered("D", "C"), layered("E", "E")]) {
      expect(JSON.stringify(compiler.compile(spec))).toBe(direct(spec));
    }
  });

  it("makes an explicit sort order of labels holes, so bar charts of other labels share a shape", () => {
    const bars = (labels: string[]): VlSpec => ({
      data: { values: labels.map((child, i) => ({ child, weight: i / 10 })) },
      mark: "bar",
      encoding: {
        y: { field: "child", type: "nominal", sort: labels },
        x: { field: "weight", type: "quantitative" },
      },
    });
    const { calls, fn } = counted();
    const compiler = new ShapeCompiler(fn);
    for (const spec of [bars(["b", "a", "c"]), bars(["Z y", "x", "w"])]) {
      expect(JSON.stringify(compiler.compile(spec))).toBe(direct(spec));
    }
    expect(calls.n).toBe(1);
  });

  it("leaves empty titles and empty data arrays in the shape", () => {
    const cut = cutSpec(lines("", [], []));
    expect(cut.fills).toEqual(["Year", "Index", "Unit"]);
    expect((cut.shape as { title: string }).title).toBe("");
  });
});
