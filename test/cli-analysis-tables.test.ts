/**
 * The analysis tables of `ccdc run … --out DIR`: results.xlsx's sheets for relative development,
 * obstacle degree (regions-nbs4-methods), spatial autocorrelation and the spatial Markov chain
 * (provinces), and Dagum, Theil, Markov, convergence, forecast and density (regions-nbs4),
 * opened with exceljs and checked against results.json of the same run; the new CSVs against
 * goldens (test/golden/tables/SPEC/, regenerate with
 * `npx vitest run --project e2e cli-analysis-tables -u`, then read the diff); --lang zh heads;
 * and the workbook's bytes the same on a second run.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "@ccdc/cli";
import type { Result } from "@ccdc/engine";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  dagumGroupRows,
  dagumPairRows,
  dagumRows,
  densityRows,
  forecastRows,
  gm11Rows,
  markovRows,
  obstacleRows,
  obstacleShareRows,
  relativeRows,
  theilRows,
} from "./expected-rows.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BASE = ["indices", "coupling", "growth", "weights", "filled", "descriptive"];
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "ccdc-analysis-tables-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  dir: string;
  result: Result;
  wb: ExcelJS.Workbook;
}

async function runOut(spec: string, name: string, lang = "en"): Promise<Run> {
  const dir = join(tmp, name);
  const r = await runMain(["run", `specs/${spec}.ccd`, "--out", dir, "--lang", lang], {
    cwd: ROOT,
    env: {},
    tty: false,
  });
  expect(r.code, r.stderr).toBe(0);
  const result = JSON.parse(readFileSync(join(dir, "results.json"), "utf8")) as Result;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "results.xlsx"));
  return { dir, result, wb };
}

/** A sheet's rows as arrays of cell values (row 1 the header), empty cells as null. */
function sheetRows(wb: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = wb.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const width = sheet.getRow(1).cellCount;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = (row.values as unknown[]).slice(1);
    rows.push(Array.from({ length: width }, (_, i) => values[i] ?? null));
  });
  return rows;
}

/** The new CSVs of a run, by name, against goldens. */
async function csvGoldens(run: Run, spec: string, prefixes: string[]) {
  const names = readdirSync(run.dir).filter(
    (f) => f.endsWith(".csv") && prefixes.some((p) => f.startsWith(p)),
  );
  expect(names.length).toBeGreaterThan(0);
  const manifest = JSON.parse(readFileSync(join(run.dir, "manifest.json"), "utf8"));
  const listed = new Set(manifest.files.map((f: { path: string }) => f.path));
  for (const name of names) {
    expect(listed.has(name), name).toBe(true);
    await expect(readFileSync(join(run.dir, name), "utf8")).toMatchFileSnapshot(
      join(ROOT, "test", "golden", "tables", spec, name),
    );
  }
  return names.sort();
}

