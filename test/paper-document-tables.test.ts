/**
 * report.docx and report.html show every table the study computes (issue 9): run each spec with
 * analyses — northern (sensitivity), provinces (Moran, LISA, Gi*, spatial Markov), regions-nbs4
 * (Dagum, Theil, Markov, σ/β convergence, GM(1,1), kernel density) and regions-nbs4-methods
 * (relative development, obstacle degree) — with `--out`, read report.docx (jszip, its XML) and
 * report.html (parse5), and check that
 * - both hold the same numbered tables, captions, heads and cells;
 * - every sheet of results.xlsx is one of them, cell for cell (3 decimals shown; a column empty
 *   in every row left out);
 * - the analysis tables' numbers are those of results.json, read here from the JSON directly.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "@ccdc/cli";
import type { Result } from "@ccdc/engine";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { docxDocument, docxTables, htmlTables, type TextTable } from "./document-tables.js";
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
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "ccdc-document-tables-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  readonly result: Result;
  readonly wb: ExcelJS.Workbook;
  readonly html: TextTable[];
  readonly docx: TextTable[];
}

const runs = new Map<string, Promise<Run>>();

/** The run of `spec` in `lang`, made once for every test that reads it. */
function runOut(spec: string, lang = "en"): Promise<Run> {
  const key = `${spec}-${lang}`;
  if (!runs.has(key)) runs.set(key, freshRun(spec, lang));
  return runs.get(key)!;
}

async function freshRun(spec: string, lang: string): Promise<Run> {
  const dir = join(tmp, `${spec}-${lang}`);
  const r = await runMain(["run", `specs/${spec}.ccd`, "--out", dir, "--lang", lang], {
    cwd: ROOT,
    env: {},
    tty: false,
  });
  expect(r.code, r.stderr).toBe(0);
  const result = JSON.parse(readFileSync(join(dir, "results.json"), "utf8")) as Result;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "results.xlsx"));
  const html = htmlTables(readFileSync(join(dir, "report.html"), "utf8"));
  const docx = docxTables(await docxDocument(readFileSync(join(dir, "report.docx"))));
  return { result, wb, html, docx };
}

type Expected = string | number | null | undefined;

/**
 * Whether a cell's text shows `value`: empty for none, a string as it is, a number to the
 * 3 decimals the documents show (|text − value| ≤ 0.0005; a growth rate as a percentage to 2).
 */
function agrees(text: string, value: Expected): boolean {
  if (value === null || value === undefined) return text === "";
  if (typeof value === "string") return text === value;
  if (text.endsWith("%")) return Math.abs(Number(text.slice(0, -1)) / 100 - value) <= 5.0001e-5;
  return text !== "" && Math.abs(Number(text) - value) <= 5.0001e-4;
}

/** Every cell of `table` shows the expected row's value (the first mismatch is reported). */
function expectRows(table: TextTable | undefined, expected: readonly (readonly Expected[])[]) {
  expect(table, "table").toBeDefined();
  expect(table!.rows.length, `${table!.key} rows`).toBe(expected.length);
  expected.forEach((row, r) => {
    expect(table!.rows[r]!.length, `${table!.key} row ${r} width`).toBe(row.length);
    row.forEach((v, c) => {
      const text = table!.rows[r]![c]!;
      if (!agrees(text, v)) expect(`${table!.key}[${r}][${c}] = ${text}`).toBe(`${v}`);
    });
  });
}

/** A sheet's rows as arrays of cell values (row 1 the header), empty cells as null. */
function sheetRows(sheet: ExcelJS.Worksheet): Expected[][] {
  const width = sheet.getRow(1).cellCount;
  const rows: Expected[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = (row.values as Expected[]).slice(1);
    rows.push(Array.from({ length: width }, (_, i) => values[i] ?? null));
  });
  return rows;
}

const table = (run: Run, key: string) => run.html.find((t) => t.key === key);

