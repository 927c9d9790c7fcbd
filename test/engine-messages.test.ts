/**
 * The engine's message catalog (packages/engine/src/messages/) is the only place an engine issue
 * is built: its codes are exactly ISSUE_CODES, which docs/run-errors.md lists, and no other
 * engine source file writes an issue code or calls the `error`/`warning` builders itself.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ISSUE_CODES } from "@ccdc/engine";
import { expect, test } from "vitest";

const root = join(import.meta.dirname, "..");
const src = join(root, "packages", "engine", "src");
const catalog = join(src, "messages");

/** Every non-test TypeScript file under `dir`, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === "testing" ? [] : sources(p);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [p] : [];
  });
}

/** Comments removed, so that a code named in a doc comment is not taken for a use. */
const code = (text: string): string =>
  text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");

test("engine issues are built only by the catalog's factories", () => {
  const outside = sources(src).filter(
    (f) => !f.startsWith(catalog) && !f.endsWith(join("src", "issues.ts")),
  );
  const offenders: string[] = [];
  for (const f of outside) {
    const rel = relative(src, f);
    const text = code(readFileSync(f, "utf8"));
    const why: string[] = [];
    // The builders themselves, imported from issues.ts.
    const imports = [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"[./]*issues\.js"/g)];
    for (const m of imports)
      for (const name of m[1]!.split(",").map((s) => s.trim()))
        if (name === "error" || name === "warning") why.push(`imports ${name}`);
    for (const m of text.matchAll(/["'`]([PDW]\d{4})["'`]/g)) why.push(`writes ${m[1]}`);
    for (const m of text.matchAll(/severity:\s*["'](error|warning)["']/g))
      why.push(`builds a ${m[1]} literal`);
    if (why.length > 0) offenders.push(`${rel}: ${[...new Set(why)].join(", ")}`);
  }
  expect(offenders).toEqual([]);
});

test("the catalog's codes are exactly the engine's codes, and docs/run-errors.md lists them", () => {
  const used = new Set<string>();
  for (const f of sources(catalog))
    for (const m of code(readFileSync(f, "utf8")).matchAll(/["'`]([PDW]\d{4})["'`]/g))
      used.add(m[1]!);
  const all = Object.keys(ISSUE_CODES).sort();
  expect(all.filter((c) => !used.has(c))).toEqual([]);
  expect([...used].sort().filter((c) => !all.includes(c))).toEqual([]);
  const doc = readFileSync(join(root, "docs", "run-errors.md"), "utf8");
  const documented = [...doc.matchAll(/^\| ([PDW]\d{4}) \|/gm)].map((m) => m[1]).sort();
  expect(documented).toEqual(all);
});
