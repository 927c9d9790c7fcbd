#!/usr/bin/env node
// Regenerates the figures the README shows (docs/figures/*.svg) from the flagship study:
//   pnpm build && node scripts/readme-figures.mjs
// test/readme-figures.test.ts fails when they are not current.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const README_FIGURES = [
  "index-digital_economy.svg",
  "coupling-spatial-digital_economy-product_over_mean.svg",
];

const root = fileURLToPath(new URL("..", import.meta.url));
const { main } = await import(join(root, "packages/cli/dist/ccdc.bundle.js"));
const tmp = mkdtempSync(join(tmpdir(), "ccdc-readme-"));
try {
  const code = await main(["figures", join(root, "specs/northern.ccd"), "--out", join(tmp, "out")]);
  if (code !== 0) process.exit(code);
  for (const f of README_FIGURES) {
    copyFileSync(join(tmp, "out/figures", f), join(root, "docs/figures", f));
    console.error(`wrote docs/figures/${f}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
