/**
 * The checker's shared state: the AST being checked, the diagnostics found so far, the symbol
 * table, and the side tables the passes fill (CEL-style: keyed by AST node, the tree is never
 * mutated). Lowering reads the same tables, so every name is resolved exactly once.
 */

import type { Dynamics } from "@ccdc/plan";
import type {
  AnalysisDecl,
  ClusterDecl,
  DynamicsDecl,
  Ident,
  IndicatorDecl,
  MethodDecl,
  NodeDecl,
  RegionDecl,
  SourceDecl,
  SpecFile,
  StudyDecl,
  UnitsDecl,
} from "../ast.js";
import type { Diagnostic } from "../diagnostic.js";
import { unknownName, wrongKind } from "../messages.js";
import type { StandardScale } from "../standard-scales.js";
import { describe, type Sym, type SymbolKind } from "./symbols.js";
import type { UnitExpr } from "./unit-algebra.js";

/** The study's units, resolved: their level and the declarations, in order. */
export type ResolvedUnits =
  | { readonly level: "cluster"; readonly list: readonly ClusterDecl[]; readonly decl: UnitsDecl }
  | { readonly level: "region"; readonly list: readonly RegionDecl[]; readonly decl: UnitsDecl };

export interface SideTables {
  study?: StudyDecl;
  method?: MethodDecl;
  root?: NodeDecl;
  units?: ResolvedUnits;
  /** Parent of every node and indicator below the root (only for a well-formed hierarchy). */
  readonly parent: Map<NodeDecl | IndicatorDecl, NodeDecl>;
  /** Every node in the hierarchy, root first, depth-first in spec order. */
  nodes: NodeDecl[];
  /** Every indicator in the hierarchy, in spec order. */
  indicators: IndicatorDecl[];
  readonly format: Map<SourceDecl, "csv" | "xlsx">;
  /** The unit of each indicator's value expression (absent if it could not be computed). */
  readonly exprUnit: Map<IndicatorDecl, UnitExpr>;
  /** Between analyses: the combinations of unit ids, enumerated. */
  readonly combinations: Map<AnalysisDecl, string[][]>;
  /** Within analyses: the unit ids it runs in. */
  readonly withinUnits: Map<AnalysisDecl, string[]>;
  /**
   * The scale each analysis grades with (its id, and the standard scale when it is one that
   * the spec does not declare), and whether the spec named it.
   */
  readonly analysisScale: Map<
    AnalysisDecl,
    {
      readonly id: string;
      readonly origin: "spec" | "default";
      readonly standard?: StandardScale;
    }
  >;
  /** Each dynamics declaration resolved to its plan object (pass `dynamics`). */
  readonly dynamics: Map<DynamicsDecl, Dynamics>;
  /** Names referenced anywhere (for the unused-declaration warnings). */
  readonly used: Set<string>;
}

/** What a reference expects: the acceptable symbols and how to describe them in messages. */
export interface Expectation {
  /** Noun used in "unknown X `name`": "variable", "region", "scale", … */
  readonly noun: string;
  /** Phrase used in "… but X is expected here": "a variable", "a system or group", … */
  readonly phrase: string;
  readonly accepts: (s: Sym) => boolean;
}

export const expectKind = (
  kind: SymbolKind,
  noun: string = kind,
  phrase?: string,
): Expectation => ({
  noun,
  phrase: phrase ?? `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`,
  accepts: (s) => s.kind === kind,
});

export class CheckContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly symbols = new Map<string, Sym>();
  readonly tables: SideTables = {
    parent: new Map(),
    nodes: [],
    indicators: [],
    format: new Map(),
    exprUnit: new Map(),
    combinations: new Map(),
    withinUnits: new Map(),
    analysisScale: new Map(),
    dynamics: new Map(),
    used: new Set(),
  };

  constructor(readonly ast: SpecFile) {}

  report(d: Diagnostic): void {
    this.diagnostics.push(d);
  }

  get errorCount(): number {
    return this.diagnostics.filter((d) => d.severity === "error").length;
  }

  /**
   * Resolves a reference: the symbol if it exists and is of an expected kind; otherwise reports
   * E0102 (unknown, with did-you-mean among acceptable names) or E0103 (wrong kind) and returns
   * undefined. Marks the name used either way.
   */
  resolve(name: Ident, expect: Expectation): Sym | undefined {
    if (name.name === "") return undefined;
    this.tables.used.add(name.name);
    const sym = this.symbols.get(name.name);
    if (sym === undefined) {
      const candidates = [...this.symbols.values()].filter(expect.accepts).map((s) => s.name.name);
      this.report(unknownName(name, expect.noun, candidates));
      return undefined;
    }
    if (!expect.accepts(sym)) {
      this.report(wrongKind(name, describe(sym), expect.phrase, sym.name.range));
      return undefined;
    }
    return sym;
  }
}
