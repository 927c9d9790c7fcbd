/**
 * CST → AST: plain functions over the generated CST types (cst.d.ts).
 *
 * Robust to the partial CST that error recovery leaves: a token chevrotain invented (or never
 * saw) is treated as absent. An optional part that is absent is undefined; a node whose
 * *required* part is absent (a region without a name, a binary expression without its right
 * operand, a scale level without its bounds) is left out, since the syntax error already
 * explains it. Nothing here throws.
 *
 * A clause that a block takes once but that is written again is recorded in `repeated` (the
 * first one is kept), for the checker to report: nothing written is silently dropped.
 *
 * A parenthesised expression yields its inner node with the range widened to cover the
 * parentheses, so `(a + b) * c` has ranges `(a + b)` and `(a + b) * c`.
 */
import type { CstElement, CstNode, IToken } from "chevrotain";
import type {
  AggregateAst,
  AnalysisDecl,
  BetweenItem,
  ClusterDecl,
  DynamicsDecl,
  ExprAst,
  Ident,
  IndicatorDecl,
  LabelSet,
  LayoutDecl,
  MethodDecl,
  MissingRuleAst,
  NodeDecl,
  Num,
  RegionDecl,
  RepeatedClause,
  ScaleDecl,
  ScaleLevelAst,
  SourceDecl,
  SpecFile,
  Str,
  StudyDecl,
  TopItem,
  UnitsDecl,
  VariableDecl,
  WeightRow,
  WeightsAst,
} from "./ast.js";
import type { FigureDecl } from "./ast-figure.js";
import type { ObstacleDecl, RelativeDecl, RelativeLevelAst } from "./ast-relative-obstacle.js";
import type {
  AutocorrelationDecl,
  MapDecl,
  SettingAst,
  SettingValue,
  SpatialWeightsDecl,
} from "./ast-spatial.js";
import type { SensitivityDecl, VariantDecl } from "./ast-variants.js";
import type * as C from "./cst.js";
import type { Range } from "./diagnostic.js";
import { isVirtual, LineIndex, stringValue, tokenRange } from "./lexer.js";

type Toks = readonly IToken[] | undefined;

/** Builds the AST of a parsed spec. `cst` is the `spec` rule's node (possibly partial). */
export function buildAst(cst: CstNode, file: string, text: string): SpecFile {
  const b = new Builder(file);
  const items = inOrder((cst as C.SpecCstNode).children).flatMap((n) => b.topItem(n) ?? []);
  const range = new LineIndex(text).range(file, 0, text.length);
  return { kind: "spec", file, items, repeated: b.repeated, range };
}

const isNode = (e: CstElement): e is CstNode => "children" in e;

/** The child nodes of a CST node in source order (chevrotain groups them by rule name). */
function inOrder(children: object): CstNode[] {
  const all = Object.values(children as Record<string, CstElement[]>)
    .flat()
    .filter(isNode);
  const start = (n: CstNode): number => n.location?.startOffset ?? Number.NaN;
  return all.filter((n) => !Number.isNaN(start(n))).sort((a, b) => start(a) - start(b));
}

const def = <T>(x: T | undefined): x is T => x !== undefined;

class Builder {
  readonly repeated: RepeatedClause[] = [];
  constructor(private readonly file: string) {}

  /** The first of a clause that `block` takes once; each further one is recorded as repeated. */
  private once<N extends CstNode>(
    nodes: readonly N[] | undefined,
    clause: string,
    block: string,
  ): N | undefined {
    const first = nodes?.[0];
    const firstRange = this.range(first);
    if (firstRange) {
      for (const n of (nodes ?? []).slice(1)) {
        const range = this.range(n);
        if (range) this.repeated.push({ clause, block, range, first: firstRange });
      }
    }
    return first;
  }
  /** Like `once`, for a part of a clause: its keywords and the ranges of their values. */
  private onceParts(
    keywords: Toks,
    values: readonly (Range | undefined)[],
    clause: string,
    block: string,
  ): void {
    const ranges = (keywords ?? []).map((k, i) => {
      const kw = tokenRange(this.file, k);
      const v = values[i];
      return v ? this.span(kw, v) : kw;
    });
    const first = ranges[0];
    if (first)
      for (const range of ranges.slice(1)) this.repeated.push({ clause, block, range, first });
  }

