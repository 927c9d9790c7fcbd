/**
 * Pass `symbols`: every declared name is unique across the spec (one namespace for the study,
 * sources, variables, regions, clusters, nodes, indicators, scales and analyses; citation names
 * are their own namespace). Fills the symbol table; the first declaration of a name wins.
 *
 * Codes: E0101 (duplicate name, with the first declaration as related location).
 */

import type {
  AnalysisDecl,
  ClusterDecl,
  DynamicsDecl,
  Ident,
  IndicatorDecl,
  NodeDecl,
  RegionDecl,
  ScaleDecl,
  SourceDecl,
  StudyDecl,
  VariableDecl,
} from "../ast.js";
import type { FigureDecl } from "../ast-figure.js";
import type { ObstacleDecl, RelativeDecl } from "../ast-relative-obstacle.js";
import type { AutocorrelationDecl, MapDecl, SpatialWeightsDecl } from "../ast-spatial.js";
import type { SensitivityDecl, VariantDecl } from "../ast-variants.js";
import { duplicateName } from "../messages.js";
import type { CheckContext } from "./context.js";

export type Sym =
  | { readonly kind: "study"; readonly name: Ident; readonly decl: StudyDecl }
  | { readonly kind: "source"; readonly name: Ident; readonly decl: SourceDecl }
  | {
      readonly kind: "variable";
      readonly name: Ident;
      readonly decl: VariableDecl;
      readonly source: SourceDecl;
    }
  | { readonly kind: "region"; readonly name: Ident; readonly decl: RegionDecl }
  | { readonly kind: "cluster"; readonly name: Ident; readonly decl: ClusterDecl }
  | { readonly kind: "node"; readonly name: Ident; readonly decl: NodeDecl }
  | { readonly kind: "indicator"; readonly name: Ident; readonly decl: IndicatorDecl }
  | { readonly kind: "scale"; readonly name: Ident; readonly decl: ScaleDecl }
  | { readonly kind: "analysis"; readonly name: Ident; readonly decl: AnalysisDecl }
  | { readonly kind: "map"; readonly name: Ident; readonly decl: MapDecl }
  | { readonly kind: "spatial_weights"; readonly name: Ident; readonly decl: SpatialWeightsDecl }
  | { readonly kind: "autocorrelation"; readonly name: Ident; readonly decl: AutocorrelationDecl }
  | { readonly kind: "dynamics"; readonly name: Ident; readonly decl: DynamicsDecl }
  | { readonly kind: "relative"; readonly name: Ident; readonly decl: RelativeDecl }
  | { readonly kind: "obstacle"; readonly name: Ident; readonly decl: ObstacleDecl }
  | { readonly kind: "variant"; readonly name: Ident; readonly decl: VariantDecl }
  | { readonly kind: "sensitivity"; readonly name: Ident; readonly decl: SensitivityDecl }
  | { readonly kind: "figure"; readonly name: Ident; readonly decl: FigureDecl };

export type SymbolKind = Sym["kind"];

/** "a region", "the index", "a system", … for messages. */
export function describe(s: Sym): string {
  switch (s.kind) {
    case "node":
      return s.decl.role === "root" ? "the index" : `a ${s.decl.role}`;
    case "analysis":
    case "indicator":
    case "autocorrelation":
    case "obstacle":
      return `an ${s.kind}`;
    case "relative":
      return "a relative development analysis";
    case "spatial_weights":
      return "a spatial weights matrix";
    default:
      return `a ${s.kind}`;
  }
}

/** Every declaration with a name, in spec order (nodes and indicators depth-first). */
export function* declarations(ctx: CheckContext): Generator<Sym> {
  for (const item of ctx.ast.items) {
    switch (item.kind) {
      case "study":
        if (item.name) yield { kind: "study", name: item.name, decl: item };
        break;
      case "source":
        if (item.name) yield { kind: "source", name: item.name, decl: item };
        for (const v of item.variables)
          yield { kind: "variable", name: v.name, decl: v, source: item };
        break;
      case "region":
        yield { kind: "region", name: item.name, decl: item };
        break;
      case "cluster":
        yield { kind: "cluster", name: item.name, decl: item };
        break;
      case "node":
        yield* nodeDeclarations(item);
        break;
      case "scale":
        yield { kind: "scale", name: item.name, decl: item };
        break;
      case "analysis":
        yield { kind: "analysis", name: item.name, decl: item };
        break;
      case "map":
        yield { kind: "map", name: item.name, decl: item };
        break;
      case "spatial_weights":
        yield { kind: "spatial_weights", name: item.name, decl: item };
        break;
      case "autocorrelation":
        yield { kind: "autocorrelation", name: item.name, decl: item };
        break;
      case "dynamics":
        yield { kind: "dynamics", name: item.name, decl: item };
        break;
      case "relative":
        yield { kind: "relative", name: item.name, decl: item };
        break;
      case "obstacle":
        yield { kind: "obstacle", name: item.name, decl: item };
        break;
      case "variant":
        yield { kind: "variant", name: item.name, decl: item };
        break;
      case "sensitivity":
        yield { kind: "sensitivity", name: item.name, decl: item };
        break;
      case "figure":
        yield { kind: "figure", name: item.name, decl: item };
        break;
      case "units":
      case "method":
        break;
      default: {
        const never: never = item;
        return never;
      }
    }
  }
}

function* nodeDeclarations(node: NodeDecl): Generator<Sym> {
  yield { kind: "node", name: node.name, decl: node };
  for (const child of node.children) {
    if (child.kind === "node") yield* nodeDeclarations(child);
    else yield { kind: "indicator", name: child.name, decl: child };
  }
}

export function checkSymbols(ctx: CheckContext): void {
  for (const sym of declarations(ctx)) {
    if (sym.name.name === "") continue;
    const first = ctx.symbols.get(sym.name.name);
    if (first === undefined) ctx.symbols.set(sym.name.name, sym);
    else ctx.report(duplicateName(sym.name, kindNoun(sym), first.name.range, describe(first)));
  }
  const citations = new Map<string, Ident>();
  for (const item of ctx.ast.items) {
    if (item.kind !== "study") continue;
    for (const c of item.citations) {
      const first = citations.get(c.name.name);
      if (first === undefined) citations.set(c.name.name, c.name);
      else ctx.report(duplicateName(c.name, "citation", first.range, "a citation"));
    }
  }
}

function kindNoun(s: Sym): string {
  return s.kind === "node" ? (s.decl.role === "root" ? "index" : s.decl.role) : s.kind;
}
