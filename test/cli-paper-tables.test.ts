/**
 * The paper tables of `ccdc run … --out DIR`, opened with their own libraries and checked
 * against the results JSON of the same run: results.xlsx (exceljs), report.docx (its XML, read
 * with jszip), weights.csv, filled.csv, descriptive.csv and report.html.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "@ccdc/cli";
import type { Result } from "@ccdc/engine";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { docxPictures, pngSize, svgSize } from "./docx-pictures.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
let tmp: string;
let out: string;
let result: Result;
const file = (name: string) => join(out, name);

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "ccdc-tables-"));
  out = join(tmp, "out");
  const r = await runMain(["run", "specs/northern.ccd", "--out", out], { cwd: ROOT });
  expect(r.code, r.stderr).toBe(0);
  result = JSON.parse(readFileSync(file("results.json"), "utf8"));
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A sheet's rows as arrays of cell values (row 1 the header), without exceljs's leading hole. */
function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const parseCsv = (text: string) =>
  text
    .trimEnd()
    .split("\n")
    .map((l) => l.split(","));

describe("results.xlsx", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("results.xlsx"));
  });

  test("has one sheet per table", () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      "indices",
      "coupling",
      "growth",
      "weights",
      "filled",
      "descriptive",
      "sensitivity",
    ]);
  });

  test("sensitivity: each watched row's nominal value, quantiles and ranks by year", () => {
    const rows = sheetRows(wb.getWorksheet("sensitivity")!);
    expect(rows[0]).toEqual([
      "Sensitivity",
      "Output",
      "Form",
      "Unit",
      "Systems",
      "Year",
      "Nominal",
      "Median",
      "5% quantile",
      "95% quantile",
      "Share keeping the grade",
      "Rank",
      "Rank (min)",
      "Rank (max)",
    ]);
    const unitLabel = (id: string) => result.units.find((u) => u.id === id)?.label;
    const nodeLabel = (id: string) => result.nodes.find((n) => n.id === id)?.label;
    const analysisName = (id: string) =>
      ({
        internal: "Internal coupling coordination",
        spatial: "Spatial coupling coordination between clusters",
      })[id] ?? id;
    const expected = result.sensitivity!.flatMap((s) =>
      s.outputs.flatMap((o) =>
        o.rows.flatMap((r) =>
          result.years.map((year, y) => {
            const row = [
              s.label,
              o.kind === "analysis" ? analysisName(o.id) : nodeLabel(o.id),
              o.form,
              r.units.map(unitLabel).join(" + "),
              r.systems.map(nodeLabel).join(" + "),
              year,
              r.nominal[y],
              r.median[y],
              r.low[y],
              r.high[y],
              r.gradeShare?.[y],
              r.rank.nominal[y],
              r.rank.low[y],
              r.rank.high[y],
            ];
            // exceljs leaves an empty cell out: trailing holes are shorter rows.
            return row.map((v) => v ?? undefined);
          }),
        ),
      ),
    );
    expect(rows.slice(1).map((r) => Array.from({ length: 14 }, (_, i) => r[i]))).toEqual(expected);
    expect(wb.getWorksheet("sensitivity")!.getColumn(7).numFmt).toBe("0.000");
  });

  test("indices: each node's index by unit and year, as numbers shown with 3 decimals", () => {
    const sheet = wb.getWorksheet("indices")!;
    const rows = sheetRows(sheet);
    expect(rows[0]).toEqual(["Node", "Unit", ...result.years.map(String)]);
    const label = (id: string) => result.nodes.find((n) => n.id === id)?.label;
    const unitLabel = (id: string) => result.units.find((u) => u.id === id)?.label;
    const expected = [
      ...result.nodes.filter((n) => n.role !== "root"),
      ...result.nodes.filter((n) => n.role === "root"),
    ].flatMap((n) =>
      result.units.map((u) => [label(n.id), unitLabel(u.id), ...(n.index[u.id] ?? [])]),
    );
    expect(rows.slice(1)).toEqual(expected);
    expect(sheet.getColumn(3).numFmt).toBe("0.000");
  });

  test("coupling: C, T, D, the level and its name for every row and year", () => {
    const rows = sheetRows(wb.getWorksheet("coupling")!);
    expect(rows[0]).toEqual([
      "Analysis",
      "Form",
      "Node",
      "Unit",
      "Year",
      "C",
      "T",
      "D",
      "Level",
      "Grade",
    ]);
    const body = rows.slice(1);
    expect(body).toHaveLength(result.coupling.reduce((n, r) => n + r.years.length, 0));
    // Every (D, level, grade) of the results appears, numbers unrounded.
    const seen = new Set(body.map((r) => JSON.stringify([r[4], r[5], r[6], r[7], r[8], r[9]])));
    for (const r of result.coupling) {
      r.years.forEach((y, i) => {
        const key = JSON.stringify([y, r.C[i], r.T[i], r.D[i], r.level[i], r.label[i]]);
        expect(seen.has(key), key).toBe(true);
      });
    }
  });

  test("growth, weights, filled cells and descriptive statistics", () => {
    // Units down the sheet, a column per node (the root last, as in the report).
    const growth = sheetRows(wb.getWorksheet("growth")!);
    expect(growth).toHaveLength(result.units.length + 1);
    const root = result.nodes.find((n) => n.role === "root")!;
    expect(growth[0]![0]).toBe("Unit");
    expect(growth[0]!.at(-1)).toBe(root.label);
    expect(growth.slice(1).map((r) => [r[0], r.at(-1)])).toEqual(
      result.units.map((u) => [u.label, result.growth[root.id]?.[u.id]]),
    );
    expect(wb.getWorksheet("growth")!.getColumn(2).numFmt).toBe("0.00%");

    const weights = sheetRows(wb.getWorksheet("weights")!).slice(1);
    const count = result.nodes.reduce((n, node) => n + Object.keys(node.weights).length, 0);
    expect(weights).toHaveLength(count);
    for (const w of weights) expect(typeof w[2]).toBe("number");

    expect(sheetRows(wb.getWorksheet("filled")!).slice(1)).toHaveLength(result.filled.length);

    const desc = sheetRows(wb.getWorksheet("descriptive")!);
    expect(desc[0]).toEqual(["Indicator", "Unit of measure", "n", "Mean", "SD", "Min", "Max"]);
    expect(desc.slice(1)).toHaveLength(result.indicators.length);
    for (const [i, ind] of result.indicators.entries()) {
      const values = result.units.flatMap((u) => ind.values[u.id] ?? []);
      const row = desc[i + 1]!;
      expect(row.slice(0, 3)).toEqual([ind.label, ind.unit, values.length]);
      expect(row[5]).toBe(Math.min(...values));
      expect(row[6]).toBe(Math.max(...values));
      expect(row[3] as number).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 12);
    }
  });
});

