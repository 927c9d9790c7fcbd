import { expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { MINI } from "./spec-fixture.js";

test("E1039: spatial_weights and autocorrelation are refused, not ignored", () => {
  const src = `${MINI}\nspatial_weights w { neighbours "n.csv" }\nautocorrelation ac { values inner }\n`;
  expect(compileSpec(src, "t.ccd").diagnostics.map((d) => d.code)).toEqual(["E1039", "E1039"]);
});
