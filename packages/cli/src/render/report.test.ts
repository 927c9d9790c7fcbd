import { describe, expect, test } from "vitest";
import { fixturePlan, fixtureResult } from "../testing/fixture.js";
import { groupFilled } from "./report.js";
import { renderTable } from "./table.js";

const cell = (variable: string, region: string, year: number, rule = "nearest") => ({
  variable,
  region,
  year,
  rule,
  value: 1,
});

describe("filled cells, grouped", () => {
  test("regions with the same years and rule share a row", () => {
    const filled = [
      cell("users", "a", 2013),
      cell("users", "a", 2014),
      cell("users", "b", 2013),
      cell("users", "b", 2014),
      cell("users", "c", 2013),
      cell("sites", "a", 2020, "splice(x)"),
    ];
    expect(groupFilled(filled, ["a", "b", "c", "d"])).toEqual([
      { variable: "users", regions: "a, b", years: "2013-2014", rule: "nearest", cells: 4 },
      { variable: "users", regions: "c", years: "2013", rule: "nearest", cells: 1 },
      { variable: "sites", regions: "a", years: "2020", rule: "splice(x)", cells: 1 },
    ]);
  });

  test("every region of the study is written as 'all N regions'", () => {
    const filled = ["a", "b", "c"].flatMap((r) => [cell("v", r, 2013), cell("v", r, 2014)]);
    expect(groupFilled(filled, ["a", "b", "c"])).toEqual([
      { variable: "v", regions: "all 3 regions", years: "2013-2014", rule: "nearest", cells: 6 },
    ]);
  });
});

test("the conventions are a list under their own heading", () => {
  const text = renderTable(fixtureResult(), fixturePlan());
  expect(text).toContain("Conventions\n- A coupling degree with a zero input is 0.\n");
});

test("the scale legend prints each bound as declared (a level from 0.25 is not [0.3, …))", () => {
  const plan = fixturePlan();
  const quarters = {
    ...plan.scales[0]!,
    levels: [
      {
        level: 1,
        lower: 0,
        upper: 0.25,
        lowerClosed: true,
        upperClosed: false,
        labels: { en: "low" },
      },
      {
        level: 2,
        lower: 0.25,
        upper: 1,
        lowerClosed: true,
        upperClosed: true,
        labels: { en: "high" },
      },
    ],
  };
  const text = renderTable(fixtureResult(), { ...plan, scales: [quarters] });
  expect(text).toMatch(/1 +\[0\.0, 0\.25\) +low/);
  expect(text).toMatch(/2 +\[0\.25, 1\.0\] +high/);
});
