/**
 * report.html in a real browser: headless Chromium (Debian's `chromium`, installed by .ci/run)
 * opens the page from disk with every network request refused, and the test checks that each
 * figure was drawn (a non-empty box, and as many data marks as the figure has series or cells)
 * and that the page logged no error. Locally without Chromium the test is skipped; under CI it
 * fails instead. `node scripts/screenshot-report.mjs DIR/report.html` takes a picture of it.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { runMain } from "@ccdc/cli";
import puppeteer, { type Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) {
  throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium for this test`);
}

describe.runIf(haveChromium)("report.html in headless Chromium", () => {
  let tmp: string;
  let browser: Browser;
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), "ccdc-html-"));
    const r = await runMain(["run", "specs/northern.ccd", "--out", join(tmp, "out")], {
      cwd: ROOT,
    });
    expect(r.code, r.stderr).toBe(0);
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  test("draws every figure, with the expected marks, offline and without errors", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    const external: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warn") problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${String(e)}`));
    await page.setRequestInterception(true);
    page.on("request", (req) => {
      if (req.url().startsWith("file:") || req.url().startsWith("data:")) void req.continue();
      else {
        external.push(req.url());
        void req.abort();
      }
    });
    await page.goto(pathToFileURL(join(tmp, "out", "report.html")).href, { waitUntil: "load" });
    const figures = await page.$$eval("figure[data-figure]", (els) =>
      els.map((el) => {
        const svg = el.querySelector("svg");
        const box = svg?.getBoundingClientRect();
        const mark = el.getAttribute("data-mark") ?? "";
        return {
          name: el.getAttribute("data-figure"),
          expected: Number(el.getAttribute("data-expected-marks")),
          drawn: el.querySelectorAll(`g.role-mark[class*=" ${mark}_"] > path`).length,
          width: box?.width ?? 0,
          height: box?.height ?? 0,
        };
      }),
    );
    expect(figures.length).toBeGreaterThanOrEqual(10);
    for (const f of figures) {
      expect(f.width, `${f.name} width`).toBeGreaterThan(100);
      expect(f.height, `${f.name} height`).toBeGreaterThan(100);
      expect(f.drawn, `${f.name} marks`).toBe(f.expected);
    }
    const tables = await page.$$eval("table[data-table]", (els) => els.length);
    expect(tables).toBeGreaterThan(5);
    expect(external).toEqual([]);
    expect(problems).toEqual([]);
  }, 120_000);
});
