import { describe, expect, test } from "vitest";
import { fixtureResult } from "../testing/fixture.js";
import { csvField, renderCouplingCsv, renderIndicesCsv, renderTidyCsv } from "./csv.js";

describe("csv format", () => {
  test("quotes fields per RFC 4180", () => {
    expect(csvField('say "hi", bye')).toBe('"say ""hi"", bye"');
    expect(csvField(0.1)).toBe("0.1");
    expect(csvField(null)).toBe("");
  });

  test("the combined tidy table has the documented columns and one row per value", () => {
    const lines = renderTidyCsv(fixtureResult()).trimEnd().split("\n");
    expect(lines[0]).toBe("table,node_or_analysis,form,unit_or_combination,year,value,level");
    // 3 nodes × 2 units × 3 years of indices + 6 coupling rows × 3 years + 3 nodes × 2 units of growth
    expect(lines.length - 1).toBe(18 + 18 + 6);
    expect(lines).toContain("index,dev,,north,2022,0.70049,");
    expect(lines).toContain("coupling,internal,standard,south,2021,0.3,1");
    expect(lines).toContain("coupling,spatial:infra,product_over_mean,north+south,2020,0.356,1");
    expect(lines).toContain("growth,dev,,north,,0.18367,");
    expect(lines).toContain("growth,dev,,south,,,");
  });

  test("indices.csv and coupling.csv are long tables", () => {
    const indices = renderIndicesCsv(fixtureResult()).split("\n");
    expect(indices[0]).toBe("node,role,unit,year,index");
    expect(indices[1]).toBe("infra,system,north,2020,0.4");
    const coupling = renderCouplingCsv(fixtureResult()).split("\n");
    expect(coupling[0]).toBe("analysis,form,systems,units,year,C,T,D,level,label");
    expect(coupling[1]?.startsWith("internal,standard,infra+industry,north,2020,0.9,")).toBe(true);
    expect(coupling[1]?.endsWith(",0.6,2,high")).toBe(true);
  });
});
