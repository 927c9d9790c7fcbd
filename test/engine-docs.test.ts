/** docs/run-errors.md lists every code the engine can emit, and no code that does not exist. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ISSUE_CODES } from "@ccdc/engine";
import { expect, test } from "vitest";

test("every engine issue code is documented, and every documented code exists", () => {
  const doc = readFileSync(join(import.meta.dirname, "..", "docs", "run-errors.md"), "utf8");
  const documented = [...doc.matchAll(/^\| ([PDW]\d{4}) \|/gm)].map((m) => m[1]).sort();
  expect(documented).toEqual(Object.keys(ISSUE_CODES).sort());
});
