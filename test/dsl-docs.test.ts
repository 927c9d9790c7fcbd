/**
 * docs/language.md lists every diagnostic code the compiler can emit (the checker's catalog
 * `messages.ts` and the parser's `syntax-messages.ts`), and no code that does not exist.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

const root = join(import.meta.dirname, "..");
const read = (p: string) => readFileSync(join(root, p), "utf8");
const codesIn = (text: string, re: RegExp) =>
  [...new Set([...text.matchAll(re)].map((m) => m[1]!))].sort();

test("every diagnostic code is documented, and every documented code exists", () => {
  const source =
    read("packages/dsl/src/messages.ts") +
    read("packages/dsl/src/syntax-messages.ts") +
    read("packages/dsl/src/spatial-messages.ts") +
    read("packages/dsl/src/variant-messages.ts") +
    read("packages/dsl/src/figure-messages.ts") +
    read("packages/dsl/src/relative-obstacle-messages.ts") +
    read("packages/dsl/src/check/spatial-analysis.ts");
  const emitted = codesIn(source, /"([EW]\d{4})"/g);
  const documented = codesIn(read("docs/language.md"), /^\| ([EW]\d{4}) \|/gm);
  expect(documented).toEqual(emitted);
});