describe("provinces: spatial autocorrelation and the spatial Markov chain", () => {
  let run: Run;
  beforeAll(async () => {
    run = await runOut("provinces", "provinces");
  }, 120_000);

  test("one sheet per statistic after the paper tables", () => {
    expect(run.wb.worksheets.map((s) => s.name)).toEqual([
      ...BASE,
      "moran-d_spatial",
      "lisa-d_spatial",
      "gi-d_spatial",
      "markov-d_spatial_markov",
    ]);
  });

  test("moran: every year's statistics as results.json, numbers shown with 3 decimals", () => {
    const rows = sheetRows(run.wb, "moran-d_spatial");
    expect(rows[0]).toEqual([
      "Year",
      "I",
      "E[I]",
      "Var[I] (norm.)",
      "Var[I] (rand.)",
      "z (norm.)",
      "z (rand.)",
      "p (norm.)",
      "p (rand.)",
      "Pseudo-p",
      "Note",
    ]);
    const moran = run.result.autocorrelation![0]!.moran!;
    expect(rows.slice(1)).toEqual(
      moran.map((m) =>
        m.defined
          ? [
              m.year,
              m.I,
              m.EI,
              m.VI_norm,
              m.VI_rand,
              m.z_norm,
              m.z_rand,
              m.p_norm,
              m.p_rand,
              m.p_sim,
              null,
            ]
          : [m.year, null, null, null, null, null, null, null, null, null, m.reason],
      ),
    );
    expect(run.wb.getWorksheet("moran-d_spatial")!.getColumn(2).numFmt).toBe("0.000");
  });

  test("lisa and gi: every region and year, regions by label, ns as 'not significant'", () => {
    const a = run.result.autocorrelation![0]!;
    const unitLabel = new Map(run.result.units.map((u) => [u.id, u.label]));
    const lisa = sheetRows(run.wb, "lisa-d_spatial");
    expect(lisa[0]).toEqual([
      "Region",
      "Year",
      "Local I",
      "z",
      "Spatial lag Wz",
      "Quadrant",
      "Pseudo-p",
      "Cluster",
      "Note",
    ]);
    const expected: unknown[][] = [];
    a.regions.forEach((region, k) => {
      for (const y of a.lisa!) {
        if (!y.defined) throw new Error("provinces: every year is defined");
        const cluster = y.cluster[k] === "ns" ? "not significant" : y.cluster[k];
        expected.push([
          unitLabel.get(region),
          y.year,
          y.I[k],
          y.z[k],
          y.lag[k],
          y.quadrant[k],
          y.p_sim[k],
          cluster,
          null,
        ]);
      }
    });
    expect(lisa.slice(1)).toEqual(expected);

    const gi = sheetRows(run.wb, "gi-d_spatial").slice(1);
    const giExpected: unknown[][] = [];
    for (const [variant, years] of [
      ["Ord & Getis 1995", a.gi_star!],
      ["PySAL esda", a.gi_star_pysal!],
    ] as const) {
      a.regions.forEach((region, k) => {
        for (const y of years) {
          if (!y.defined) throw new Error("provinces: every year is defined");
          const spot = { hot: "hot spot", cold: "cold spot", ns: "not significant" }[y.spot[k]!];
          giExpected.push([variant, unitLabel.get(region), y.year, y.z[k], y.p[k], spot, null]);
        }
      });
    }
    expect(gi).toEqual(giExpected);
  });

  test("markov: the aspatial chain, then one per lag class; no probabilities where n = 0", () => {
    const m = run.result.dynamics![0]!.markov!;
    const rows = sheetRows(run.wb, "markov-d_spatial_markov");
    expect(rows[0]).toEqual(["Lag class", "State", "n", ...m.labels, "Steady state", "Note"]);
    const chains = [
      { name: "all", ...m },
      ...m.spatial!.classes.map((c) => ({ name: c.lag, ...c })),
    ];
    const expected = chains.flatMap((c) =>
      m.labels.map((state, i) => {
        const n = c.counts[i]!.reduce((x, y) => x + y, 0);
        return [
          c.name,
          state,
          n,
          // null in the JSON where n = 0, an empty cell in the table.
          ...c.matrix[i]!,
          c.steadyState?.[i] ?? null,
          c.steadyState ? null : c.steadyStateNote,
        ];
      }),
    );
    expect(rows.slice(1)).toEqual(expected);
    // At least one lag class has a state with no transition out (its row left empty).
    expect(expected.some((r) => r[2] === 0)).toBe(true);
  });

  test("the CSVs: goldens, listed in the manifest", async () => {
    expect(await csvGoldens(run, "provinces", ["autocorrelation-", "dynamics-"])).toEqual([
      "autocorrelation-d_spatial-gi.csv",
      "autocorrelation-d_spatial-lisa.csv",
      "autocorrelation-d_spatial-moran.csv",
      "dynamics-d_spatial_markov-markov.csv",
    ]);
  });

  test("a second run writes the same workbook, byte for byte", async () => {
    const again = await runOut("provinces", "provinces-again");
    expect(readFileSync(join(again.dir, "results.xlsx"))).toEqual(
      readFileSync(join(run.dir, "results.xlsx")),
    );
  }, 120_000);

  test("--lang zh: Chinese heads, region names and cluster words", async () => {
    const zh = await runOut("provinces", "provinces-zh", "zh");
    // Sheet names too are in --lang: the kind translated, the id as declared.
    const lisa = sheetRows(zh.wb, "LISA-d_spatial");
    expect(lisa[0]?.slice(0, 3)).toEqual(["地区", "年份", "局部 I"]);
    expect(lisa[1]?.[0]).toBe("北京");
    expect(lisa.slice(1).map((r) => r[7])).toContain("不显著");
    expect(sheetRows(zh.wb, "马尔可夫-d_spatial_markov")[1]?.[0]).toBe("全部");
  }, 120_000);
});