  // ------------------------------------------------------------- leaves
  private tok(xs: Toks, i = 0): IToken | undefined {
    const t = xs?.[i];
    return t && !isVirtual(t) ? t : undefined;
  }
  private range(node: CstNode | undefined): Range | undefined {
    const l = node?.location;
    if (!l || Number.isNaN(l.startOffset) || l.endOffset === undefined || Number.isNaN(l.endOffset))
      return undefined;
    return {
      file: this.file,
      start: { line: l.startLine ?? 1, column: l.startColumn ?? 1, offset: l.startOffset },
      end: { line: l.endLine ?? 1, column: (l.endColumn ?? 0) + 1, offset: l.endOffset + 1 },
    };
  }
  private span(a: Range, b: Range): Range {
    return { file: this.file, start: a.start, end: b.end };
  }
  private ident(xs: Toks, i = 0): Ident | undefined {
    const t = this.tok(xs, i);
    return t && { name: t.image, range: tokenRange(this.file, t) };
  }
  private idents(xs: Toks): Ident[] {
    return (xs ?? []).map((_, i) => this.ident(xs, i)).filter(def);
  }
  private str(xs: Toks, i = 0): Str | undefined {
    const t = this.tok(xs, i);
    return t && { value: stringValue(t), range: tokenRange(this.file, t) };
  }
  private num(node: C.SignedNumberCstNode | undefined): Num | undefined {
    const n = this.tok(node?.children.NumberLiteral);
    if (!node || !n) return undefined;
    const minus = this.tok(node.children.Minus);
    const text = (minus ? "-" : "") + n.image;
    const end = tokenRange(this.file, n);
    return {
      value: Number(text),
      text,
      range: minus ? this.span(tokenRange(this.file, minus), end) : end,
    };
  }
  private first<N>(xs: readonly N[] | undefined): N | undefined {
    return xs?.[0];
  }
  private labels(node: C.LabelsCstNode | undefined): LabelSet {
    const others = (node?.children.otherLabel ?? []).flatMap((o) => {
      const lang = this.ident(o.children.Identifier);
      const text = this.str(o.children.StringLiteral);
      return lang && text ? [{ lang, text }] : [];
    });
    const primary = this.str(node?.children.primary);
    return primary ? { primary, others } : { others };
  }
  private nameList(nodes: readonly C.NameListCstNode[] | undefined): Ident[] {
    return (nodes ?? []).flatMap((n) => this.idents(n.children.Identifier));
  }

  // ------------------------------------------------------------- top level
  topItem(n: CstNode): TopItem | undefined {
    switch (n.name) {
      case "studyDecl":
        return this.study(n as C.StudyDeclCstNode);
      case "sourceDecl":
        return this.source(n as C.SourceDeclCstNode);
      case "regionDecl":
        return this.region(n as C.RegionDeclCstNode);
      case "clusterDecl":
        return this.cluster(n as C.ClusterDeclCstNode);
      case "unitsDecl":
        return this.units(n as C.UnitsDeclCstNode);
      case "methodDecl":
        return this.method(n as C.MethodDeclCstNode);
      case "nodeDecl":
        return this.node(n as C.NodeDeclCstNode);
      case "scaleDecl":
        return this.scale(n as C.ScaleDeclCstNode);
      case "analysisDecl":
        return this.analysis(n as C.AnalysisDeclCstNode);
      case "mapDecl":
        return this.map(n as C.MapDeclCstNode);
      case "spatialWeightsDecl":
      case "autocorrelationDecl":
        return this.spatialBlock(n as C.SpatialWeightsDeclCstNode | C.AutocorrelationDeclCstNode);
      case "dynamicsDecl":
        return this.dynamics(n as C.DynamicsDeclCstNode);
      case "relativeDecl":
        return this.relative(n as C.RelativeDeclCstNode);
      case "obstacleDecl":
        return this.obstacle(n as C.ObstacleDeclCstNode);
      case "variantDecl":
        return this.variant(n as C.VariantDeclCstNode);
      case "sensitivityDecl":
        return this.sensitivity(n as C.SensitivityDeclCstNode);
      case "figureDecl":
        return this.figure(n as C.FigureDeclCstNode);
      default:
        return undefined;
    }
  }

  private study(n: C.StudyDeclCstNode): StudyDecl | undefined {
    const range = this.range(n);
    if (!range) return undefined;
    const c = n.children;
    const name = this.ident(c.Identifier);
    const title = this.str(this.once(c.titleClause, "title", "study")?.children.StringLiteral);
    const p = this.once(c.periodClause, "period", "study");
    const from = this.num(this.first(p?.children.from));
    const to = this.num(this.first(p?.children.to));
    const pr = this.range(p);
    const notes = (c.noteClause ?? []).map((x) => this.str(x.children.StringLiteral)).filter(def);
    const citations = (c.citeClause ?? []).flatMap((x) => {
      const cname = this.ident(x.children.Identifier);
      const text = this.str(x.children.StringLiteral);
      const r = this.range(x);
      return cname && text && r ? [{ name: cname, text, range: r }] : [];
    });
    return {
      kind: "study",
      ...(name && { name }),
      ...(title && { title }),
      ...(from && to && pr && { period: { from, to, range: pr } }),
      notes,
      citations,
      range,
    };
  }

