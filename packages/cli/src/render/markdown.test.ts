import { describe, expect, test } from "vitest";
import { fixturePlan, fixtureResult } from "../testing/fixture.js";
import { renderMarkdown } from "./markdown.js";
import { renderTable } from "./table.js";

const md = renderMarkdown(fixtureResult(), fixturePlan());

describe("md format", () => {
  test("has the same sections as the table format, as Markdown headings", () => {
    expect(md.startsWith("# Toy study\n")).toBe(true);
    for (const h of [
      "## Development indices",
      "## Coupling coordination degree",
      "## Average annual growth",
      "## Run report",
      "### Weights",
      "### Filled cells",
      "### Warnings",
    ]) {
      expect(md).toContain(`${h}\n`);
    }
  });

  test("writes pipe tables with alignment rows", () => {
    expect(md).toContain(
      [
        "| unit  |  2020 |  2021 |  2022 |",
        "| :---- | ----: | ----: | ----: |",
        "| North | 0.400 | 0.500 | 0.600 |",
        "| South | 0.100 | 0.150 | 0.200 |",
      ].join("\n"),
    );
    expect(md).toContain("| Infrastructure | North + South | 0.356 (1) | 0.413 (1) | 0.500 (2) |");
  });

  test("carries every number the table format prints", () => {
    const numbers = (s: string) => (s.match(/\d+\.\d+%?( \(\d+\))?/g) ?? []).sort();
    expect(numbers(md)).toEqual(numbers(renderTable(fixtureResult(), fixturePlan())));
  });

  test("escapes pipes in cells", () => {
    const result = fixtureResult();
    result.warnings = [{ code: "W1", message: "a | b" }];
    expect(renderMarkdown(result, fixturePlan())).toContain("| W1   | a \\| b  |");
  });
});