describe("report.docx", () => {
  let xml: string;
  beforeAll(async () => {
    const zip = await JSZip.loadAsync(readFileSync(file("report.docx")));
    xml = await zip.file("word/document.xml")!.async("string");
  });
  const decode = (s: string) =>
    s
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const texts = () =>
    [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? ""));

  test("has the title and numbered table captions", () => {
    const t = texts();
    expect(t[0]).toBe(result.study.title);
    expect(t).toContain("Table 1. Descriptive statistics");
    expect(t).toContain("Table 2. Weights");
    expect(t).toContain("Table 3. Development indices");
  });

  test("draws three-line tables: rules above, below and under the header, none vertical", () => {
    const tables = xml.match(/<w:tbl>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(6);
    const borders = xml.match(/<w:tblBorders>.*?<\/w:tblBorders>/)?.[0] ?? "";
    expect(borders).toMatch(/<w:top w:val="single"[^>]*w:sz="12"/);
    expect(borders).toMatch(/<w:bottom w:val="single"[^>]*w:sz="12"/);
    expect(borders).toMatch(/<w:insideV w:val="none"/);
  });

  test("shows the declared figures in spec order, each a picture of the figure written, with its numbered caption", async () => {
    const plan = JSON.parse(readFileSync(file("plan.json"), "utf8")) as {
      figures: { id: string; title: { en: string }; caption?: { en: string } }[];
    };
    const pictures = await docxPictures(readFileSync(file("report.docx")));
    expect(pictures.map((p) => p.name)).toEqual(plan.figures.map((f) => f.id));
    const t = texts();
    plan.figures.forEach((f, i) => {
      const p = pictures[i]!;
      expect(p.title).toBe(f.title.en);
      expect(p.description).toBe(f.caption?.en ?? f.title.en);
      // Under the picture: "Figure N. Title"; the declared caption is drawn in the picture
      // (and is its description), not written again under it.
      const at = t.indexOf(`Figure ${i + 1}. ${f.title.en}`);
      expect(at, f.id).toBeGreaterThan(0);
      if (f.caption) expect(t).not.toContain(f.caption.en);
      // The picture is figures/ID.svg shown at the SVG's size scaled to the 6.25-inch text
      // block (600 CSS px of 9,525 EMU), proportions kept, and drawn (no --png here) at print
      // resolution for that size: 300 px to the inch (96 CSS px), at most 2×.
      const svg = svgSize(readFileSync(file(`figures/${f.id}.svg`), "utf8"));
      const scale = Math.min(1, 600 / svg.width, 820 / svg.height);
      const width = Math.min(2 * svg.width, Math.round((Math.round(svg.width * scale) * 300) / 96));
      const drawn = pngSize(p.bytes);
      expect(drawn.width).toBe(width);
      expect(Math.abs(drawn.height - (svg.height * width) / svg.width)).toBeLessThanOrEqual(1);
      expect(p.cx).toBe(Math.round(svg.width * scale) * 9525);
      expect(p.cy).toBe(Math.round(svg.height * scale) * 9525);
    });
  });

  test("shows each D with its level, as the results have them", () => {
    const t = new Set(texts());
    for (const r of result.coupling) {
      r.years.forEach((_, i) => {
        expect(t.has(`${(r.D[i] ?? 0).toFixed(3)} (${r.level[i]})`)).toBe(true);
      });
    }
  });
});

