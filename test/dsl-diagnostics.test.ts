/**
 * Golden diagnostics (Prisma style): every `test/diagnostics/*.ccd` is a small broken spec;
 * its rendered diagnostics (no colour), followed by the summary line, must equal the sibling
 * `*.expected.txt`. Regenerate after a deliberate wording change with
 * `npx vitest run --project e2e -u test/dsl-diagnostics.test.ts`, then read the diff.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { compileSpec, renderDiagnostics, summarize } from "@ccdc/dsl";
import { describe, expect, test } from "vitest";

const dir = join(import.meta.dirname, "diagnostics");
const specs = readdirSync(dir)
  .filter((f) => f.endsWith(".ccd"))
  .sort();

describe("golden diagnostics", () => {
  test("the corpus is not empty", () => {
    expect(specs.length).toBeGreaterThanOrEqual(25);
  });

  test.each(specs)("%s", async (name) => {
    const text = readFileSync(join(dir, name), "utf8");
    const file = `diagnostics/${name}`;
    const result = compileSpec(text, file);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    const rendered = renderDiagnostics(result.diagnostics, new Map([[file, text]]));
    const plan = result.plan ? "a plan was produced" : "no plan";
    await expect(`${rendered}\n${summarize(result.diagnostics)}; ${plan}\n`).toMatchFileSnapshot(
      join(dir, `${basename(name, ".ccd")}.expected.txt`),
    );
  });
});