describe.each(["northern", "provinces", "regions-nbs4", "regions-nbs4-methods"])(
  "specs/%s --out",
  (spec) => {
    let run: Run;
    beforeAll(async () => {
      run = await runOut(spec);
    }, 120_000);

    test("report.docx and report.html hold the same tables, numbered in order", () => {
      const content = (ts: TextTable[]) => ts.map((t) => [t.caption, t.header, t.rows]);
      expect(content(run.docx)).toEqual(content(run.html));
      for (const [i, t] of run.html.entries()) {
        expect(t.caption).toMatch(new RegExp(`^Table ${i + 1}\\. \\S`));
      }
    });

    test("every sheet of results.xlsx is a table of both, cell for cell", () => {
      expect(run.wb.worksheets.length).toBeGreaterThan(5);
      for (const sheet of run.wb.worksheets) {
        const [header = [], ...rows] = sheetRows(sheet);
        if (rows.length === 0) continue;
        const doc = table(run, sheet.name);
        expect(doc, sheet.name).toBeDefined();
        // The document leaves out exactly the columns empty in every row.
        const kept = header
          .map((_, c) => c)
          .filter((c) => rows.some((r) => r[c] !== null && r[c] !== ""));
        expect(doc!.header, sheet.name).toEqual(kept.map((c) => header[c]));
        expectRows(
          doc,
          rows.map((r) => kept.map((c) => r[c])),
        );
      }
    });

    test("growth: a row per unit, a column per node (systems, then the root), as results.json", () => {
      const { result } = run;
      // The report's order: systems and staged children first, the root last.
      const nodes = [
        ...result.nodes.filter((n) => n.role !== "root"),
        ...result.nodes.filter((n) => n.role === "root"),
      ];
      // report.docx's tables have no key: the growth table is at report.html's position.
      const at = run.html.findIndex((x) => x.key === "growth");
      for (const doc of [run.html, run.docx]) {
        const t = doc[at];
        expect(t?.header).toEqual(["Unit", ...nodes.map((n) => n.label)]);
        expectRows(
          t,
          result.units.map((u) => [u.label, ...nodes.map((n) => result.growth[n.id]?.[u.id])]),
        );
      }
    });
  },
);