  // ------------------------------------------------------------- sources
  private source(n: C.SourceDeclCstNode): SourceDecl | undefined {
    const range = this.range(n);
    if (!range) return undefined;
    const c = n.children;
    const name = this.ident(c.Identifier);
    const path = this.str(c.StringLiteral);
    const format = this.ident(this.once(c.formatClause, "format", "source")?.children.Identifier);
    const sheet = this.str(this.once(c.sheetClause, "sheet", "source")?.children.StringLiteral);
    const layout = this.layout(this.once(c.layoutClause, "layout", "source"));
    const missing = this.missing(this.once(c.missingClause, "missing", "source"));
    const variables = (c.variableDecl ?? []).map((v) => this.variable(v)).filter(def);
    return {
      kind: "source",
      ...(name && { name }),
      ...(path && { path }),
      ...(format && { format }),
      ...(sheet && { sheet }),
      ...(layout && { layout }),
      ...(missing && { missing }),
      variables,
      range,
    };
  }
  private layout(n: C.LayoutClauseCstNode | undefined): LayoutDecl | undefined {
    const shape = this.ident(n?.children.Identifier);
    const range = this.range(n);
    if (!n || !shape || !range) return undefined;
    const columns = (n.children.layoutColumn ?? []).flatMap((col) => {
      const role = this.ident(col.children.Identifier);
      const column = this.str(col.children.StringLiteral);
      const r = this.range(col);
      return role && column && r ? [{ role, column, range: r }] : [];
    });
    return { shape, columns, range };
  }
  private missing(n: C.MissingClauseCstNode | undefined): MissingRuleAst | undefined {
    const rule = this.ident(n?.children.rule);
    const range = this.range(n);
    if (!rule || !range) return undefined;
    const proxy = this.ident(n?.children.proxy);
    return { rule, ...(proxy && { proxy }), range };
  }
  private variable(n: C.VariableDeclCstNode): VariableDecl | undefined {
    const c = n.children;
    const name = this.ident(c.Identifier);
    const range = this.range(n);
    if (!name || !range) return undefined;
    const key = this.str(c.StringLiteral);
    const unit = this.str(this.once(c.unitClause, "unit", "variable")?.children.StringLiteral);
    const aggregate = this.aggregate(this.once(c.aggregateClause, "aggregate", "variable"));
    const missing = this.missing(this.once(c.missingClause, "missing", "variable"));
    const note = this.str(this.once(c.noteClause, "note", "variable")?.children.StringLiteral);
    return {
      kind: "variable",
      name,
      ...(key && { key }),
      ...(unit && { unit }),
      ...(aggregate && { aggregate }),
      ...(missing && { missing }),
      ...(note && { note }),
      range,
    };
  }
  private aggregate(n: C.AggregateClauseCstNode | undefined): AggregateAst | undefined {
    const method = this.ident(n?.children.method);
    const range = this.range(n);
    if (!method || !range) return undefined;
    const by = this.ident(n?.children.by);
    return { method, ...(by && { by }), range };
  }

  // ------------------------------------------------------------- regions, clusters, units
  private region(n: C.RegionDeclCstNode): RegionDecl | undefined {
    const c = n.children;
    const name = this.ident(c.Identifier);
    const range = this.range(n);
    if (!name || !range) return undefined;
    const key = this.str(c.StringLiteral);
    return {
      kind: "region",
      name,
      labels: this.labels(this.first(c.labels)),
      ...(key && { key }),
      range,
    };
  }
  private cluster(n: C.ClusterDeclCstNode): ClusterDecl | undefined {
    const c = n.children;
    const name = this.ident(c.Identifier);
    const range = this.range(n);
    if (!name || !range) return undefined;
    return {
      kind: "cluster",
      name,
      labels: this.labels(this.first(c.labels)),
      members: this.nameList(c.nameList),
      range,
    };
  }
  /** `units clusters` / `units regions` set the level; any other list names the units. */
  private units(n: C.UnitsDeclCstNode): UnitsDecl | undefined {
    const range = this.range(n);
    if (!range) return undefined;
    const list = this.nameList(n.children.nameList);
    const only = list.length === 1 ? list[0]?.name : undefined;
    if (only === "clusters" || only === "regions")
      return { kind: "units", level: only, list: [], range };
    return { kind: "units", list, range };
  }

