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

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");

test("docs/method.md numbers its sections 1, 2, 3, … and every citation names one", () => {
  const method = readFileSync(join(root, "docs", "method.md"), "utf8");
  const headings = [...method.matchAll(/^## (.*)$/gm)].map((m) => m[1]!);
  // Every top-level section is numbered, in order.
  expect(headings.map((h, i) => (h.startsWith(`${i + 1}. `) ? i + 1 : h))).toEqual(
    headings.map((_, i) => i + 1),
  );
  const anchors = new Set([...method.matchAll(/^#+ (.*)$/gm)].map((m) => slug(m[1]!)));
  const bad: string[] = [];
  for (const f of ["README.md", "docs", "specs", "packages", "test"].flatMap((p) => {
    const path = join(root, p);
    return statSync(path).isDirectory() ? files(path) : [path];
  })) {
    readFileSync(f, "utf8")
      .split("\n")
      .forEach((line, i) => {
        const where = `${relative(root, f)}:${i + 1}`;
        // "method.md §2", "[method.md §3](method.md)", "[method.md](method.md) §9-10", "§2, §7".
        for (const m of line.matchAll(/method\.md(?:\]\([^)]*\))?((?:[ ,]+§\d+(?:[-–]\d+)?)+)/g))
          for (const n of m[1]!.matchAll(/§(\d+)(?:[-–](\d+))?/g))
            for (const k of [n[1], n[2]].filter((x) => x !== undefined))
              if (Number(k) < 1 || Number(k) > headings.length) bad.push(`${where}: §${k}`);
        for (const m of line.matchAll(/method\.md#([\w-]+)/g))
          if (!anchors.has(m[1]!)) bad.push(`${where}: #${m[1]}`);
      });
  }
  expect(bad).toEqual([]);
});
