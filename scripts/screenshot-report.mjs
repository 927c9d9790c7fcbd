#!/usr/bin/env node
// Takes a full-page PNG of a report.html for a person to look at, with Debian's chromium:
//   node scripts/screenshot-report.mjs out/report.html [shot.png]
// (CHROMIUM_PATH overrides /usr/bin/chromium.) The page is opened offline, as the test does.
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(new URL("../test/package.json", import.meta.url));
const { default: puppeteer } = await import(require.resolve("puppeteer-core"));
const [html, shot = "report.png"] = process.argv.slice(2);
if (!html) {
  console.error("usage: node scripts/screenshot-report.mjs DIR/report.html [shot.png]");
  process.exit(2);
}
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(pathToFileURL(resolve(html)).href, { waitUntil: "load" });
  await page.screenshot({ path: shot, fullPage: true });
  console.error(`wrote ${shot}`);
} finally {
  await browser.close();
}