describe("the CSV tables", () => {
  test("weights.csv has every weight of the results", () => {
    const [header, ...rows] = parseCsv(readFileSync(file("weights.csv"), "utf8"));
    expect(header).toEqual(["node", "node_label", "child", "child_label", "year", "weight"]);
    for (const node of result.nodes) {
      for (const [child, w] of Object.entries(node.weights)) {
        const row = rows.find((r) => r[0] === node.id && r[2] === child);
        expect(Number(row?.[5]), `${node.id}/${child}`).toBe(w);
      }
    }
  });

  test("filled.csv lists every filled cell", () => {
    const [header, ...rows] = parseCsv(readFileSync(file("filled.csv"), "utf8"));
    expect(header).toEqual(["variable", "region", "year", "rule", "value"]);
    expect(rows.map((r) => [r[0], r[1], Number(r[2]), Number(r[4])])).toEqual(
      result.filled.map((c) => [c.variable, c.region, c.year, c.value]),
    );
  });

  test("descriptive.csv: n, mean, sd, min, max per indicator", () => {
    const [header, ...rows] = parseCsv(readFileSync(file("descriptive.csv"), "utf8"));
    expect(header).toEqual(["indicator", "label", "unit", "n", "mean", "sd", "min", "max"]);
    expect(rows.map((r) => r[0])).toEqual(result.indicators.map((i) => i.id));
    const first = result.indicators[0]!;
    const xs = result.units.flatMap((u) => first.values[u.id] ?? []);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1));
    expect(Number(rows[0]![5])).toBeCloseTo(sd, 12);
  });
});

describe("report.html", () => {
  test("is one file with every figure and table inline and the files' hashes", () => {
    const html = readFileSync(file("report.html"), "utf8");
    const manifest = JSON.parse(readFileSync(file("manifest.json"), "utf8"));
    expect(html).not.toMatch(/<script|<link|src="http|href="http|@import/);
    const figures = manifest.files.filter((f: { path: string }) => f.path.endsWith(".svg"));
    expect(html.match(/<figure /g)).toHaveLength(figures.length);
    for (const f of manifest.files) {
      if (f.path === "report.html") continue;
      expect(html).toContain(`<td>${f.path}</td><td>${f.sha256}</td>`);
    }
    expect(html).toContain(`<h1>${result.study.title.replace(/'/g, "&#39;")}</h1>`);
  });
});

describe("--lang zh", () => {
  test("the workbook and the Word file use Chinese names and words", async () => {
    const zh = join(tmp, "zh");
    const r = await runMain(["run", "specs/northern.ccd", "--out", zh, "--lang", "zh"], {
      cwd: ROOT,
    });
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(zh, "results.xlsx"));
    // Sheets named in Chinese, in the same order as the English ones.
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      "发展指数",
      "耦合协调度",
      "年均增长率",
      "权重",
      "缺失值填补",
      "描述性统计",
      "敏感性分析",
    ]);
    const rows = sheetRows(wb.getWorksheet("发展指数")!);
    expect(rows[0]?.slice(0, 2)).toEqual(["节点", "单元"]);
    expect(rows[1]?.slice(0, 2)).toEqual(["数字基础设施", "京津冀"]);
    const coupling = sheetRows(wb.getWorksheet("耦合协调度")!);
    expect(coupling[0]).toEqual([
      "分析",
      "形式",
      "节点",
      "单元",
      "年份",
      "耦合度 C",
      "综合协调指数 T",
      "耦合协调度 D",
      "等级",
      "协调等级",
    ]);
    expect(coupling.slice(1).map((r) => r[9])).toContain("极度失调");
    // coupling.csv keeps its header (a machine-readable interface); its label is in Chinese.
    const csv = readFileSync(join(zh, "coupling.csv"), "utf8").split("\n");
    expect(csv[0]).toBe("analysis,form,systems,units,year,C,T,D,level,label");
    expect(csv[1]).toMatch(/^internal,product_over_mean,.*,(极度|严重|中度|轻度)失调$/);
    const zip = await JSZip.loadAsync(readFileSync(join(zh, "report.docx")));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("表1 描述性统计");
    expect(xml).not.toContain("Table 1.");
    expect(xml).toContain("图1 三大城市群数字经济发展指数");
    const html = readFileSync(join(zh, "report.html"), "utf8");
    expect(html).toContain('<html lang="zh-CN">');
    // The spec's declared figures come first, with their Chinese titles and captions.
    expect(html).toContain("图1 三大城市群数字经济发展指数");
    expect(html).toContain("2013—2021年各城市群数字经济各系统及综合发展指数");
    expect(html).toContain("数字基础设施：各单元历年指数");
  }, 120_000);
});
