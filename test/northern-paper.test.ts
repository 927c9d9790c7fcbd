/**
 * Wang & Liu's Table 4 through the command line, as a reader would reproduce it:
 *
 *     ccdc run specs/northern-paper.ccd --format json
 *
 * (spawned: the built CLI, the spec compiled by the DSL, the Table 3 transcription read by the
 * engine). Every Table 4 cell (test/fixtures/wang-liu-2023-table4.csv) must come out of the
 * product_over_mean rows, and the six internal coupling values quoted in section 4 out of the
 * internal analysis. The engine-level test (engine-table4.test.ts) studies the numbers in more
 * depth; this one is about the CLI path delivering them.
 *
 * Tolerance. Table 3 prints three decimals, so each input S is only known within ±0.0005, and
 * each printed D is itself rounded (±0.0005).
 * - Where every input of a cell is ≥ 0.05, D moves by about 0.001 at most over that box, so
 *   the CLI's D (computed from the printed inputs) must be within 0.0015 of the printed D.
 * - Below 0.05 (D ~ √(√(S1·S2)) near 0) the rounding of the inputs matters much more, so the
 *   bound is derived per cell: D (product_over_mean) increases in every input — for n = 2,
 *   d/dS1 [2·S1·S2/(S1+S2)] = 2·S2²/(S1+S2)² > 0; for n = 3, d/dS1 [3·S1·S2·S3/ΣS] =
 *   3·S2·S3·(S2+S3)/(ΣS)² > 0; and T is a mean — so over the box of inputs (each printed
 *   value ± 0.0005, not below 0) D lies between its values at the lowest and the highest
 *   corner. The true D is in that range and the printed D within 0.0005 of it, the CLI's D
 *   (at the printed inputs) is in the range too, hence |CLI − printed| ≤ D(high) − D(low) +
 *   0.0005. That covers the inputs printed 0.000 (Central Plains 2013), where the CLI's D is 0
 *   (C := 0 when an index is 0) while the paper's true indices were small but positive.
 * Levels (Table 2 scale, ccd10): the CLI's grade must be the level of its own D, and the level
 * of the printed D whenever the tolerance band around the printed D stays inside one level.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CouplingRow, Result } from "@ccdc/engine";
import { beforeAll, describe, expect, test } from "vitest";
import { builtCli } from "./built-cli.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const HALF = 0.0005;
const YEARS = [2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021];

function csv(path: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(new URL(path, import.meta.url), "utf8")
    .trim()
    .split("\n");
  const keys = header!.split(",");
  return rows.map((r) => Object.fromEntries(r.split(",").map((v, i) => [keys[i]!, v])));
}

/** Table 3 as printed: `${index}/${cluster}/${year}` → value. */
const table3 = new Map(
  csv("../specs/data/wang-liu-2023-table3.csv").map((r) => [
    `${r.index}/${r.cluster}/${r.year}`,
    Number(r.value),
  ]),
);
/** Table 4 as printed: node, pair ("a+b"), year, D. */
const table4 = csv("fixtures/wang-liu-2023-table4.csv").map((r) => ({
  node: r.node!,
  units: r.pair!.split("+"),
  year: Number(r.year),
  D: Number(r.D),
}));

/** D in the product_over_mean form, written out independently of the engine (docs/method.md §5). */
function dProductOverMean(s: readonly number[]): number {
  const n = s.length;
  const mean = s.reduce((a, b) => a + b, 0) / n;
  if (s.some((x) => x === 0)) return 0;
  const c = (s.reduce((a, b) => a * b, 1) / mean) ** (1 / n);
  return Math.sqrt(c * mean);
}

/** ccd10: level k covers [0.1(k−1), 0.1k), the last [0.9, 1.0]. */
const level = (d: number) => Math.min(10, Math.floor(d * 10) + 1);

/** The tolerance for a cell whose printed inputs are `s`, as derived above. */
function tolerance(s: readonly number[]): number {
  if (s.every((x) => x >= 0.05)) return 0.0015;
  const low = dProductOverMean(s.map((x) => Math.max(0, x - HALF)));
  const high = dProductOverMean(s.map((x) => x + HALF));
  return Math.max(0.0015, high - low + HALF);
}

