import { expect, test } from "vitest";
import { compileSpec } from "../compile.js";
import { edit, MINI } from "./spec-fixture.js";

const diags = (src: string) => compileSpec(src, "t.ccd").diagnostics;
const codes = (src: string) => diags(src).map((d) => d.code);
const perYear = (src: string) =>
  edit(src, ["index total", "method { normalize scope per_year }\nindex total"]);
/** MINI at region level: three units. */
const REGIONS = edit(
  MINI,
  ["units clusters", "units regions"],
  ['cluster north "North" { a, b }\ncluster south "South" { c }\n', ""],
  ["between pairs", "between triples"],
);

test("pooled scope: nothing to say", () => {
  expect(codes(MINI)).toEqual([]);
});

test("W0907: two units under per_year; W0908: growth of per-year indices", () => {
  // MINI has two units (clusters north and south).
  const d = diags(perYear(MINI));
  expect(d.map((x) => x.code)).toEqual(["W0907", "W0908"]);
  expect(d[0]?.message).toBe(
    "with `scope per_year` and two units, every normalised indicator is the shift or 1 + shift in every year",
  );
});

test("W0907: a node weighting one column pins its lowest unit to the shift", () => {
  // Three units; each system has one indicator, the root (flat) has two.
  const d = diags(perYear(REGIONS));
  expect(d.map((x) => [x.code, x.message])).toEqual([
    ["W0908", "the average growth rates will be those of per-year-normalised indices"],
    [
      "W0907",
      "with `scope per_year`, the index of `econ` (one indicator) is 0.0001 for the lowest unit in every year",
    ],
    [
      "W0907",
      "with `scope per_year`, the index of `land` (one indicator) is 0.0001 for the lowest unit in every year",
    ],
  ]);
});

test("W0908 needs more than one year", () => {
  const src = edit(perYear(REGIONS), ["period 2020 to 2022", "period 2020 to 2020"]);
  expect(codes(src)).not.toContain("W0908");
});
