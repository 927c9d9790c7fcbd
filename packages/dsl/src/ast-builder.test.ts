import { describe, expect, test } from "vitest";
import type { ExprAst, IndicatorDecl, NodeDecl, TopItem } from "./ast.js";
import { parseSpec } from "./parse.js";

/** Parses a snippet that must be valid, returning its items. */
function items(text: string): readonly TopItem[] {
  const r = parseSpec(text, "t.ccd");
  expect(r.diagnostics).toEqual([]);
  return r.ast.items;
}

/** The AST without ranges, for readable comparisons. */
function bare(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(bare);
  if (x && typeof x === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) if (k !== "range" && k !== "keyword") out[k] = bare(v);
    // Idents, strings and numbers read as their text.
    if ("name" in out && typeof out.name === "string" && Object.keys(out).length === 1)
      return out.name;
    if ("value" in out && Object.keys(out).length === 1) return out.value;
    if (
      "text" in out &&
      "value" in out &&
      typeof out.value === "number" &&
      Object.keys(out).length === 2
    )
      return out.text;
    return out;
  }
  return x;
}

const only = (text: string): unknown => bare(items(text)[0]);

/** An expression as a fully parenthesised string, e.g. `(a / (b * 2))`. */
function show(e: ExprAst | undefined): string {
  if (!e) return "?";
  switch (e.kind) {
    case "var":
      return e.name.name;
    case "num":
      return e.value.text;
    case "neg":
      return `(-${show(e.operand)})`;
    case "binary":
      return `(${show(e.left)} ${e.op} ${show(e.right)})`;
  }
}
const expr = (src: string): ExprAst | undefined => {
  const node = items(`index r { indicator i { value ${src} } }`)[0] as NodeDecl;
  return (node.children[0] as IndicatorDecl).value;
};

test("study", () => {
  expect(only('study s { title "T" period 2013 to 2021 note "a" note "b" cite k "ref" }')).toEqual({
    kind: "study",
    name: "s",
    title: "T",
    period: { from: "2013", to: "2021" },
    notes: ["a", "b"],
    citations: [{ name: "k", text: "ref" }],
  });
});

describe("source", () => {
  test("format, sheet, layout, missing, variables with clauses in any order", () => {
    const src = `source panel "data/x.xlsx" {
      format xlsx
      sheet "Panel"
      layout long { region "province" year "year" variable "indicator" value "value" }
      missing interpolate
      variable gdp "gdp" unit "亿元" aggregate sum
      variable rate aggregate mean weighted by gdp unit "%"
        missing splice gdp note "spliced"
      variable plain
    }`;
    expect(only(src)).toEqual({
      kind: "source",
      name: "panel",
      path: "data/x.xlsx",
      format: "xlsx",
      sheet: "Panel",
      layout: {
        shape: "long",
        columns: [
          { role: "region", column: "province" },
          { role: "year", column: "year" },
          { role: "variable", column: "indicator" },
          { role: "value", column: "value" },
        ],
      },
      missing: { rule: "interpolate" },
      variables: [
        { kind: "variable", name: "gdp", key: "gdp", unit: "亿元", aggregate: { method: "sum" } },
        {
          kind: "variable",
          name: "rate",
          unit: "%",
          aggregate: { method: "mean", by: "gdp" },
          missing: { rule: "splice", proxy: "gdp" },
          note: "spliced",
        },
        { kind: "variable", name: "plain" },
      ],
    });
  });

  test("a missing rule does not take the next clause's keyword as its proxy", () => {
    const [s] = items(
      'source s "p" { variable a missing nearest unit "u" variable b missing error }',
    );
    expect(bare(s)).toMatchObject({
      variables: [
        { name: "a", missing: { rule: "nearest" }, unit: "u" },
        { name: "b", missing: { rule: "error" } },
      ],
    });
  });

  test("keywords can be used as names", () => {
    expect(only('source s "p" { variable value "v" aggregate sum variable index }')).toMatchObject({
      variables: [{ name: "value", key: "v" }, { name: "index" }],
    });
  });
});

test("regions: labels in several languages and a key", () => {
  expect(
    bare(
      items(
        'region inner_mongolia "Inner Mongolia" zh "内蒙古" key "Inner Mongolia"\nregion b "B"',
      ),
    ),
  ).toEqual([
    {
      kind: "region",
      name: "inner_mongolia",
      labels: { primary: "Inner Mongolia", others: [{ lang: "zh", text: "内蒙古" }] },
      key: "Inner Mongolia",
    },
    { kind: "region", name: "b", labels: { primary: "B", others: [] } },
  ]);
});

