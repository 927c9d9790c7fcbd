/**
 * The docs and code comments cite the project's own docs (docs/method.md sections), never
 * files outside the repository: no `METHOD.md`, no `shared/seeds/` (a spec's data path and a
 * pointer to the data's SOURCES.md are fine: the data lives beside the repository by design).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "vitest";

const root = join(import.meta.dirname, "..");
const SKIP = new Set(["node_modules", "dist", ".git", "golden", "plans", "fixtures"]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|mjs|md|ccd)$/.test(name) ? [path] : [];
  });
}

test("no citation of a file outside the repository", () => {
  const self = relative(root, import.meta.filename);
  const found = ["README.md", "docs", "specs", "packages", "test", "scripts"]
    .flatMap((p) => {
      const path = join(root, p);
      return statSync(path).isDirectory() ? files(path) : [path];
    })
    .filter((f) => relative(root, f) !== self)
    .flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .flatMap((line, i) =>
          /METHOD\.md|shared\/seeds\//.test(line) ? [`${relative(root, f)}:${i + 1}`] : [],
        ),
    );
  expect(found).toEqual([]);
});
