import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { PASSES } from "./index.js";

const here = (f: string) => new URL(f, import.meta.url);

test("every pass has its own file, a doc comment naming its codes, and a test file", () => {
  for (const [name] of PASSES) {
    const file = `./${name}.ts`;
    expect(existsSync(here(file)), file).toBe(true);
    const text = readFileSync(here(file), "utf8");
    expect(text.startsWith(`/**\n * Pass \`${name}\`:`), file).toBe(true);
    expect(text, file).toMatch(/Codes: [EW]\d{4}/);
    expect(existsSync(here(`./${name}.test.ts`)), `${name}.test.ts`).toBe(true);
  }
});