test("clusters and units", () => {
  expect(
    bare(
      items(
        'cluster bth "BTH" zh "京津冀" { beijing, tianjin, hebei }\nunits clusters\nunits regions\nunits bth, cp',
      ),
    ),
  ).toEqual([
    {
      kind: "cluster",
      name: "bth",
      labels: { primary: "BTH", others: [{ lang: "zh", text: "京津冀" }] },
      members: ["beijing", "tianjin", "hebei"],
    },
    { kind: "units", level: "clusters", list: [] },
    { kind: "units", level: "regions", list: [] },
    { kind: "units", list: ["bth", "cp"] },
  ]);
});

describe("method", () => {
  test("every clause", () => {
    expect(
      only(`method {
        normalize minmax shift 0.0001 scope pooled
        weights entropy
        compose flat
        coupling product_over_mean, standard
        constant zero
      }`),
    ).toEqual({
      kind: "method",
      normalize: { method: "minmax", shift: "0.0001", scope: "pooled" },
      weights: { method: "entropy", fixed: [], options: [], numbers: [], rows: [], members: [] },
      compose: "flat",
      coupling: ["product_over_mean", "standard"],
      constant: "zero",
    });
  });

  test("normalize's parts are optional; fixed weights with and without commas", () => {
    expect(
      only("method { normalize scope by_year weights fixed { a 0.4, b 0.35 c 0.25 } }"),
    ).toEqual({
      kind: "method",
      normalize: { scope: "by_year" },
      weights: {
        method: "fixed",
        fixed: [
          { name: "a", value: "0.4" },
          { name: "b", value: "0.35" },
          { name: "c", value: "0.25" },
        ],
        options: [],
        numbers: [],
        rows: [
          { name: "a", cells: ["0.4"] },
          { name: "b", cells: ["0.35"] },
          { name: "c", cells: ["0.25"] },
        ],
        members: [],
      },
    });
    // Options, numbers, AHP rows with fractions, and member weightings.
    expect(
      only(
        "method { weights combine linear 0.4, 0.6 { weights ahp geometric_mean { a 1 1/3, b 3 1 } weights critic spearman entropy } }",
      ),
    ).toEqual({
      kind: "method",
      weights: {
        method: "combine",
        options: ["linear"],
        numbers: ["0.4", "0.6"],
        rows: [],
        fixed: [],
        members: [
          {
            method: "ahp",
            options: ["geometric_mean"],
            numbers: [],
            rows: [
              { name: "a", cells: ["1", "1/3"] },
              { name: "b", cells: ["3", "1"] },
            ],
            fixed: [],
            members: [],
          },
          {
            method: "critic",
            options: ["spearman", "entropy"],
            numbers: [],
            rows: [],
            fixed: [],
            members: [],
          },
        ],
      },
    });
    const [m] = items("method { normalize shift -1 }");
    expect(m).toMatchObject({ normalize: { shift: { value: -1, text: "-1" } } });
  });
});

describe("nodes and indicators", () => {
  test("index, system and group nest, in source order", () => {
    const src = `index root "Root" zh "根" {
      compose staged
      weights equal
      system s1 "S1" {
        group g "G" { given g_index }
        indicator a "A" { direction benefit unit "%" value x from "NBS" }
      }
      indicator b { direction - value y }
      system s2 { indicator c { direction + } }
    }`;
    expect(only(src)).toEqual({
      kind: "node",
      role: "root",
      name: "root",
      labels: { primary: "Root", others: [{ lang: "zh", text: "根" }] },
      compose: "staged",
      weights: { method: "equal", fixed: [], options: [], numbers: [], rows: [], members: [] },
      children: [
        {
          kind: "node",
          role: "system",
          name: "s1",
          labels: { primary: "S1", others: [] },
          children: [
            {
              kind: "node",
              role: "group",
              name: "g",
              labels: { primary: "G", others: [] },
              given: "g_index",
              children: [],
            },
            {
              kind: "indicator",
              name: "a",
              labels: { primary: "A", others: [] },
              direction: "benefit",
              unit: "%",
              value: { kind: "var", name: "x" },
              from: "NBS",
            },
          ],
        },
        {
          kind: "indicator",
          name: "b",
          labels: { others: [] },
          direction: "-",
          value: { kind: "var", name: "y" },
        },
        {
          kind: "node",
          role: "system",
          name: "s2",
          labels: { others: [] },
          children: [{ kind: "indicator", name: "c", labels: { others: [] }, direction: "+" }],
        },
      ],
    });
  });

  test("a node's keyword range is its keyword", () => {
    const [n] = items("  system s { }") as NodeDecl[];
    expect(n?.keyword.start).toEqual({ line: 1, column: 3, offset: 2 });
    expect(n?.keyword.end).toEqual({ line: 1, column: 9, offset: 8 });
  });
});