  // ------------------------------------------------------------- method
  /** `normalize minmax shift S scope X` (method block or variant); a repeated part is recorded. */
  private normalize(norm: C.NormalizeClauseCstNode | undefined): MethodDecl["normalize"] {
    const range = this.range(norm);
    if (!norm || !range) return undefined;
    const nc = norm.children;
    this.onceParts(
      nc.Shift,
      (nc.shift ?? []).map((x) => this.num(x)?.range),
      "shift",
      "normalize",
    );
    this.onceParts(
      nc.Scope,
      (nc.scope ?? []).map((_, i) => this.ident(nc.scope, i)?.range),
      "scope",
      "normalize",
    );
    const method = this.ident(nc.method);
    const shift = this.num(this.first(nc.shift));
    const scope = this.ident(nc.scope);
    return { ...(method && { method }), ...(shift && { shift }), ...(scope && { scope }), range };
  }
  private method(n: C.MethodDeclCstNode): MethodDecl | undefined {
    const range = this.range(n);
    if (!range) return undefined;
    const c = n.children;
    const normalize = this.normalize(this.once(c.normalizeClause, "normalize", "method"));
    const weights = this.weights(this.once(c.weightsClause, "weights", "method"));
    const compose = this.ident(
      this.once(c.composeClause, "compose", "method")?.children.Identifier,
    );
    const coupling = this.once(c.couplingClause, "coupling", "method");
    const constant = this.ident(
      this.once(c.constantClause, "constant", "method")?.children.Identifier,
    );
    return {
      kind: "method",
      ...(normalize && { normalize }),
      ...(weights && { weights }),
      ...(compose && { compose }),
      ...(coupling && { coupling: this.nameList(coupling.children.nameList) }),
      ...(constant && { constant }),
      range,
    };
  }
  private weights(n: C.WeightsClauseCstNode | undefined): WeightsAst | undefined {
    const method = this.ident(n?.children.Identifier);
    const range = this.range(n);
    if (!n || !method || !range) return undefined;
    const options = (n.children.option ?? []).map((o) => this.ident([o])).filter(def);
    const numbers = (n.children.number ?? []).map((x) => this.num(x)).filter(def);
    const rows = (n.children.weightRow ?? []).flatMap((r): WeightRow[] => {
      const name = this.ident(r.children.Identifier);
      const rowRange = this.range(r);
      const cells = (r.children.weightCell ?? []).map((c) => this.cell(c)).filter(def);
      return name && rowRange ? [{ name, cells, range: rowRange }] : [];
    });
    const fixed = rows.flatMap((r) =>
      r.cells.length === 1 ? [{ name: r.name, value: r.cells[0]! }] : [],
    );
    const members = (n.children.member ?? []).map((m) => this.weights(m)).filter(def);
    return { method, options, numbers, rows, fixed, members, range };
  }
  /** A cell: a number, or a fraction `a/b` (value a ÷ b, text as written). */
  private cell(n: C.WeightCellCstNode): Num | undefined {
    const top = this.num(this.first(n.children.signedNumber));
    const den = this.tok(n.children.denominator);
    if (!top || !den) return top;
    const denRange = tokenRange(this.file, den);
    return {
      value: top.value / Number(den.image),
      text: `${top.text}/${den.image}`,
      range: this.span(top.range, denRange),
    };
  }

  // ------------------------------------------------------------- hierarchy
  private node(n: C.NodeDeclCstNode): NodeDecl | undefined {
    const c = n.children;
    const kw = this.tok(c.Index) ?? this.tok(c.System) ?? this.tok(c.Group);
    const name = this.ident(c.Identifier);
    const range = this.range(n);
    if (!kw || !name || !range) return undefined;
    const role =
      kw.tokenType.name === "Index" ? "root" : kw.tokenType.name === "System" ? "system" : "group";
    const block = kw.image;
    const compose = this.ident(this.once(c.composeClause, "compose", block)?.children.Identifier);
    const weights = this.weights(this.once(c.weightsClause, "weights", block));
    const given = this.ident(this.once(c.givenClause, "given", block)?.children.Identifier);
    const children = inOrder({ nodeDecl: c.nodeDecl ?? [], indicatorDecl: c.indicatorDecl ?? [] })
      .map((x) =>
        x.name === "nodeDecl"
          ? this.node(x as C.NodeDeclCstNode)
          : this.indicator(x as C.IndicatorDeclCstNode),
      )
      .filter(def);
    return {
      kind: "node",
      role,
      keyword: tokenRange(this.file, kw),
      name,
      labels: this.labels(this.first(c.labels)),
      ...(compose && { compose }),
      ...(weights && { weights }),
      ...(given && { given }),
      children,
      range,
    };
  }
  private indicator(n: C.IndicatorDeclCstNode): IndicatorDecl | undefined {
    const c = n.children;
    const name = this.ident(c.Identifier);
    const range = this.range(n);
    if (!name || !range) return undefined;
    const d = this.once(c.directionClause, "direction", "indicator")?.children;
    const direction = this.ident(d?.Identifier) ?? this.ident(d?.Plus) ?? this.ident(d?.Minus);
    const unit = this.str(this.once(c.unitClause, "unit", "indicator")?.children.StringLiteral);
    const valueClause = this.once(c.valueClause, "value", "indicator");
    const value = this.expression(this.first(valueClause?.children.expression));
    const from = this.str(this.once(c.fromClause, "from", "indicator")?.children.StringLiteral);
    return {
      kind: "indicator",
      name,
      labels: this.labels(this.first(c.labels)),
      ...(direction && { direction }),
      ...(unit && { unit }),
      ...(value && { value }),
      ...(from && { from }),
      range,
    };
  }

