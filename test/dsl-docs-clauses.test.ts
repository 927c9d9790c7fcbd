/**
 * docs/language.md's table "Clauses given once, clauses that repeat" covers every block the
 * parser knows, every clause the AST builder takes once (its `once(…)` / `onceParts(…)`
 * bookkeeping, which turns a second one into E0105), and every other clause of a block's
 * grammar rule (which may therefore repeat). The lists are derived from the sources, so a new
 * block or clause that is not in the table fails here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

const root = join(import.meta.dirname, "..");
const read = (p: string) => readFileSync(join(root, p), "utf8");
const parser = read("packages/dsl/src/parser.ts");
const builder = read("packages/dsl/src/ast-builder.ts");
const doc = read("docs/language.md");

/** `spatialWeightsDecl` → `spatial_weights`; a node rule is written as index, system or group. */
const keywordsOf = (rule: string): string[] =>
  rule === "nodeDecl"
    ? ["index", "system", "group"]
    : [rule.replace(/Decl$/, "").replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)];

/** The body of each grammar rule, by name. */
const rules = new Map<string, string>();
{
  const starts = [...parser.matchAll(/this\.RULE\("(\w+)"/g)];
  for (const [i, m] of starts.entries())
    rules.set(m[1]!, parser.slice(m.index, starts[i + 1]?.index ?? parser.length));
}
const subrules = (rule: string) =>
  [...(rules.get(rule) ?? "").matchAll(/SUBRULE\d*\(this\.(\w+)/g)].map((m) => m[1]!);

/** The top-level blocks: the alternatives of the `spec` rule. */
const blockRules = subrules("spec");

/** Table rows: block keywords → the words of the "once" and "may repeat" columns. */
const table = (() => {
  const start = doc.indexOf("| block ");
  const end = doc.indexOf("\n\n", start);
  const rows = doc.slice(start, end).split("\n").slice(2);
  const words = (cell: string) => new Set([...cell.matchAll(/`(\w+)/g)].map((m) => m[1]!));
  return rows.map((row) => {
    const [blocks = "", once = "", repeat = ""] = row
      .split(/\s\|\s/)
      .map((c) => c.replace(/^\|/, ""));
    return { blocks: words(blocks), once: words(once), repeat: words(repeat), text: row };
  });
})();
const rowOf = (keyword: string) => table.find((r) => r.blocks.has(keyword));

/** (block, clause) pairs the AST builder takes once. */
const onceClauses = (() => {
  const pairs: { block: string; clause: string }[] = [];
  // direct calls: this.once(xs, "clause", "block") — `block` is the node keyword (index/system/group)
  for (const m of builder.matchAll(
    /this\.once(?:Parts)?\([^"]*?"(\w+)",\s*(?:"(\w+)"|(block))\s*,?\s*\)/gs,
  ))
    pairs.push({ clause: m[1]!, block: m[2] ?? "index" });
  // local helpers: const once = (xs, clause) => this.once(xs, clause, "block"); once(c.x, "clause")
  const helpers = [...builder.matchAll(/this\.once\(xs, clause, "(\w+)"\)/g)];
  for (const [i, h] of helpers.entries()) {
    const body = builder.slice(h.index, helpers[i + 1]?.index ?? builder.length);
    const end = body.search(/\n {2}private /);
    for (const m of body
      .slice(0, end < 0 ? undefined : end)
      .matchAll(/[^.]\bonce\([^"]*?"(\w+)"\)/gs))
      pairs.push({ clause: m[1]!, block: h[1]! });
  }
  return pairs;
})();
/** Where a builder's block name is documented: `normalize`'s parts in method; `node` in variant. */
const docRowFor = (block: string) =>
  block === "normalize" ? "method" : block === "node" ? "variant" : block;

test("the derivation finds the blocks and clauses (guards the regexes)", () => {
  expect(blockRules).toContain("studyDecl");
  expect(blockRules).toContain("figureDecl");
  expect(onceClauses).toContainEqual({ block: "study", clause: "title" });
  expect(onceClauses).toContainEqual({ block: "dynamics", clause: "markov" });
  expect(onceClauses).toContainEqual({ block: "figure", clause: "caption" });
  expect(onceClauses).toContainEqual({ block: "index", clause: "given" });
  expect(onceClauses).toContainEqual({ block: "normalize", clause: "shift" });
});

test("every block the parser knows has a row in the table", () => {
  const missing = blockRules.flatMap(keywordsOf).filter((k) => !rowOf(k));
  expect(missing).toEqual([]);
});

test("every clause the AST builder takes once is in its block's `once` column", () => {
  const missing = onceClauses
    .filter(({ block, clause }) => !rowOf(docRowFor(block))?.once.has(clause))
    .map(({ block, clause }) => `${block}: ${clause}`);
  expect(missing).toEqual([]);
});

test("every other clause of a block's grammar is in its `may repeat` column", () => {
  // a rule's own name words for clause rules: citeClause → cite, variableDecl → variable
  const keyword = (r: string) =>
    r === "nodeDecl"
      ? "group"
      : r === "subjectClause"
        ? "of"
        : r === "relativeLevel"
          ? "level"
          : r === "variantNode"
            ? "node"
            : r === "variantAnalysis"
              ? "analysis"
              : r === "settingClause"
                ? "setting"
                : r
                    .replace(/(Clause|Decl)$/, "")
                    .replace(/^figure(\w)/, (_, c: string) => c.toLowerCase());
  // pieces that are not clauses: labels and a name list belong to the block's head
  const notClauses = new Set(["labels", "otherLabel", "nameList", "signedNumber", "settingsBlock"]);
  const missing: string[] = [];
  for (const rule of blockRules) {
    const block = keywordsOf(rule)[0]!;
    const row = rowOf(block);
    if (!row) continue; // reported by the block test
    const once = new Set(
      onceClauses
        .filter((p) => docRowFor(p.block) === block || (block === "index" && p.block === "index"))
        .map((p) => p.clause),
    );
    for (const sub of new Set(subrules(rule))) {
      if (notClauses.has(sub)) continue;
      const k = keyword(sub);
      if (once.has(k) || row.repeat.has(k) || row.once.has(k)) continue;
      if (sub === "settingClause" && /every other setting|every setting/.test(row.text)) continue;
      missing.push(`${block}: ${k} (${sub})`);
    }
  }
  expect(missing).toEqual([]);
});