describe("regions-nbs4: differences and dynamics", () => {
  let run: Run;
  let d: NonNullable<Result["dynamics"]>[number];
  beforeAll(async () => {
    run = await runOut("regions-nbs4", "nbs4");
    d = run.result.dynamics![0]!;
  }, 120_000);
  const sheet = (kind: string) => sheetRows(run.wb, `${kind}-internal_dynamics`);

  test("one sheet per table after the paper tables", () => {
    expect(run.wb.worksheets.map((s) => s.name)).toEqual([
      ...BASE,
      ...["dagum", "dagum-%-groups", "dagum-%-pairs", "theil", "markov", "sigma", "beta"].map(
        (k) => (k.includes("%") ? k.replace("%", "internal_dynamics") : `${k}-internal_dynamics`),
      ),
      "forecast-internal_dynamics",
      "gm11-internal_dynamics",
      "density-internal_dynamics",
    ]);
  });

  test("dagum: G and its three parts and shares; each group's G_jj; each pair's G_jh, D_jh", () => {
    expect(sheet("dagum").slice(1)).toEqual(dagumRows(d));
    const groups = sheetRows(run.wb, "dagum-internal_dynamics-groups");
    expect(groups[0]).toEqual(["Year", "Group", "Mean", "G_jj"]);
    expect(groups.slice(1)).toEqual(dagumGroupRows(d));
    const pairs = sheetRows(run.wb, "dagum-internal_dynamics-pairs");
    expect(pairs.slice(1)).toEqual(dagumPairRows(d));
  });

  test("theil: T, within, between, their shares and each group's T", () => {
    const rows = sheet("theil");
    expect(rows[0]).toEqual([
      "Year",
      "T",
      "Within",
      "Between",
      "Within share",
      "Between share",
      ...d.groups.map((g) => `T (${g.label})`),
    ]);
    expect(rows.slice(1)).toEqual(theilRows(d));
  });

  test("markov over the grades, σ and β convergence", () => {
    expect(sheet("markov").slice(1)).toEqual(markovRows(d.markov!, true));
    const c = d.convergence!;
    expect(sheet("sigma").slice(1)).toEqual(c.sigma.map((s) => [s.year, s.mean, s.sd, s.cv]));
    const b = c.beta!;
    expect(sheet("beta")).toEqual([
      ["β", "α", "SE", "t", "R²", "n", "Speed λ", "Half-life (years)", "Note"],
      [b.beta, b.alpha, b.se, b.t, b.r2, b.n, b.speed, b.halfLife, null],
    ]);
  });

  test("forecast: each unit's values and levels, or the reason it was not fitted; the models", () => {
    expect(sheet("forecast").slice(1)).toEqual(forecastRows(run.result, d));
    expect(d.forecast!.units.some((u) => !u.ok)).toBe(true);
    expect(sheetRows(run.wb, "gm11-internal_dynamics").slice(1)).toEqual(gm11Rows(run.result, d));
  });

  test("density: x by year, the bandwidths first", () => {
    const k = d.density!;
    const rows = sheetRows(run.wb, "density-internal_dynamics");
    expect(rows[0]).toEqual(["x", ...k.curves.map((c) => String(c.year))]);
    expect(rows.slice(1)).toEqual(densityRows(d));
  });

  test("the CSVs: goldens, listed in the manifest", async () => {
    expect(await csvGoldens(run, "regions-nbs4", ["dynamics-"])).toEqual(
      [
        "beta",
        "dagum",
        "dagum-groups",
        "dagum-pairs",
        "forecast",
        "forecast-models",
        "markov",
        "sigma",
        "theil",
      ]
        .map((t) => `dynamics-internal_dynamics-${t}.csv`)
        .sort(),
    );
  });
});

describe("regions-nbs4-methods: relative development and obstacle degree", () => {
  let run: Run;
  beforeAll(async () => {
    run = await runOut("regions-nbs4-methods", "methods");
  }, 120_000);
  const node = (id: string) => run.result.nodes.find((n) => n.id === id)!.label;

  test("one sheet per table after the paper tables", () => {
    expect(run.wb.worksheets.map((s) => s.name)).toEqual([
      ...BASE,
      "relative-lag",
      "obstacle-barriers",
      "obstacle-barriers-shares",
    ]);
  });

  test("relative: E, each system's E, the lagging system, bands, D and the cross type", () => {
    const r = run.result.relative![0]!;
    const rows = sheetRows(run.wb, "relative-lag");
    expect(rows[0]).toEqual([
      "Unit",
      "Year",
      "E",
      ...r.systems.map((s) => `E (${node(s)})`),
      "Lagging system",
      "Band of E",
      "Lag type",
      "D",
      "D level",
      "Cross type",
    ]);
    expect(rows.slice(1)).toEqual(relativeRows(run.result));
  });

  test("obstacle: F, I, O and the rank of every indicator; the systems' shares", () => {
    const o = run.result.obstacles![0]!;
    const indicator = (id: string) => run.result.indicators.find((i) => i.id === id)!.label;
    const rows = sheetRows(run.wb, "obstacle-barriers").slice(1);
    expect(rows).toHaveLength(o.units.length * run.result.years.length * o.indicators.length);
    expect(rows).toEqual(obstacleRows(run.result));
    // The top list of results.json is the sheet's ranks 1..top.
    const first = o.units[0]!;
    const ranked = rows
      .slice(0, o.indicators.length)
      .filter((r) => r[7] !== null && (r[7] as number) <= o.top)
      .sort((a, b) => (a[7] as number) - (b[7] as number))
      .map((r) => r[2]);
    expect(ranked).toEqual(first.top[0]!.map(indicator));
    const shares = sheetRows(run.wb, "obstacle-barriers-shares").slice(1);
    expect(shares).toEqual(obstacleShareRows(run.result));
  });

  test("--lang zh: Chinese heads, names and cross types", async () => {
    const zh = await runOut("regions-nbs4-methods", "methods-zh", "zh");
    const rows = sheetRows(zh.wb, "相对发展度-lag");
    expect(rows[0]?.slice(0, 3)).toEqual(["单元", "年份", "E"]);
    expect(rows[0]?.at(-1)).toBe("耦合协调类型");
    expect(rows[1]?.[0]).toBe("东部");
    // "D grade — lagging system band", every word from the spec's zh labels.
    expect(rows[1]?.at(-1)).toMatch(/^\S+ — (同步|\S+ 滞后)$/);
    const ob = sheetRows(zh.wb, "障碍度-barriers");
    expect(ob[0]?.slice(4, 7)).toEqual(["因子贡献度 F", "指标偏离度 I", "障碍度 O"]);
  }, 120_000);
});