  // ------------------------------------------------------------- expressions
  /** A left-associative chain `a op b op c` → ((a op b) op c); undefined if any part is missing. */
  private chain(operands: readonly (ExprAst | undefined)[], ops: Toks): ExprAst | undefined {
    let acc = operands[0];
    for (let i = 1; i < operands.length; i++) {
      const op = this.tok(ops, i - 1)?.image;
      const right = operands[i];
      if (!acc || !right || (op !== "+" && op !== "-" && op !== "*" && op !== "/"))
        return undefined;
      acc = { kind: "binary", op, left: acc, right, range: this.span(acc.range, right.range) };
    }
    return acc;
  }
  private expression(n: C.ExpressionCstNode | undefined): ExprAst | undefined {
    if (!n || (n.children.operands ?? []).length === 0) return undefined;
    return this.chain(
      n.children.operands.map((x) => this.term(x)),
      n.children.AddOp,
    );
  }
  private term(n: C.TermCstNode): ExprAst | undefined {
    if ((n.children.operands ?? []).length === 0) return undefined;
    return this.chain(
      n.children.operands.map((x) => this.unary(x)),
      n.children.MulOp,
    );
  }
  private unary(n: C.UnaryCstNode): ExprAst | undefined {
    const minus = this.tok(n.children.Minus);
    if (minus) {
      const operand = this.first(n.children.unary) && this.unary(this.first(n.children.unary)!);
      return (
        operand && {
          kind: "neg",
          operand,
          range: this.span(tokenRange(this.file, minus), operand.range),
        }
      );
    }
    return this.primary(this.first(n.children.primary));
  }
  private primary(n: C.PrimaryCstNode | undefined): ExprAst | undefined {
    const c = n?.children;
    const numTok = this.tok(c?.NumberLiteral);
    if (numTok) {
      const range = tokenRange(this.file, numTok);
      return {
        kind: "num",
        value: { value: Number(numTok.image), text: numTok.image, range },
        range,
      };
    }
    const name = this.ident(c?.Identifier);
    if (name) return { kind: "var", name, range: name.range };
    const inner = this.expression(this.first(c?.expression));
    const open = this.tok(c?.LParen);
    const close = this.tok(c?.RParen);
    if (!inner || !open || !close) return undefined;
    return {
      ...inner,
      range: this.span(tokenRange(this.file, open), tokenRange(this.file, close)),
    };
  }

  // ------------------------------------------------------------- grading
  private scale(n: C.ScaleDeclCstNode): ScaleDecl | undefined {
    const c = n.children;
    const name = this.ident(c.Identifier);
    const range = this.range(n);
    if (!name || !range) return undefined;
    const levels = (c.levelDecl ?? []).map((l) => this.level(l)).filter(def);
    return { kind: "scale", name, labels: this.labels(this.first(c.labels)), levels, range };
  }
  private level(n: C.LevelDeclCstNode): ScaleLevelAst | undefined {
    return this.band(n, n.children, this.num(this.first(n.children.upper)));
  }

  /**
   * A graded band `level K [lower, upper) "label"`, shared by scale levels and relative
   * development's bands; only how the upper bound is written differs, so the caller reads it.
   */
  private band<U>(
    n: CstNode,
    c: C.LevelDeclCstChildren | C.RelativeLevelCstChildren,
    upper: U | undefined,
  ) {
    const level = this.num(this.first(c.level));
    const lower = this.num(this.first(c.lower));
    const open = this.tok(c.LBracket) ?? this.tok(c.LParen);
    const close = this.tok(c.RBracket) ?? this.tok(c.RParen);
    const range = this.range(n);
    if (!level || !lower || !upper || !open || !close || !range) return undefined;
    return {
      level,
      lower,
      upper,
      lowerClosed: open.image === "[",
      upperClosed: close.image === "]",
      labels: this.labels(this.first(c.labels)),
      range,
    };
  }

  // ------------------------------------------------------------- analyses
  private analysis(n: C.AnalysisDeclCstNode): AnalysisDecl | undefined {
    const c = n.children;
    const name = this.ident(c.Identifier);
    const range = this.range(n);
    if (!name || !range) return undefined;
    const w = this.once(c.withinClause, "within", "analysis");
    const wr = this.range(w);
    const each = this.tok(w?.children.Each) !== undefined;
    const between = this.between(this.once(c.betweenClause, "between", "analysis"));
    const beta = this.beta(this.once(c.betaClause, "beta", "analysis"));
    const scale = this.ident(this.once(c.scaleClause, "scale", "analysis")?.children.Identifier);
    const list = (
      xs: readonly (CstNode & { children: { nameList: C.NameListCstNode[] } })[] | undefined,
      clause: string,
    ): Ident[] => this.nameList(this.once(xs, clause, "analysis")?.children.nameList);
    return {
      kind: "analysis",
      name,
      labels: this.labels(this.first(c.labels)),
      ...(w &&
        wr && {
          within: { each, units: each ? [] : this.nameList(w.children.nameList), range: wr },
        }),
      ...(between && { between }),
      systems: list(c.systemsClause, "systems"),
      on: list(c.onClause, "on"),
      coupling: list(c.couplingClause, "coupling"),
      ...(beta && { beta }),
      ...(scale && { scale }),
      range,
    };
  }
  private between(n: C.BetweenClauseCstNode | undefined): AnalysisDecl["between"] {
    const range = this.range(n);
    if (!n || !range) return undefined;
    const items = (n.children.betweenItem ?? []).flatMap((item): BetweenItem[] => {
      const c = item.children;
      const r = this.range(item);
      const m = this.first(c.betweenMode);
      if (m && r) {
        const mc = m.children;
        const mode = this.tok(mc.Pairs)
          ? "pairs"
          : this.tok(mc.Triples)
            ? "triples"
            : this.tok(mc.All)
              ? "all"
              : undefined;
        return mode ? [{ kind: "mode", mode, of: this.idents(mc.Identifier), range: r }] : [];
      }
      const units = this.nameList(this.first(c.combination)?.children.nameList);
      return units.length > 0 && r ? [{ kind: "combination", units, range: r }] : [];
    });
    return items.length > 0 ? { items, range } : undefined;
  }
  private beta(n: C.BetaClauseCstNode | undefined): AnalysisDecl["beta"] {
    const range = this.range(n);
    if (!n || !range) return undefined;
    const equal = this.tok(n.children.Equal) !== undefined;
    const values = (n.children.signedNumber ?? []).map((x) => this.num(x)).filter(def);
    return equal || values.length > 0 ? { equal, values, range } : undefined;
  }

