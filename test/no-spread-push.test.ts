/**
 * No `push(...items)` in the packages' sources: it passes every item as a call argument, and
 * V8 throws a RangeError past about 100,000 of them (a large study's warnings, a long table's
 * lines). Append with `appendAll` (@ccdc/plan, append-all.ts) or a loop. Tests may spread.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const PACKAGES = fileURLToPath(new URL("../packages", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") && !e.name.endsWith(".d.ts")
      ? [path]
      : [];
  });
}

test("no source appends by spreading into push()", () => {
  const found: string[] = [];
  for (const pkg of readdirSync(PACKAGES)) {
    for (const file of sources(join(PACKAGES, pkg, "src"))) {
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          // Code only: a comment may name the pattern it avoids.
          const code = line.replace(/\/\/.*$/, "").replace(/^\s*\*.*$/, "");
          if (/\.(push|unshift)\(\s*\.\.\./.test(code)) found.push(`${file}:${i + 1}`);
        });
    }
  }
  expect(found).toEqual([]);
});
