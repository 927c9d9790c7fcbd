import { readFileSync, writeFileSync } from "node:fs";
import {
  GAstVisitor,
  getLookaheadPaths,
  type IProduction,
  type LookaheadProductionType,
  NonTerminal,
  type Rule,
  Terminal,
  type TokenType,
} from "chevrotain";
import { expect, test } from "vitest";
import type { GrammarNode, LookaheadEntry } from "./grammar-table.js";
import { MAX_LOOKAHEAD, SpecParser } from "./parser.js";

// grammar-table.ts is generated from the grammar chevrotain records and committed. To
// regenerate it after a grammar change:
//   CCDC_UPDATE_CST=1 npx vitest run --project dsl src/grammar-table.test.ts  (or `pnpm test:update`)
const HEADER = `// Generated from parser.ts's grammar by grammar-table.test.ts; do not edit. Regenerate with
// CCDC_UPDATE_CST=1 npx vitest run --project dsl src/grammar-table.test.ts (or pnpm test:update).

/** A recorded production: its chevrotain class, its fields (token types by name), its parts. */
export type GrammarNode = readonly [
  kind: string,
  fields: Readonly<Record<string, string | number | boolean>>,
  definition?: readonly GrammarNode[],
];

/**
 * Chevrotain's key for a production's lookahead function, and its lookahead paths (token type
 * names): for an OR ("or gated" when an alternative has a GATE), each alternative's paths; for
 * an optional production, the paths that enter it.
 */
export type LookaheadEntry =
  | readonly [number, "or" | "or gated", readonly (readonly (readonly string[])[])[]]
  | readonly [number, "option", readonly (readonly string[])[]];

`;

/** The internals of chevrotain's parser the generator reads (not in its typings). */
interface ParserInternals {
  fullRuleNameToShort: Record<string, number>;
  lookAheadFuncsCache: Map<number, unknown>;
}

// Chevrotain's lookahead keys (its grammar/keys.ts): occurrence | production type | rule;
// the test below checks that the table has exactly the keys chevrotain computes.
const TYPE_BITS: Record<LookaheadProductionType, number> = {
  Alternation: 1 << 8,
  Option: 2 << 8,
  Repetition: 3 << 8,
  RepetitionMandatory: 4 << 8,
  RepetitionWithSeparator: 5 << 8,
  RepetitionMandatoryWithSeparator: 6 << 8,
};

interface Production {
  type: LookaheadProductionType;
  idx: number;
  maxLookahead?: number;
  hasPredicates?: boolean;
}

/** Every OR and optional production of a rule, as chevrotain's own collector finds them. */
function productions(rule: Rule): Production[] {
  const found: Production[] = [];
  const add = (type: LookaheadProductionType) => (p: IProduction) => {
    found.push({ type, ...(p as unknown as Omit<Production, "type">) });
  };
  const visitor = new (class extends GAstVisitor {
    override visitAlternation = add("Alternation");
    override visitOption = add("Option");
    override visitRepetition = add("Repetition");
    override visitRepetitionMandatory = add("RepetitionMandatory");
    override visitRepetitionWithSeparator = add("RepetitionWithSeparator");
    override visitRepetitionMandatoryWithSeparator = add("RepetitionMandatoryWithSeparator");
    override visitRule = () => {};
    override visitAlternative = () => {};
    override visitNonTerminal = () => {};
    override visitTerminal = () => {};
  })();
  rule.accept(visitor);
  return found;
}

const names = (paths: TokenType[][]): string[][] => paths.map((p) => p.map((type) => type.name));

function lookaheadTable(parser: SpecParser): LookaheadEntry[] {
  const short = (parser as unknown as ParserInternals).fullRuleNameToShort;
  const entries: LookaheadEntry[] = [];
  for (const rule of Object.values(parser.getGAstProductions())) {
    for (const p of productions(rule)) {
      const key = p.idx | TYPE_BITS[p.type] | short[rule.name]!;
      const paths = getLookaheadPaths({
        occurrence: p.idx,
        rule,
        prodType: p.type,
        maxLookahead: p.maxLookahead ?? MAX_LOOKAHEAD,
      }) as unknown as TokenType[][][];
      if (p.type === "Alternation")
        entries.push([key, p.hasPredicates ? "or gated" : "or", paths.map(names)]);
      else entries.push([key, "option", names(paths[0]!)]);
    }
  }
  return entries.sort((a, b) => a[0] - b[0]);
}

/** A recorded production as the table holds it. */
function grammarNode(p: IProduction): GrammarNode {
  const fields: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(p)) {
    if (k === "_definition" || k === "referencedRule" || v === undefined) continue;
    fields[k] = k === "terminalType" || k === "separator" ? (v as TokenType).name : v;
  }
  const kind = p.constructor.name;
  if (p instanceof Terminal || p instanceof NonTerminal) return [kind, fields];
  return [kind, fields, (p as Rule).definition.map(grammarNode)];
}

const eager = new SpecParser(true);
const rules = Object.values(eager.getGAstProductions()).map(grammarNode);
const lookahead = lookaheadTable(eager);

test("grammar-table.ts is fresh", () => {
  const file = new URL("./grammar-table.ts", import.meta.url);
  const lines = (xs: readonly unknown[]) => xs.map((x) => `  ${JSON.stringify(x)},\n`).join("");
  const text =
    `${HEADER}/** Each rule as recorded, in the order the parser defines the rules. */\n` +
    `export const RULES: readonly GrammarNode[] = [\n${lines(rules)}];\n\n` +
    `/** Every production's lookahead paths, by key. */\n` +
    `export const LOOKAHEAD: readonly LookaheadEntry[] = [\n${lines(lookahead)}];\n`;
  if (process.env.CCDC_UPDATE_CST) writeFileSync(file, text);
  expect(readFileSync(file, "utf8")).toBe(text);
});

test("the parser every command uses has chevrotain's recorded grammar", () => {
  // Class by class and field by field, NonTerminals linked to their rules.
  expect(new SpecParser().getGAstProductions()).toStrictEqual(eager.getGAstProductions());
});

test("the table has a lookahead function for every production chevrotain has one for", () => {
  const sorted = (m: Map<number, unknown>) => [...m.keys()].sort((a, b) => a - b);
  const keys = sorted((eager as unknown as ParserInternals).lookAheadFuncsCache);
  expect(lookahead.map((e) => e[0])).toEqual(keys);
  const lean = new SpecParser() as unknown as ParserInternals;
  expect(sorted(lean.lookAheadFuncsCache)).toEqual(keys);
});