  // ------------------------------------------------------------- variants and sensitivity
  private variant(n: C.VariantDeclCstNode): VariantDecl | undefined {
    const c = n.children;
    const name = this.ident(c.Identifier);
    const range = this.range(n);
    if (!name || !range) return undefined;
    const normalize = this.normalize(this.once(c.normalizeClause, "normalize", "variant"));
    const coupling = this.formsClause(this.once(c.couplingClause, "coupling", "variant"));
    const scale = this.ident(this.once(c.scaleClause, "scale", "variant")?.children.Identifier);
    const dropNode = this.once(c.dropClause, "drop", "variant");
    const dropRange = this.range(dropNode);
    const nodes = (c.variantNode ?? []).flatMap((x) => {
      const nodeName = this.ident(x.children.Identifier);
      const r = this.range(x);
      if (!nodeName || !r) return [];
      const compose = this.ident(
        this.once(x.children.composeClause, "compose", "node")?.children.Identifier,
      );
      const weights = this.weights(this.once(x.children.weightsClause, "weights", "node"));
      return [
        { name: nodeName, ...(compose && { compose }), ...(weights && { weights }), range: r },
      ];
    });
    const analyses = (c.variantAnalysis ?? []).flatMap((x) => {
      const aName = this.ident(x.children.Identifier);
      const r = this.range(x);
      if (!aName || !r) return [];
      const forms = this.formsClause(this.once(x.children.couplingClause, "coupling", "analysis"));
      const aScale = this.ident(
        this.once(x.children.scaleClause, "scale", "analysis")?.children.Identifier,
      );
      return [
        {
          name: aName,
          ...(forms && { coupling: forms }),
          ...(aScale && { scale: aScale }),
          range: r,
        },
      ];
    });
    return {
      kind: "variant",
      name,
      labels: this.labels(this.first(c.labels)),
      ...(normalize && { normalize }),
      nodes,
      ...(coupling && { coupling }),
      analyses,
      ...(scale && { scale }),
      ...(dropNode &&
        dropRange && {
          drop: { indicators: this.nameList(dropNode.children.nameList), range: dropRange },
        }),
      range,
    };
  }
  private formsClause(
    n: C.CouplingClauseCstNode | undefined,
  ): { forms: Ident[]; range: Range } | undefined {
    const range = this.range(n);
    return n && range ? { forms: this.nameList(n.children.nameList), range } : undefined;
  }
  private sensitivity(n: C.SensitivityDeclCstNode): SensitivityDecl | undefined {
    const c = n.children;
    const name = this.ident(c.Identifier);
    const range = this.range(n);
    if (!name || !range) return undefined;
    const choices = (c.choiceClause ?? []).flatMap((x) => {
      const cName = this.ident(x.children.Identifier);
      const r = this.range(x);
      return cName && r
        ? [{ name: cName, alternatives: this.nameList(x.children.nameList), range: r }]
        : [];
    });
    const watchNode = this.once(c.watchClause, "watch", "sensitivity");
    const watchRange = this.range(watchNode);
    const sampleNode = this.once(c.sampleClause, "sample", "sensitivity");
    const sampleRange = this.range(sampleNode);
    const sc = sampleNode?.children;
    const kind = this.ident(sc?.kind);
    const count = this.num(this.first(sc?.count));
    const seedWord = this.ident(sc?.seedWord);
    const seed = this.num(this.first(sc?.seed));
    return {
      kind: "sensitivity",
      name,
      labels: this.labels(this.first(c.labels)),
      choices,
      ...(watchNode &&
        watchRange && {
          watch: { names: this.nameList(watchNode.children.nameList), range: watchRange },
        }),
      ...(kind &&
        sampleRange && {
          sample: {
            kind,
            ...(count && { count }),
            ...(seedWord && { seedWord }),
            ...(seed && { seed }),
            range: sampleRange,
          },
        }),
      range,
    };
  }

