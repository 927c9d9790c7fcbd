/**
 * The specs in specs/ through the CLI: each one checks clean and runs. For regions-nbs4.ccd,
 * the study's declared handling of the data's gaps (SOURCES.md, coverage table) is what the
 * run reports. In-process; run `pnpm build` first (the root `pnpm test` does).
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runMain } from "@ccdc/cli";
import { checkResult, type Result } from "@ccdc/engine";
import { describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const run = (args: string[]) => runMain(args, { cwd: ROOT });
const SPECS = readdirSync(new URL("../specs/", import.meta.url)).filter((f) => f.endsWith(".ccd"));

describe.each(SPECS)("specs/%s", (spec) => {
  test("checks without errors", async () => {
    const r = await run(["check", `specs/${spec}`]);
    expect(r.stderr).toMatch(/: ok \(/);
    expect(r.code).toBe(0);
  });

  test("runs, and its results validate", async () => {
    const r = await run(["run", `specs/${spec}`, "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(checkResult(JSON.parse(r.stdout)).ok).toBe(true);
  });
});

describe("specs/regions-nbs4.ccd", () => {
  test("30 provinces in four NBS regions, Tibet left out, every gap filled by a declared rule", async () => {
    const r = await run(["run", "specs/regions-nbs4.ccd", "--format", "json"]);
    const result = JSON.parse(r.stdout) as Result;
    expect(result.units).toHaveLength(30);
    expect(result.units.map((u) => u.id)).not.toContain("tibet");
    const regions = new Set(result.filled.map((f) => f.region));
    expect(regions.has("tibet")).toBe(false);
    // Guangdong's two missing website cells (SOURCES.md) take the nearest year, 2015.
    const websites = result.filled.filter((f) => f.variable === "websites_per_100");
    expect(websites.map((f) => [f.region, f.year])).toEqual([
      ["guangdong", 2013],
      ["guangdong", 2014],
    ]);
    expect(websites.every((f) => f.rule.startsWith("nearest") && f.value === 67)).toBe(true);
    // The other fills are the splices northern.ccd declares, for all 30 provinces.
    const spliced = new Set(
      result.filled.filter((f) => f.rule.startsWith("splice")).map((f) => f.variable),
    );
    expect([...spliced].sort()).toEqual([
      "broadband_users",
      "ecommerce_purchases",
      "exchange_capacity",
      "industrial_rd_spend",
      "industrial_rd_staff",
    ]);
    // Internal coupling for every province in 2 forms; Beijing-Tianjin-Hebei on 4 nodes.
    expect(result.coupling.filter((c) => c.analysis === "internal")).toHaveLength(30 * 2);
    const jjj = result.coupling.filter((c) => c.analysis === "jingjinji");
    expect(jjj).toHaveLength(4 * 2);
    expect(jjj.every((c) => c.units.join() === "beijing,tianjin,hebei")).toBe(true);
  });

  test("the differences and dynamics of D: groups, Dagum's identity, Markov rows, forecasts", async () => {
    const r = await run(["run", "specs/regions-nbs4.ccd", "--format", "json"]);
    const result = JSON.parse(r.stdout) as Result;
    const [d] = result.dynamics ?? [];
    expect(d?.subject).toBe("analysis:internal:product_over_mean");
    expect(d?.groups.map((g) => [g.id, g.units.length])).toEqual([
      ["east", 10],
      ["central", 6],
      ["west", 11],
      ["northeast", 3],
    ]);
    for (const y of d?.dagum ?? []) {
      expect(y.within + y.netBetween + y.transvariation).toBeCloseTo(y.G, 12);
    }
    for (const y of d?.theil ?? []) expect(y.within + y.between).toBeCloseTo(y.T, 12);
    expect(d?.dagum).toHaveLength(9);
    for (const [i, row] of (d?.markov?.matrix ?? []).entries()) {
      // A state never left has an undefined row (null), every other row sums to 1.
      if (d?.markov?.unobserved.includes(d.markov.labels[i]!))
        expect(row.every((p) => p === null)).toBe(true);
      else expect(row.reduce((a: number, b) => a + (b ?? Number.NaN), 0)).toBeCloseTo(1, 12);
    }
    expect(d?.forecast?.years).toEqual([2022, 2023, 2024]);
    expect(d?.forecast?.units).toHaveLength(30);
    // The D of every province fitted is forecast in [0, 1]; the others say why not.
    for (const u of d?.forecast?.units ?? []) {
      if (u.ok) expect(u.values.every((v) => v >= 0 && v <= 1)).toBe(true);
      else expect(u.reason).toMatch(/level ratio|values > 0/);
    }
  });
});
