/**
 * Golden plans: every `specs/*.ccd` (a glob, so specs added later are covered) compiles with no
 * errors to a schema-valid plan whose `stableStringify` equals `test/plans/<name>.plan.json`.
 * Regenerate after a deliberate change with `npx vitest run --project e2e -u test/dsl-plans.test.ts`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { compileSpec } from "@ccdc/dsl";
import { checkPlan, stableStringify } from "@ccdc/plan";
import { describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "..");
const specs = readdirSync(join(root, "specs"))
  .filter((f) => f.endsWith(".ccd"))
  .sort();

describe("golden plans", () => {
  test("northern.ccd is among the specs", () => {
    expect(specs).toContain("northern.ccd");
  });

  test.each(specs)("%s", async (name) => {
    const file = `specs/${name}`;
    const result = compileSpec(readFileSync(join(root, file), "utf8"), file);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.plan).toBeDefined();
    const check = checkPlan(result.plan);
    expect(check.ok ? [] : check.errors).toEqual([]);
    await expect(stableStringify(result.plan)).toMatchFileSnapshot(
      join(root, "test", "plans", `${basename(name, ".ccd")}.plan.json`),
    );
  });
});