  // ------------------------------------------------------------- maps and spatial analysis
  private map(n: C.MapDeclCstNode): MapDecl | undefined {
    const c = n.children;
    const name = this.ident(c.Identifier);
    const range = this.range(n);
    if (!name || !range) return undefined;
    const path = this.str(c.StringLiteral);
    const block = this.first(c.settingsBlock)?.children;
    const format = this.ident(this.first(block?.formatClause)?.children.Identifier);
    return {
      kind: "map",
      name,
      ...(path && { path }),
      ...(format && { format }),
      settings: this.settings(block),
      range,
    };
  }
  private spatialBlock(
    n: C.SpatialWeightsDeclCstNode | C.AutocorrelationDeclCstNode,
  ): SpatialWeightsDecl | AutocorrelationDecl | undefined {
    const c = n.children;
    const name = this.ident(c.Identifier);
    const range = this.range(n);
    if (!name || !range) return undefined;
    return {
      kind: n.name === "spatialWeightsDecl" ? "spatial_weights" : "autocorrelation",
      name,
      labels: this.labels(this.first(c.labels)),
      settings: this.settings(this.first(c.settingsBlock)?.children),
      range,
    };
  }
  // ------------------------------------------------------------- relative, obstacle (issue 10)
  private relative(n: C.RelativeDeclCstNode): RelativeDecl | undefined {
    const c = n.children;
    const name = this.ident(c.Identifier);
    const range = this.range(n);
    if (!name || !range) return undefined;
    return {
      kind: "relative",
      name,
      labels: this.labels(this.first(c.labels)),
      settings: this.settings(c),
      levels: (c.relativeLevel ?? []).map((l) => this.relativeLevel(l)).filter(def),
      range,
    };
  }
  private relativeLevel(n: C.RelativeLevelCstNode): RelativeLevelAst | undefined {
    const c = n.children;
    return this.band(n, c, this.num(this.first(c.upper)) ?? this.ident(c.unbounded));
  }
  private obstacle(n: C.ObstacleDeclCstNode): ObstacleDecl | undefined {
    const c = n.children;
    const name = this.ident(c.Identifier);
    const range = this.range(n);
    if (!name || !range) return undefined;
    return {
      kind: "obstacle",
      name,
      labels: this.labels(this.first(c.labels)),
      settings: this.settings(c),
      range,
    };
  }

  private settings(block: { settingClause?: C.SettingClauseCstNode[] } | undefined): SettingAst[] {
    return (block?.settingClause ?? []).map((s) => this.setting(s)).filter(def);
  }
  /** A setting's values in source order (the CST groups them by kind). */
  private setting(n: C.SettingClauseCstNode): SettingAst | undefined {
    const c = n.children;
    const word = this.ident(c.SettingWord);
    const range = this.range(n);
    if (!word || !range) return undefined;
    const values: { at: number; value: SettingValue }[] = [];
    for (const [i, t] of (c.StringLiteral ?? []).entries()) {
      const str = this.str(c.StringLiteral, i);
      if (str) values.push({ at: t.startOffset, value: { kind: "string", str } });
    }
    for (const [i, t] of (c.Identifier ?? []).entries()) {
      const ident = this.ident(c.Identifier, i);
      if (ident) values.push({ at: t.startOffset, value: { kind: "name", ident } });
    }
    for (const [i, t] of (c.Comma ?? []).entries()) {
      if (this.tok(c.Comma, i))
        values.push({
          at: t.startOffset,
          value: { kind: "comma", range: tokenRange(this.file, t) },
        });
    }
    for (const x of c.signedNumber ?? []) {
      const num = this.num(x);
      if (num) values.push({ at: num.range.start.offset, value: { kind: "number", num } });
    }
    values.sort((a, b) => a.at - b.at);
    return { word, values: values.map((v) => v.value), range };
  }

