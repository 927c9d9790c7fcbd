import type { DynamicsResult } from "@ccdc/engine";
import { describe, expect, it } from "vitest";
import { namesFor } from "../render/names.js";
import { wordsFor } from "../render/words.js";
import { fixturePlan, fixtureResult } from "../testing/fixture.js";
import { defaultFigures } from "./default-set.js";
import { densityFigures } from "./density-curves.js";
import type { FigureContext } from "./figure.js";
import { renderSvg } from "./render.js";

/** A dynamics result with two years of densities on a three-point grid (values as given). */
const dynamics: DynamicsResult = {
  id: "dd",
  label: "Dynamics of D",
  labels: { en: "Dynamics of D", zh: "D 的动态" },
  subject: "analysis:internal:standard",
  units: ["north", "south"],
  years: [2020, 2021],
  groups: [],
  density: {
    kernel: "gaussian",
    kernelOrigin: "default",
    bandwidth: "nrd0",
    bandwidthOrigin: "default",
    gridOrigin: "spec",
    grid: [0, 0.5, 1],
    curves: [
      { year: 2020, h: 0.1, density: [0.25, 1.5, 0.25] },
      { year: 2021, h: 0.12, density: [0.1, 1.2, 0.7] },
    ],
  },
};

const context = (lang: "en" | "zh" = "en", withDensity = true): FigureContext => {
  const base = fixtureResult();
  const result = withDensity ? { ...base, dynamics: [dynamics] } : base;
  const plan = fixturePlan();
  return { result, plan, names: namesFor(result, plan, lang), words: wordsFor(lang) };
};

type Row = { year: number; x: number; density: number };

describe("kernel-density figure", () => {
  it("draws one curve per year whose points are the results' grid and densities", () => {
    const [f] = densityFigures(context());
    expect(f?.name).toBe("density-dd");
    expect(f?.kind).toBe("density");
    expect(f?.marks).toEqual({ name: "curves", count: 2 });
    const rows = (f!.spec.data as { values: Row[] }).values;
    const expected = dynamics.density!.curves.flatMap((c) =>
      dynamics.density!.grid.map((x, i) => ({ year: c.year, x, density: c.density[i] })),
    );
    expect(rows).toEqual(expected);
    expect(f?.title).toBe(
      "Dynamics of D: kernel density of D of Internal coupling (standard), by year",
    );
  });

  it("is in the default set, after the other kinds, only when a dynamics asks for density", () => {
    expect(defaultFigures(context()).map((f) => f.name)).toContain("density-dd");
    expect(defaultFigures(context("en", false)).some((f) => f.kind === "density")).toBe(false);
  });

  it("names things in --lang zh", () => {
    const [f] = densityFigures(context("zh"));
    expect(f?.title).toContain("D 的动态");
    expect((f!.spec.encoding as { y: { title: string } }).y.title).toBe("密度");
  });

  it("renders to SVG with one line per year", async () => {
    const [f] = densityFigures(context());
    const svg = await renderSvg(f!.spec);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("role-mark curves_marks");
  });
});
