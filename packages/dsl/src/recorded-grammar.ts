/**
 * The parser's grammar as chevrotain records it (its GAST: one `Rule` per rule, made of
 * `Terminal`, `NonTerminal`, `Option`, `Alternation`, … productions), rebuilt from the table
 * generated from a recording (grammar-table.ts; grammar-table.test.ts regenerates it, fails
 * when it is stale, and checks that the rebuilt grammar equals the recorded one, class by class
 * and field by field). Recording runs every rule's code in a recording mode, which was about a
 * tenth of starting ccdc; rebuilding makes a few hundred objects.
 */
import {
  Alternation,
  Alternative,
  EOF,
  type IProduction,
  NonTerminal,
  Option,
  Repetition,
  RepetitionMandatory,
  RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator,
  Rule,
  Terminal,
  type TokenType,
} from "chevrotain";
import type { GrammarNode } from "./grammar-table.js";
import * as t from "./lexer.js";

/** Token types by name (the grammar table names them). */
export function tokenTypesByName(): (name: string) => TokenType {
  const byName = new Map<string, TokenType>([[EOF.name, EOF]]);
  for (const type of t.allTokens) byName.set(type.name, type);
  return (name) => {
    const type = byName.get(name);
    if (type === undefined) throw new Error(`grammar table: no token type ${name}`);
    return type;
  };
}

const PRODUCTIONS: Record<string, { prototype: object }> = {
  Rule,
  Terminal,
  NonTerminal,
  Alternative,
  Alternation,
  Option,
  Repetition,
  RepetitionMandatory,
  RepetitionWithSeparator,
  RepetitionMandatoryWithSeparator,
};

/**
 * A recorded production (a `Rule` at the top) rebuilt from the table: an object of its class
 * with the fields the recording gave it (chevrotain links NonTerminals to their rules later).
 * Made without the classes' constructors, which copy their options through lodash (most of the
 * cost when every node of the grammar is made at start); grammar-table.test.ts checks the
 * result against the recording, class and fields.
 */
export function recordedProduction(node: GrammarNode, token: (name: string) => TokenType): Rule {
  const build = ([kind, fields, children]: GrammarNode): IProduction => {
    const made = PRODUCTIONS[kind];
    if (made === undefined) throw new Error(`grammar table: no production kind ${kind}`);
    const p = Object.create(made.prototype) as Record<string, unknown>;
    for (const key in fields) {
      const v = fields[key];
      p[key] = key === "terminalType" || key === "separator" ? token(v as string) : v;
    }
    // A Terminal has no definition; a NonTerminal's is its rule's (and its own stays empty).
    if (children !== undefined) p._definition = children.map(build);
    else if (kind === "NonTerminal") p._definition = [];
    return p as unknown as IProduction;
  };
  return build(node) as Rule;
}
