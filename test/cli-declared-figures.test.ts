/**
 * The figures specs/northern.ccd declares (`figure` blocks): `ccdc run --out` writes each under
 * figures/ID (Vega-Lite JSON and SVG) beside the default set, their data are the results'
 * values, report.html shows them first with their captions, and a readable golden lists them.
 * In-process (main() with captured output); run `pnpm build` first (the root `pnpm test` does).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "@ccdc/cli";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const run = (args: string[]) => runMain(args, { cwd: ROOT });

type Row = Record<string, unknown>;
type Spec = Record<string, unknown>;

/** Every data row of a Vega-Lite spec, wherever it sits (layers, panels). */
function rows(spec: unknown, out: Row[] = []): Row[] {
  if (Array.isArray(spec)) for (const x of spec) rows(x, out);
  else if (spec && typeof spec === "object") {
    for (const [k, v] of Object.entries(spec)) {
      if (k === "values" && Array.isArray(v)) out.push(...(v as Row[]));
      else rows(v, out);
    }
  }
  return out;
}
/** The titles of a spec's panels (concat / hconcat), in order. */
const panelTitles = (spec: Spec): string[] =>
  ((spec.concat ?? spec.hconcat ?? []) as Spec[]).map((p) => String(p.title));

let tmp: string;
let out: string;
let results: {
  years: number[];
  nodes: { id: string; index: Record<string, number[]> }[];
  coupling: {
    analysis: string;
    form: string;
    units: string[];
    systems: string[];
    D: number[];
  }[];
};
let plan: { figures: { id: string }[] };
const figure = (id: string): Spec =>
  JSON.parse(readFileSync(join(out, `figures/${id}.vl.json`), "utf8"));

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "ccdc-declared-"));
  out = join(tmp, "out");
  const r = await run(["run", "specs/northern.ccd", "--out", out]);
  expect(r.code, r.stderr).toBe(0);
  results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
  plan = JSON.parse(readFileSync(join(out, "plan.json"), "utf8"));
}, 180_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the flagship's declared figures", () => {
  test("each is written as figures/ID.vl.json and .svg and listed in the manifest", () => {
    const manifest = readFileSync(join(out, "manifest.json"), "utf8");
    expect(plan.figures.map((f) => f.id)).toEqual([
      "fig_indices",
      "fig_internal",
      "fig_between",
      "fig_between_systems",
      "fig_systems",
    ]);
    for (const { id } of plan.figures) {
      for (const ext of ["vl.json", "svg"]) {
        expect(existsSync(join(out, `figures/${id}.${ext}`)), `${id}.${ext}`).toBe(true);
        expect(manifest).toContain(`"figures/${id}.${ext}"`);
      }
    }
    // Each SVG says what it shows when used alone: its title, and its caption under it.
    const svg = readFileSync(join(out, "figures/fig_indices.svg"), "utf8");
    expect(svg).toMatch(
      /^<svg [^>]*><title>Development indices of the three city clusters<\/title><desc>Each system's index/,
    );
    expect(svg).toContain("role-title-subtitle");
    // The default set is still written beside them.
    expect(existsSync(join(out, "figures/index-digital_economy.svg"))).toBe(true);
  });

  test("the indices figure draws each node's index by cluster and year, as results.json has it", () => {
    const drawn = rows(figure("fig_indices"));
    const expected = ["infrastructure", "industrialization", "digitization", "digital_economy"]
      .map((id) => results.nodes.find((n) => n.id === id)!)
      .flatMap((n) =>
        Object.keys(n.index).flatMap((unit) =>
          results.years.map((year, i) => [unit, year, n.index[unit]![i]]),
        ),
      );
    expect(drawn.map((r) => [r.unitId, r.year, r.index])).toEqual(expected);
  });

  test("the between figure draws D of the comprehensive index, product_over_mean, every combination", () => {
    const drawn = rows(figure("fig_between")).filter((r) => "series" in r);
    const expected = results.coupling
      .filter(
        (r) =>
          r.analysis === "spatial" &&
          r.form === "product_over_mean" &&
          r.systems[0] === "digital_economy",
      )
      .flatMap((r) => r.D.map((d, i) => [r.units.join("+"), results.years[i], d]));
    expect(expected.length).toBe(4 * 9);
    expect(drawn.map((r) => [r.units, r.year, r.D])).toEqual(expected);
  });

  test("golden: every declared figure's title, caption, panels and marks", async () => {
    const html = readFileSync(join(out, "report.html"), "utf8");
    const lines = plan.figures.map(({ id }) => {
      const spec = figure(id);
      const at = html.indexOf(`data-figure="${id}"`);
      const tag = html.slice(at, html.indexOf(">", at));
      // Under the figure its number and title only: the caption is the title's subtitle.
      const figcaption = (/<figcaption>([^<]*)<\/figcaption>/.exec(html.slice(at))?.[1] ?? "")
        .replaceAll("&#39;", "'")
        .replaceAll("&amp;", "&");
      // A captioned figure's title is { text, subtitle: the caption's lines } (caption.ts).
      const title = spec.title as string | { text: string; subtitle: string[] };
      const subtitle = typeof title === "string" ? [] : title.subtitle;
      return [
        `${id}: ${typeof title === "string" ? title : title.text}`,
        ...subtitle.map((l) => `  subtitle: ${l}`),
        ...panelTitles(spec).map((t) => `  panel: ${t}`),
        `  marks: ${/data-mark="([^"]*)"/.exec(tag)?.[1]} × ${/data-expected-marks="(\d+)"/.exec(tag)?.[1]}`,
        `  figcaption: ${figcaption}`,
      ].join("\n");
    });
    // The declared figures come first in report.html, in spec order.
    const order = [...html.matchAll(/data-figure="([^"]*)"/g)].map((m) => m[1]);
    expect(order.slice(0, 5)).toEqual(plan.figures.map((f) => f.id));
    await expect(`${lines.join("\n")}\n`).toMatchFileSnapshot("golden/northern-figures.txt");
  });
});

describe("bad figures", () => {
  test("a figure naming an unknown node is a diagnostic, and nothing is written", async () => {
    const spec = readFileSync(join(ROOT, "specs/northern.ccd"), "utf8")
      .replace(
        "show index of infrastructure, industrialization, digitization, digital_economy",
        "show index of infrastructure, industrialisation",
      )
      .replace('"../../shared/data/', `"${join(ROOT, "../shared/data")}/`);
    const file = join(tmp, "bad-figure.ccd");
    writeFileSync(file, spec);
    const bad = join(tmp, "bad");
    const r = await run(["run", file, "--out", bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error[E0102]: unknown node `industrialisation`");
    expect(r.stderr).toContain("did you mean `industrialization`?");
    expect(existsSync(bad)).toBe(false);
  });
});