describe("expressions", () => {
  test("precedence and left associativity", () => {
    expect(show(expr("a + b * c"))).toBe("(a + (b * c))");
    expect(show(expr("a - b - c"))).toBe("((a - b) - c)");
    expect(show(expr("a / b / 100"))).toBe("((a / b) / 100)");
    expect(show(expr("a / b * 100"))).toBe("((a / b) * 100)");
    expect(show(expr("(a + b) * c"))).toBe("((a + b) * c)");
    expect(show(expr("-a * -2 - -(b)"))).toBe("(((-a) * (-2)) - (-b))");
    expect(show(expr("1e-4 + .5"))).toBe("(1e-4 + .5)");
  });

  test("numbers carry their value and text", () => {
    expect(expr("1e-4")).toMatchObject({ kind: "num", value: { value: 0.0001, text: "1e-4" } });
  });

  test("a parenthesised expression's range covers its parentheses", () => {
    const e = expr("(a + b) * c");
    expect(e?.kind).toBe("binary");
    if (e?.kind !== "binary") return;
    const text = "index r { indicator i { value (a + b) * c } }";
    const slice = (x: ExprAst): string => text.slice(x.range.start.offset, x.range.end.offset);
    expect(slice(e)).toBe("(a + b) * c");
    expect(slice(e.left)).toBe("(a + b)");
    expect(slice(e.right)).toBe("c");
  });
});

test("scale levels: brackets say which bounds are closed", () => {
  expect(
    only('scale s "S" { level 1 [0.0, 0.5) "low" zh "低" level 2 (0.5, 1.0] "high" }'),
  ).toEqual({
    kind: "scale",
    name: "s",
    labels: { primary: "S", others: [] },
    levels: [
      {
        level: "1",
        lower: "0.0",
        upper: "0.5",
        lowerClosed: true,
        upperClosed: false,
        labels: { primary: "low", others: [{ lang: "zh", text: "低" }] },
      },
      {
        level: "2",
        lower: "0.5",
        upper: "1.0",
        lowerClosed: false,
        upperClosed: true,
        labels: { primary: "high", others: [] },
      },
    ],
  });
});

describe("analyses", () => {
  test("within each unit, systems, coupling, beta, scale", () => {
    expect(
      only(
        'analysis a "A" { within each unit systems x, y coupling standard beta 0.5, 0.5 scale ccd10 }',
      ),
    ).toEqual({
      kind: "analysis",
      name: "a",
      labels: { primary: "A", others: [] },
      within: { each: true, units: [] },
      systems: ["x", "y"],
      on: [],
      coupling: ["standard"],
      beta: { equal: false, values: ["0.5", "0.5"] },
      scale: "ccd10",
    });
  });

  test("within a list; between pairs|triples|all, with `of`", () => {
    expect(
      only("analysis a { within bth, cp between all of bth, cp, sp beta equal }"),
    ).toMatchObject({
      within: { each: false, units: ["bth", "cp"] },
      between: { items: [{ kind: "mode", mode: "all", of: ["bth", "cp", "sp"] }] },
      beta: { equal: true, values: [] },
    });
    expect(only("analysis a { between pairs }")).toMatchObject({
      between: { items: [{ kind: "mode", mode: "pairs", of: [] }] },
    });
    expect(only("analysis a { between triples }")).toMatchObject({
      between: { items: [{ mode: "triples" }] },
    });
  });

  test("between an explicit list of combinations, across lines", () => {
    expect(
      only("analysis a {\n  between (a, b), (b, c),\n    (a, b, c)\n  on x, y\n}"),
    ).toMatchObject({
      between: {
        items: [
          { kind: "combination", units: ["a", "b"] },
          { kind: "combination", units: ["b", "c"] },
          { kind: "combination", units: ["a", "b", "c"] },
        ],
      },
      on: ["x", "y"],
    });
  });

  test("several modes and combinations in one between clause; `of` ends before a mode", () => {
    expect(only("analysis a { between pairs of a, b, c, all, (a, d), triples }")).toMatchObject({
      between: {
        items: [
          { kind: "mode", mode: "pairs", of: ["a", "b", "c"] },
          { kind: "mode", mode: "all", of: [] },
          { kind: "combination", units: ["a", "d"] },
          { kind: "mode", mode: "triples", of: [] },
        ],
      },
    });
  });
});

test("ranges are 1-based, end-exclusive, and cover the whole declaration", () => {
  const text = '// c\nregion b "B" zh "北"\n';
  const [r] = items(text);
  expect(r?.range).toEqual({
    file: "t.ccd",
    start: { line: 2, column: 1, offset: 5 },
    end: { line: 2, column: 20, offset: 24 },
  });
  expect(text.slice(r!.range.start.offset, r!.range.end.offset)).toBe('region b "B" zh "北"');
});