describe("the analysis tables against results.json", () => {
  test("northern: sensitivity — nominal, median, 5 % and 95 % quantiles, grade share, ranks", async () => {
    const run = await runOut("northern");
    const { result } = run;
    const label = (id: string) =>
      result.nodes.find((n) => n.id === id)?.label ??
      ({
        internal: "Internal coupling coordination",
        spatial: "Spatial coupling coordination between clusters",
      }[id] as string);
    const unit = (id: string) => result.units.find((u) => u.id === id)!.label;
    const s = result.sensitivity!;
    const t = table(run, "sensitivity");
    expect(t?.caption).toBe(`Table ${run.html.indexOf(t!) + 1}. Sensitivity: ${s[0]!.label}`);
    expectRows(
      t,
      s.flatMap((x) =>
        x.outputs.flatMap((o) =>
          o.rows.flatMap((r) =>
            result.years.map((year, y) => [
              x.label,
              label(o.id),
              o.form ?? null,
              r.units.map(unit).join(" + "),
              r.systems.map(label).join(" + "),
              year,
              r.nominal[y],
              r.median[y],
              r.low[y],
              r.high[y],
              r.gradeShare?.[y],
              r.rank.nominal[y],
              r.rank.low[y],
              r.rank.high[y],
            ]),
          ),
        ),
      ),
    );
  }, 120_000);

  test("provinces: Moran's I, LISA, Gi* and the spatial Markov chain", async () => {
    const run = await runOut("provinces");
    const a = run.result.autocorrelation![0]!;
    const region = (id: string) => run.result.units.find((u) => u.id === id)!.label;
    const defined = <T extends { defined: boolean }>(y: T) => {
      if (!y.defined) throw new Error("provinces: every year is defined");
      return y as Extract<T, { defined: true }>;
    };
    // Every year defined: the Note column is left out.
    expect(table(run, "moran-d_spatial")?.header.at(-1)).toBe("Pseudo-p");
    expectRows(
      table(run, "moran-d_spatial"),
      a
        .moran!.map(defined)
        .map((m) => [
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
        ]),
    );
    const cluster = (c: string) => (c === "ns" ? "not significant" : c);
    expectRows(
      table(run, "lisa-d_spatial"),
      a.regions.flatMap((r, k) =>
        a
          .lisa!.map(defined)
          .map((y) => [
            region(r),
            y.year,
            y.I[k],
            y.z[k],
            y.lag[k],
            y.quadrant[k],
            y.p_sim[k],
            cluster(y.cluster[k]!),
          ]),
      ),
    );
    const spot = { hot: "hot spot", cold: "cold spot", ns: "not significant" } as const;
    expectRows(
      table(run, "gi-d_spatial"),
      (
        [
          ["Ord & Getis 1995", a.gi_star!],
          ["PySAL esda", a.gi_star_pysal!],
        ] as const
      ).flatMap(([variant, years]) =>
        a.regions.flatMap((r, k) =>
          years
            .map(defined)
            .map((y) => [variant, region(r), y.year, y.z[k], y.p[k], spot[y.spot[k]!]]),
        ),
      ),
    );
    const m = run.result.dynamics![0]!.markov!;
    const chains = [
      { name: "all", ...m },
      ...m.spatial!.classes.map((c) => ({ name: c.lag, ...c })),
    ];
    const markov = table(run, "markov-d_spatial_markov");
    expect(markov?.header).toEqual([
      "Lag class",
      "State",
      "n",
      ...m.labels,
      "Steady state",
      ...(chains.some((c) => !c.steadyState) ? ["Note"] : []),
    ]);
    expectRows(
      markov,
      markovRows(
        m,
        chains.some((c) => !c.steadyState),
      ),
    );
  }, 120_000);

  test("regions-nbs4: Dagum, Theil, Markov, σ and β convergence, GM(1,1), kernel density", async () => {
    const run = await runOut("regions-nbs4");
    const d = run.result.dynamics![0]!;
    const t = (kind: string) => table(run, `${kind}-internal_dynamics`);
    expectRows(t("dagum"), dagumRows(d));
    expectRows(table(run, "dagum-internal_dynamics-groups"), dagumGroupRows(d));
    expectRows(table(run, "dagum-internal_dynamics-pairs"), dagumPairRows(d));
    expectRows(t("theil"), theilRows(d));
    // The Note column only when the chain has no steady state.
    expectRows(t("markov"), markovRows(d.markov!, !d.markov!.steadyState));
    const c = d.convergence!;
    expectRows(
      t("sigma"),
      c.sigma.map((s) => [s.year, s.mean, s.sd, s.cv]),
    );
    const b = c.beta!;
    expectRows(t("beta"), [[b.beta, b.alpha, b.se, b.t, b.r2, b.n, b.speed, b.halfLife]]);
    expect(d.forecast!.units.some((u) => !u.ok)).toBe(true);
    expectRows(t("forecast"), forecastRows(run.result, d));
    expectRows(t("gm11"), gm11Rows(run.result, d));
    const k = d.density!;
    const density = t("density");
    expect(density?.header).toEqual(["x", ...k.curves.map((x) => String(x.year))]);
    expectRows(density, densityRows(d));
  }, 120_000);

  test("regions-nbs4-methods: relative development, obstacle degree and the systems' shares", async () => {
    const run = await runOut("regions-nbs4-methods");
    const { result } = run;
    expectRows(table(run, "relative-lag"), relativeRows(result));
    expectRows(table(run, "obstacle-barriers"), obstacleRows(result));
    expectRows(table(run, "obstacle-barriers-shares"), obstacleShareRows(result));
  }, 120_000);
});

describe("--lang zh", () => {
  test("provinces: the analysis tables numbered 表N, heads and words in Chinese, in both files", async () => {
    const run = await runOut("provinces", "zh");
    const content = (ts: TextTable[]) => ts.map((t) => [t.caption, t.header, t.rows]);
    expect(content(run.docx)).toEqual(content(run.html));
    for (const [i, t] of run.html.entries())
      expect(t.caption).toMatch(new RegExp(`^表${i + 1} \\S`));
    const lisa = table(run, "lisa-d_spatial")!;
    expect(lisa.caption).toMatch(/^表\d+ 省内耦合协调度的空间自相关: /);
    expect(lisa.header.slice(0, 3)).toEqual(["地区", "年份", "局部 I"]);
    expect(lisa.rows[0]?.[0]).toBe("北京");
    expect(lisa.rows.map((r) => r.at(-1))).toContain("不显著");
    expect(table(run, "markov-d_spatial_markov")!.rows[0]?.[0]).toBe("全部");
  }, 120_000);
});