/** Checks one printed D against the CLI's D and level for the same cell. */
function expectCell(what: string, inputs: number[], printed: number, d: number, grade: number) {
  const tol = tolerance(inputs);
  expect(
    Math.abs(d - printed),
    `${what}: CLI ${d} vs printed ${printed} (±${tol})`,
  ).toBeLessThanOrEqual(tol + 1e-12);
  expect(grade, `${what}: level of ${d}`).toBe(level(d));
  if (level(printed - tol) === level(printed + tol))
    expect(grade, `${what}: level`).toBe(level(printed));
}

let result: Result;
let rows: CouplingRow[];
beforeAll(() => {
  const r = spawnSync(
    process.execPath,
    [builtCli(), "run", "specs/northern-paper.ccd", "--format", "json"],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
  expect(r.status, r.stderr).toBe(0);
  result = JSON.parse(r.stdout) as Result;
  rows = result.coupling.filter((c) => c.form === "product_over_mean");
});

describe("ccdc run specs/northern-paper.ccd --format json", () => {
  test("reads Table 3 as given: the indices are the printed ones", () => {
    for (const node of result.nodes) {
      expect(node.compose).toBe("given");
      for (const unit of result.units) {
        expect(node.index[unit.id]).toEqual(
          YEARS.map((y) => table3.get(`${node.id}/${unit.id}/${y}`)),
        );
      }
    }
  });

  test("reproduces every cell of Table 4 with its grade level (product_over_mean)", () => {
    expect(table4).toHaveLength(144);
    for (const cell of table4) {
      const row = rows.find(
        (c) =>
          c.analysis === "spatial" &&
          c.systems[0] === cell.node &&
          c.units.join("+") === cell.units.join("+"),
      );
      expect(row, `${cell.node} ${cell.units.join("+")}`).toBeDefined();
      const i = row!.years.indexOf(cell.year);
      const inputs = cell.units.map((u) => table3.get(`${cell.node}/${u}/${cell.year}`)!);
      expectCell(
        `${cell.node} ${cell.units.join("+")} ${cell.year}`,
        inputs,
        cell.D,
        row!.D[i]!,
        row!.level[i]!,
      );
    }
  });

  test("reproduces the internal coupling values quoted in section 4", () => {
    // BTH 0.560 → 0.782, Shandong Peninsula 0.121 → 0.304, Central Plains 0.003 → 0.164.
    const quoted: [string, number, number][] = [
      ["bth", 2013, 0.56],
      ["bth", 2021, 0.782],
      ["shandong_peninsula", 2013, 0.121],
      ["shandong_peninsula", 2021, 0.304],
      ["central_plains", 2013, 0.003],
      ["central_plains", 2021, 0.164],
    ];
    for (const [unit, year, printed] of quoted) {
      const row = rows.find((c) => c.analysis === "internal" && c.units[0] === unit)!;
      const i = row.years.indexOf(year);
      const inputs = row.systems.map((s) => table3.get(`${s}/${unit}/${year}`)!);
      expectCell(`internal ${unit} ${year}`, inputs, printed, row.D[i]!, row.level[i]!);
    }
  });

  test("eq. (4) as printed (standard) is never below the form the paper computed", () => {
    // standard C = [Π S / AM^n]^(1/n) = GM/AM; product_over_mean C = [Π S / AM]^(1/n) =
    // GM/AM^(1/n). Indices are ≤ 1, so AM ≤ 1 and AM^(1/n) ≥ AM: the paper's C is the smaller,
    // with the same T, so its D is too (docs/method.md §5: eq. (4) as printed is always too high).
    for (const pom of rows) {
      const std = result.coupling.find(
        (c) =>
          c.form === "standard" &&
          c.analysis === pom.analysis &&
          c.units.join() === pom.units.join() &&
          c.systems.join() === pom.systems.join(),
      )!;
      for (const [i, d] of pom.D.entries()) expect(std.D[i]!).toBeGreaterThanOrEqual(d - 1e-12);
    }
  });
});
