/**
 * The paper outputs of `ccdc run … --out DIR`: figures (Vega-Lite JSON, SVG, PNG on request)
 * in the chosen --lang, and the errors that stop a run before anything is written.
 * In-process (main() with captured output); run `pnpm build` first (the root `pnpm test` does).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "@ccdc/cli";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { docxPictures } from "./docx-pictures.js";

const DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const run = (args: string[]) => runMain(args, { cwd: ROOT });

let tmp: string;
let starter: string;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "ccdc-paper-"));
  starter = join(tmp, "starter");
  expect((await run(["init", starter])).code).toBe(0);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("--lang zh", () => {
  test("the figures use the study's Chinese labels", async () => {
    const out = join(tmp, "zh");
    const r = await run(["run", "specs/northern.ccd", "--out", out, "--lang", "zh"]);
    expect(r.code, r.stderr).toBe(0);
    const spec = JSON.parse(
      readFileSync(join(out, "figures/index-digital_economy.vl.json"), "utf8"),
    );
    const units = new Set(spec.data.values.map((v: { unit: string }) => v.unit));
    expect([...units]).toEqual(["京津冀", "中原", "山东半岛"]);
    expect(spec.title).toBe("数字经济综合发展：各单元历年指数");
    const heat = readFileSync(join(out, "figures/heatmap-internal-product_over_mean.svg"), "utf8");
    expect(heat).toContain("极度失调");
  }, 120_000);

  test("a study without Chinese labels stops with a clear message, nothing written", async () => {
    const out = join(tmp, "starter-zh");
    const r = await run(["run", join(starter, "study.ccd"), "--out", out, "--lang", "zh"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--lang zh: the study declares no zh labels/);
    expect(existsSync(out)).toBe(false);
  });
});

describe("--png", () => {
  test("draws every figure as a PNG too, listed in the manifest", async () => {
    const out = join(tmp, "png");
    const r = await run(["run", join(starter, "study.ccd"), "--out", out, "--png"]);
    expect(r.code, r.stderr).toBe(0);
    const figures = readdirSync(join(out, "figures"));
    const svgs = figures.filter((f) => f.endsWith(".svg"));
    const pngs = figures.filter((f) => f.endsWith(".png"));
    expect(svgs.length).toBeGreaterThan(0);
    expect(pngs.map((f) => f.replace(/\.png$/, ""))).toEqual(
      svgs.map((f) => f.replace(/\.svg$/, "")),
    );
    const png = readFileSync(join(out, "figures", pngs[0]!));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    const listed = manifest.files.map((f: { path: string }) => f.path);
    for (const f of figures) expect(listed).toContain(`figures/${f}`);
    // The study declares no figures: report.docx shows the headline figures of the default
    // set, each the very PNG written under figures/.
    const pictures = await docxPictures(readFileSync(join(out, "report.docx")));
    expect(pictures.map((p) => p.name)).toEqual([
      "index-development",
      "coupling-internal-standard",
      "coupling-spatial-development-standard",
      "systems-2019-2022",
    ]);
    for (const p of pictures) {
      expect(Buffer.from(p.bytes).equals(readFileSync(join(out, `figures/${p.name}.png`)))).toBe(
        true,
      );
    }
  }, 120_000);

  test.runIf(existsSync(DEJAVU))(
    "--lang zh with a font that has no Chinese stops, nothing written",
    async () => {
      const out = join(tmp, "zh-dejavu");
      const r = await run([
        "run",
        "specs/northern.ccd",
        "--out",
        out,
        "--lang",
        "zh",
        "--png",
        "--font",
        DEJAVU,
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/the font has no Chinese glyphs; --lang zh needs a CJK font/);
      expect(existsSync(out)).toBe(false);
    },
  );

  test("a missing --font file stops the run, nothing written", async () => {
    const out = join(tmp, "nofont");
    const r = await run([
      "run",
      join(starter, "study.ccd"),
      "--out",
      out,
      "--png",
      "--font",
      "no-such.ttf",
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--font .*no-such\.ttf: no such file/);
    expect(existsSync(out)).toBe(false);
  });

  test("--font without --png is a usage mistake", async () => {
    const r = await run(["run", join(starter, "study.ccd"), "--font", "x.ttf"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--font is for PNG text/);
  });
});

describe("ccdc figures", () => {
  test("writes only the figures and a manifest listing them", async () => {
    const out = join(tmp, "figs");
    const r = await run(["figures", join(starter, "study.ccd"), "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["figures", "manifest.json"]);
    const names = readdirSync(join(out, "figures")).sort();
    expect(names.some((f) => f.endsWith(".vl.json"))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(
      names.map((f) => `figures/${f}`),
    );
  });
});
