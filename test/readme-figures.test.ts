/**
 * The README's figures (docs/figures/*.svg) are current: the flagship's figures, regenerated
 * now, are byte-identical. After a change, run `pnpm build && node scripts/readme-figures.mjs`.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "@ccdc/cli";
import { expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FIGURES = [
  "index-digital_economy.svg",
  "coupling-spatial-digital_economy-product_over_mean.svg",
];

test("docs/figures holds the flagship's current figures", async () => {
  const tmp = mkdtempSync(join(tmpdir(), "ccdc-readme-"));
  try {
    const r = await runMain(["figures", "specs/northern.ccd", "--out", join(tmp, "out")], {
      cwd: ROOT,
    });
    expect(r.code, r.stderr).toBe(0);
    for (const f of FIGURES) {
      const now = readFileSync(join(tmp, "out/figures", f), "utf8");
      const committed = readFileSync(join(ROOT, "docs/figures", f), "utf8");
      expect(committed === now, `docs/figures/${f} is stale: run scripts/readme-figures.mjs`).toBe(
        true,
      );
    }
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    for (const f of FIGURES) expect(readme).toContain(`docs/figures/${f}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}, 120_000);
