/**
 * Weighting methods end to end, on the starter study of `ccdc init`: an inconsistent AHP
 * matrix stops the run at the spec's `weights` line (P0016, before any data is read) or warns
 * with `allow_inconsistent` (W0306), and coefficient-of-variation weights on a negative
 * indicator stop it naming the indicator, unit and year (D0307). Imports the built packages.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main, memoryIO, runMain } from "@ccdc/cli";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "ccdc-weighting-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A starter study whose text is changed by `edit`; returns the spec's path. */
async function starter(name: string, edit: (spec: string) => string): Promise<string> {
  const dir = join(tmp, name);
  await main(["init", dir], memoryIO({ cwd: ROOT }));
  const spec = join(dir, "study.ccd");
  writeFileSync(spec, edit(readFileSync(spec, "utf8")));
  return spec;
}

// A circulant reciprocal matrix (each row the previous one shifted right): each indicator 9
// times as important as the next, and the last 9 times the first: CR ≫ 0.1.
const cyclic = (extra: string) => (s: string) =>
  s.replace(
    'index development "Regional development" {',
    `index development "Regional development" {
  weights ahp ${extra} {
    broadband_rate 1   9   1   1/9
    mobile_rate    1/9 1   9   1
    gdp_per_capita 1   1/9 1   9
    rd_intensity   9   1   1/9 1
  }`,
  );

describe("AHP consistency", () => {
  test("CR ≥ 0.1 stops the run at the weights line, with λmax, CI, RI and CR", async () => {
    const spec = await starter("cr", cyclic(""));
    const r = await runMain(["run", spec], { cwd: ROOT, env: {}, tty: false });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    // A circulant matrix has the all-ones vector as its Perron eigenvector, so λmax is a row's
    // sum: λmax = 1 + 9 + 1 + 1/9 = 11.1111, CI = (λmax − 4)/3 = 2.3704, CR = CI/RI(4) =
    // 2.3704/0.9 = 2.6337 (Saaty's RI(4) = 0.90).
    expect(r.stderr).toMatch(
      /^error\[P0016\]: node "development": the AHP matrix is inconsistent: λmax = 11\.1111, CI = 2\.3704, RI\(4\) = 0\.9, CR = 2\.6337 ≥ 0\.1$/m,
    );
    expect(r.stderr).toMatch(/^ --> .*study\.ccd:52:3$/m);
    expect(r.stderr).toMatch(/allow_inconsistent/);
  });

  test("allow_inconsistent runs, warns W0306, and reports the consistency in the results", async () => {
    const spec = await starter("cr-allowed", cyclic("allow_inconsistent"));
    const r = await runMain(["run", spec, "--format", "json"], { cwd: ROOT, env: {}, tty: false });
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    const root = result.nodes.find((n: { id: string }) => n.id === "development");
    expect(root.weighting[0].scalars.cr).toBeCloseTo(2.6337, 4);
    // A circulant matrix has equal row products (1·9·1·1/9 = 1): equal weights.
    for (const w of Object.values(root.weights)) expect(w).toBeCloseTo(1 / 4, 12);
    expect(result.warnings.map((w: { code: string }) => w.code)).toContain("W0306");
  });
});

describe("coefficient of variation", () => {
  test("a negative indicator value stops the run, naming the indicator, unit and year", async () => {
    const spec = await starter("cv", (s) =>
      s
        .replace("  weights entropy\n", "  weights cv\n")
        .replace("value gdp / population", "value 0 - gdp / population"),
    );
    const r = await runMain(["run", spec], { cwd: ROOT, env: {}, tty: false });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error\[D0307\]: node "economy" weighs by the coefficient of variation of the raw values, which needs values ≥ 0 with a positive mean; "gdp_per_capita" is -[\d.]+ for north in 2019$/m,
    );
    expect(r.stderr).toMatch(/indicator gdp_per_capita/);
  });
});
