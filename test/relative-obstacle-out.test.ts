/**
 * Relative development and obstacle degree end to end: `ccdc run specs/regions-nbs4-methods.ccd
 * --out DIR` writes relative-lag.csv, obstacle-barriers.csv and obstacle-barriers-shares.csv,
 * consistent with results.json: every unit and year's O sums to 1 (no unit of that study is at
 * the ideal in every indicator), the shares sum to 1, ranks follow O, and the CSV's cross type
 * is the report's.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "@ccdc/cli";
import type { Result } from "@ccdc/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
let dir = "";
let result: Result;
const csv = (name: string) =>
  readFileSync(join(dir, name), "utf8")
    .trimEnd()
    .split("\n")
    .map((l) => l.split(","));

beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), "ccdc-rel-")), "out");
  const r = await runMain(["run", "specs/regions-nbs4-methods.ccd", "--out", dir], {
    cwd: ROOT,
    env: {},
    tty: false,
  });
  expect(r.code).toBe(0);
  result = JSON.parse(readFileSync(join(dir, "results.json"), "utf8")) as Result;
}, 120_000);
afterAll(() => rmSync(join(dir, ".."), { recursive: true, force: true }));

describe("regions-nbs4-methods --out: relative and obstacle files", () => {
  it("relative-lag.csv: one row per unit and year, as results.json", () => {
    const [header, ...rows] = csv("relative-lag.csv");
    expect(header).toEqual([
      "unit",
      "year",
      "E",
      "E_infrastructure",
      "E_industrialization",
      "E_digitization",
      "lagging",
      "level",
      "lag_type",
      "D",
      "d_level",
      "cross_type",
    ]);
    const rel = result.relative![0]!;
    expect(rows).toHaveLength(rel.rows.length * result.years.length);
    const east2013 = rows[0]!;
    expect(east2013.slice(0, 2)).toEqual(["east", "2013"]);
    expect(Number(east2013[2])).toBe(rel.rows[0]!.E[0]);
    expect(east2013[11]).toBe(rel.rows[0]!.crossType[0]);
  });

  it("obstacle-barriers.csv: O sums to 1 per unit and year, ranks follow O", () => {
    const [header, ...rows] = csv("obstacle-barriers.csv");
    expect(header).toEqual(["unit", "year", "indicator", "part", "F", "I", "O", "rank"]);
    const o = result.obstacles![0]!;
    expect(rows).toHaveLength(o.units.length * result.years.length * o.indicators.length);
    const groups = new Map<string, string[][]>();
    for (const r of rows) {
      const key = `${r[0]} ${r[1]}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    for (const group of groups.values()) {
      const sum = group.reduce((s, r) => s + Number(r[6]), 0);
      expect(sum).toBeCloseTo(1, 12);
      const ranked = group.filter((r) => r[7] !== "").sort((a, b) => Number(a[7]) - Number(b[7]));
      for (let k = 1; k < ranked.length; k++)
        expect(Number(ranked[k]![6])).toBeLessThanOrEqual(Number(ranked[k - 1]![6]));
    }
  });

  it("obstacle-barriers-shares.csv: the three systems' shares sum to 1", () => {
    const [header, ...rows] = csv("obstacle-barriers-shares.csv");
    expect(header).toEqual(["unit", "year", "part", "share"]);
    for (let i = 0; i < rows.length; i += 3) {
      const three = rows.slice(i, i + 3);
      expect(three.map((r) => r[2])).toEqual([
        "infrastructure",
        "industrialization",
        "digitization",
      ]);
      expect(three.reduce((s, r) => s + Number(r[3]), 0)).toBeCloseTo(1, 12);
    }
  });
});