  // ------------------------------------------------------------- dynamics (issue 11)
  private plainNum(xs: Toks): Num | undefined {
    const t = this.tok(xs);
    return t && { value: Number(t.image), text: t.image, range: tokenRange(this.file, t) };
  }
  private dynamics(n: C.DynamicsDeclCstNode): DynamicsDecl | undefined {
    const c = n.children;
    const name = this.ident(c.Identifier);
    const range = this.range(n);
    if (!name || !range) return undefined;
    const once = <N extends CstNode>(xs: readonly N[] | undefined, clause: string) =>
      this.once(xs, clause, "dynamics");
    const out: {
      -readonly [K in keyof DynamicsDecl]: DynamicsDecl[K];
    } = { kind: "dynamics", name, labels: this.labels(this.first(c.labels)), range };

    const of = once(c.subjectClause, "of");
    const ofName = this.ident(of?.children.subject);
    const ofRange = this.range(of);
    if (ofName && ofRange) {
      const form = this.ident(of?.children.form);
      out.subject = { name: ofName, ...(form && { form }), range: ofRange };
    }
    const groups = once(c.groupsClause, "groups");
    const groupsRange = this.range(groups);
    if (groups && groupsRange)
      out.groups = { names: this.nameList(groups.children.nameList), range: groupsRange };
    const gini = once(c.giniClause, "gini");
    const giniRange = this.range(gini);
    if (gini && giniRange) {
      const variant = this.ident(gini.children.variant);
      out.gini = { ...(variant && { variant }), range: giniRange };
    }
    const theilRange = this.range(once(c.theilClause, "theil"));
    if (theilRange) out.theil = { range: theilRange };

    const density = once(c.densityClause, "density");
    const densityRange = this.range(density);
    if (density && densityRange) {
      const dc = density.children;
      const kernel = this.ident(dc.kernel);
      const bandwidth = this.ident(dc.rule) ?? this.plainNum(dc.h);
      const from = this.num(this.first(dc.from));
      const to = this.num(this.first(dc.to));
      const points = this.plainNum(dc.points);
      const gridStart = this.tok(dc.Grid);
      out.density = {
        ...(kernel && { kernel }),
        ...(bandwidth && { bandwidth }),
        ...(from &&
          to &&
          gridStart && {
            grid: {
              from,
              to,
              ...(points && { points }),
              range: this.span(tokenRange(this.file, gridStart), (points ?? to).range),
            },
          }),
        range: densityRange,
      };
    }

    const markov = once(c.markovClause, "markov");
    const markovRange = this.range(markov);
    if (markov && markovRange) {
      const mc = markov.children;
      const grades = this.tok(mc.Grades);
      const scaleKw = this.tok(mc.Scale);
      const scale = this.ident(mc.scale);
      const quantiles = this.tok(mc.Quantiles);
      const k = this.plainNum(mc.k);
      const scope = this.ident(mc.scope);
      const step = this.plainNum(mc.step);
      let states: NonNullable<DynamicsDecl["markov"]>["states"];
      if (grades) states = { kind: "grades", range: tokenRange(this.file, grades) };
      else if (scaleKw && scale)
        states = {
          kind: "scale",
          scale,
          range: this.span(tokenRange(this.file, scaleKw), scale.range),
        };
      else if (quantiles && k)
        states = {
          kind: "quantiles",
          k,
          ...(scope && { scope }),
          range: this.span(tokenRange(this.file, quantiles), (scope ?? k).range),
        };
      const matrix = this.ident(mc.matrix);
      out.markov = {
        ...(states && { states }),
        ...(step && { step }),
        ...(matrix && { matrix }),
        range: markovRange,
      };
    }

    const convergence = once(c.convergenceClause, "convergence");
    const convergenceRange = this.range(convergence);
    if (convergence && convergenceRange) {
      const step = this.plainNum(convergence.children.step);
      out.convergence = { ...(step && { step }), range: convergenceRange };
    }

    const forecast = once(c.forecastClause, "forecast");
    const forecastRange = this.range(forecast);
    const horizon = this.plainNum(forecast?.children.horizon);
    if (forecast && forecastRange && horizon) {
      const mode = this.ident(forecast.children.mode);
      out.forecast = { horizon, ...(mode && { mode }), range: forecastRange };
    }
    return out;
  }

  // ------------------------------------------------------------- figures
  private figure(n: C.FigureDeclCstNode): FigureDecl | undefined {
    const c = n.children;
    const name = this.ident(c.Identifier);
    const range = this.range(n);
    if (!name || !range) return undefined;
    const once = <N extends CstNode>(xs: readonly N[] | undefined, clause: string) =>
      this.once(xs, clause, "figure");
    const out: { -readonly [K in keyof FigureDecl]: FigureDecl[K] } = {
      kind: "figure",
      name,
      labels: this.labels(this.first(c.labels)),
      range,
    };
    const show = once(c.showClause, "show");
    const showRange = this.range(show);
    const measure = this.ident(show?.children.measure);
    if (show && showRange && measure) {
      const form = this.ident(show.children.form);
      out.show = {
        measure,
        of: this.nameList(show.children.nameList),
        ...(form && { form }),
        range: showRange,
      };
    }
    const kind = this.ident(once(c.kindClause, "kind")?.children.Identifier);
    if (kind) out.figureKind = kind;
    const units = once(c.figureUnitsClause, "units");
    const unitsRange = this.range(units);
    if (units && unitsRange)
      out.units = { names: this.nameList(units.children.nameList), range: unitsRange };
    const years = once(c.yearsClause, "years");
    const yearsRange = this.range(years);
    const first = this.plainNum(years?.children.first);
    if (years && yearsRange && first) {
      const more = (years.children.more ?? []).map((_, i) =>
        this.plainNum(years.children.more?.slice(i)),
      );
      const to = this.plainNum(years.children.last);
      out.years = { list: [first, ...more.filter(def)], ...(to && { to }), range: yearsRange };
    }
    const on = once(c.onClause, "on");
    const onRange = this.range(on);
    if (on && onRange) out.on = { names: this.nameList(on.children.nameList), range: onRange };
    const map = this.ident(once(c.figureMapClause, "map")?.children.Identifier);
    if (map) out.map = map;
    const from = this.ident(once(c.figureFromClause, "from")?.children.Identifier);
    if (from) out.from = from;
    const caption = once(c.captionClause, "caption");
    const captionRange = this.range(caption);
    if (caption && captionRange)
      out.caption = {
        labels: this.labels(this.first(caption.children.labels)),
        range: captionRange,
      };
    return out;
  }
}
