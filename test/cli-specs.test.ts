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
  test("four NBS regions, Tibet left out, every gap filled by a declared rule", async () => {
    const r = await run(["run", "specs/regions-nbs4.ccd", "--format", "json"]);
    const result = JSON.parse(r.stdout) as Result;
    expect(result.units.map((u) => u.id)).toEqual(["east", "central", "west", "northeast"]);
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
    // `between pairs, all`: pairs (6 = 4·3/2) and all four, on 4 nodes, in 2 forms.
    const spatial = result.coupling.filter((c) => c.analysis === "spatial");
    const pairs = spatial.filter((c) => c.units.length === 2);
    expect(pairs).toHaveLength(6 * 4 * 2);
    const all = spatial.filter((c) => c.units.length === 4);
    expect(all).toHaveLength(4 * 2);
    expect(spatial).toHaveLength(pairs.length + all.length);
  });
});
