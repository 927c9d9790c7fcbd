import { existsSync } from "node:fs";
import * as vega from "vega";
import { parse, View } from "vega";
import { compile } from "vega-lite";
import { describe, expect, it } from "vitest";
import { namesFor } from "../render/names.js";
import { wordsFor } from "../render/words.js";
import { fixturePlan, fixtureResult } from "../testing/fixture.js";
import { defaultFigures } from "./default-set.js";
import { svgRenderer } from "./render.js";
import { loadVega, runtimeContextOf, vegaBundlePath } from "./vega-libs.js";

describe("vega and vega-lite for figures", () => {
  // `pnpm test` builds first, so the bundle is there; a test run from source without a build
  // gets the libraries themselves.
  const built = existsSync(vegaBundlePath);

  it("come from the build's bundle when there is one", async () => {
    const libs = await loadVega();
    expect(libs.View === View).toBe(!built);
    expect(await loadVega()).toBe(libs);
  });

  it("draw every default figure to the same SVG bytes as the libraries themselves", async () => {
    const result = fixtureResult();
    const plan = fixturePlan();
    const ctx = { result, plan, names: namesFor(result, plan, "zh"), words: wordsFor("zh") };
    const fromBundle = await svgRenderer(await loadVega());
    const direct = await svgRenderer({
      View,
      parse,
      compile,
      runtimeContext: runtimeContextOf(vega),
    });
    for (const f of defaultFigures(ctx)) {
      expect(await fromBundle(f.spec), f.name).toBe(await direct(f.spec));
    }
  });
});
