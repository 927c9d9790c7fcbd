import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type {
  AnalysisDecl,
  ExprAst,
  IndicatorDecl,
  MethodDecl,
  NodeDecl,
  ScaleDecl,
  SourceDecl,
  StudyDecl,
  TopItem,
} from "./ast.js";
import type { Diagnostic } from "./diagnostic.js";
import { parseSpec } from "./parse.js";

const NORTHERN = readFileSync(new URL("../../../specs/northern.ccd", import.meta.url), "utf8");

const ofKind = <K extends TopItem["kind"]>(
  items: readonly TopItem[],
  kind: K,
): Extract<TopItem, { kind: K }>[] =>
  items.filter((i): i is Extract<TopItem, { kind: K }> => i.kind === kind);

function indicators(node: NodeDecl): IndicatorDecl[] {
  return node.children.flatMap((c) => (c.kind === "indicator" ? [c] : indicators(c)));
}

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

/** `CODE line:col-line:col message` for compact assertions. */
const brief = (d: Diagnostic): string =>
  `${d.code} ${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column} ${d.message}`;

describe("northern.ccd", () => {
  const { ast, diagnostics } = parseSpec(NORTHERN, "specs/northern.ccd");

  test("parses with zero diagnostics", () => {
    expect(diagnostics).toEqual([]);
    expect(ast.file).toBe("specs/northern.ccd");
    expect(ast.items.map((i) => i.kind)).toEqual([
      "study",
      "source",
      "region",
      "region",
      "region",
      "region",
      "region",
      "cluster",
      "cluster",
      "cluster",
      "units",
      "method",
      "node",
      "scale",
      "analysis",
      "analysis",
      "variant",
      "variant",
      "variant",
      "sensitivity",
      "figure",
      "figure",
      "figure",
      "figure",
      "figure",
    ]);
  });

  test("study", () => {
    const [study] = ofKind(ast.items, "study") as StudyDecl[];
    expect(study?.name?.name).toBe("northern");
    expect(study?.period?.from.value).toBe(2013);
    expect(study?.period?.to.value).toBe(2021);
    expect(study?.notes).toHaveLength(2);
    expect(study?.citations.map((c) => c.name.name)).toEqual(["wang_liu", "wang_2021"]);
  });

  test("source: layout, 20 variables, splices and weighted means", () => {
    const [source] = ofKind(ast.items, "source") as SourceDecl[];
    expect(source?.path?.value).toBe("../../shared/data/china-provinces-digital-2013-2021.csv");
    expect(source?.format?.name).toBe("csv");
    expect(source?.layout?.shape.name).toBe("long");
    expect(source?.layout?.columns.map((c) => [c.role.name, c.column.value])).toEqual([
      ["region", "province"],
      ["year", "year"],
      ["variable", "indicator"],
      ["value", "value"],
    ]);
    expect(source?.variables).toHaveLength(20);
    const v = new Map(source?.variables.map((x) => [x.name.name, x]));
    expect(v.get("land_area")?.unit?.value).toBe("万平方公里");
    expect(v.get("exchange_capacity")?.missing?.rule.name).toBe("splice");
    expect(v.get("exchange_capacity")?.missing?.proxy?.name).toBe("mobile_penetration");
    expect(v.get("mobile_penetration")?.aggregate?.method.name).toBe("mean");
    expect(v.get("mobile_penetration")?.aggregate?.by?.name).toBe("population");
    expect(v.get("tech_market")?.note?.value).toBe("S&T Yearbook, by region of technology output");
    expect(v.get("population")?.key?.value).toBe("year_end_population");
  });

  test("regions, clusters, units, method", () => {
    expect(
      ofKind(ast.items, "region").map((r) => [r.name.name, r.labels.others[0]?.text.value]),
    ).toContainEqual(["hebei", "河北"]);
    const clusters = ofKind(ast.items, "cluster");
    expect(clusters[0]?.members.map((m) => m.name)).toEqual(["beijing", "tianjin", "hebei"]);
    expect(ofKind(ast.items, "units")[0]?.level).toBe("clusters");
    const [method] = ofKind(ast.items, "method") as MethodDecl[];
    expect(method?.normalize?.method?.name).toBe("minmax");
    expect(method?.normalize?.shift?.value).toBe(0.0001);
    expect(method?.normalize?.scope?.name).toBe("pooled");
    expect(method?.coupling?.map((c) => c.name)).toEqual(["product_over_mean", "standard"]);
  });

  test("the index: 3 systems, 15 indicators, the expression trees", () => {
    const [root] = ofKind(ast.items, "node") as NodeDecl[];
    expect(root?.role).toBe("root");
    expect(root?.compose?.name).toBe("staged");
    expect(root?.children.map((c) => [c.kind === "node" ? c.role : c.kind, c.name.name])).toEqual([
      ["system", "infrastructure"],
      ["system", "industrialization"],
      ["system", "digitization"],
    ]);
    const all = indicators(root!);
    expect(all).toHaveLength(15);
    expect(all.every((i) => i.direction?.name === "benefit" && i.unit && i.value && i.from)).toBe(
      true,
    );
    const value = new Map(all.map((i) => [i.name.name, show(i.value)]));
    expect(value.get("cable_density")).toBe("(optical_cable / (land_area * 10000))");
    expect(value.get("mobile_rate")).toBe("mobile_penetration");
    expect(value.get("ports_per_100")).toBe("((broadband_ports / population) * 100)");
    expect(value.get("rd_staff_per_100")).toBe("((industrial_rd_staff / population) / 100)");
    const cable = all[0]!;
    expect(cable.labels.others[0]?.text.value).toBe("长途光缆线路密度");
    const range = cable.value!.range;
    expect(NORTHERN.slice(range.start.offset, range.end.offset)).toBe(
      "optical_cable / (land_area * 10000)",
    );
  });

  test("the scale and the analyses", () => {
    const [scale] = ofKind(ast.items, "scale") as ScaleDecl[];
    expect(scale?.levels).toHaveLength(10);
    expect(scale?.levels[0]).toMatchObject({ lowerClosed: true, upperClosed: false });
    expect(scale?.levels[9]).toMatchObject({ lowerClosed: true, upperClosed: true });
    expect(scale?.levels[9]?.upper.value).toBe(1);
    const [internal, spatial] = ofKind(ast.items, "analysis") as AnalysisDecl[];
    expect(internal?.within?.each).toBe(true);
    expect(internal?.systems.map((s) => s.name)).toEqual([
      "infrastructure",
      "industrialization",
      "digitization",
    ]);
    expect(internal?.scale?.name).toBe("ccd10");
    const listed = spatial?.between?.items.map((c) =>
      c.kind === "combination" ? c.units.map((u) => u.name).join("+") : c.mode,
    );
    expect(listed).toEqual([
      "bth+shandong_peninsula",
      "bth+central_plains",
      "central_plains+shandong_peninsula",
      "bth+central_plains+shandong_peninsula",
    ]);
    expect(spatial?.on).toHaveLength(4);
  });
});

describe("syntax errors", () => {
  test("three separate errors give three diagnostics, and the rest still parses", () => {
    const text = [
      "study s {",
      '  title "T"',
      "  period 2013 2021",
      "}",
      'region beijing "Beijing" zh "北京"',
      'regoin tianjin "Tianjin"',
      'index r "R" {',
      '  system s "S" {',
      "    indicator a { value x / }",
      '    indicator b { value y unit "u" }',
      "  }",
      "}",
    ].join("\n");
    const { ast, diagnostics } = parseSpec(text, "bad.ccd");
    expect(diagnostics.map(brief)).toEqual([
      "E0003 3:15-3:19 expected `to` after `2013`, found `2021`",
      "E0003 6:1-6:7 expected a declaration, found `regoin`",
      "E0003 9:29-9:30 expected an expression (a number, a variable name, `-` or `(`) after `/`, found `}`",
    ]);
    expect(diagnostics[1]?.hint).toBe("did you mean `region`?");
    expect(ast.items.map((i) => i.kind)).toEqual(["study", "region", "node"]);
    const [, , root] = ast.items as [StudyDecl, unknown, NodeDecl];
    expect((ast.items[0] as StudyDecl).title?.value).toBe("T");
    const [a, b] = indicators(root);
    expect(a?.name.name).toBe("a");
    expect(a?.value).toBeUndefined(); // `x /` is incomplete
    expect(b?.unit?.value).toBe("u");
  });

  test("the brief's example: `{` missing after the source path", () => {
    const { diagnostics } = parseSpec('source panel "x.csv"\n  format csv\n}', "s.ccd");
    expect(diagnostics.map(brief)).toEqual([
      "E0003 2:3-2:9 expected `{` after the source path, found `format`",
    ]);
    expect(diagnostics[0]?.hint).toContain("source NAME");
  });

  test("a misspelled clause gets a suggestion, and parsing goes on in the block", () => {
    const { ast, diagnostics } = parseSpec(
      'index r { indicator i { directon benefit unit "%" } }',
      "s.ccd",
    );
    expect(diagnostics.map(brief)).toEqual([
      "E0003 1:25-1:33 expected an indicator clause or `}`, found `directon`",
    ]);
    expect(diagnostics[0]?.hint).toBe("did you mean `direction`?");
    expect(indicators(ast.items[0] as NodeDecl)[0]?.unit?.value).toBe("%");
  });

  test("an unclosed `{` at the end of the file points back at the brace", () => {
    const { diagnostics } = parseSpec(
      'index r {\n  system s {\n    indicator i { unit "u" }\n',
      "s.ccd",
    );
    expect(diagnostics.map(brief)).toEqual([
      "E0004 3:29-3:29 unexpected end of file, expected a node clause or `}`",
    ]);
    expect(
      diagnostics[0]?.related?.map((r) => [r.message, r.range.start.line, r.range.start.column]),
    ).toEqual([["this `{` is never closed", 2, 12]]);
  });

  test("a missing `}` before the next declaration", () => {
    const { ast, diagnostics } = parseSpec(
      'cluster c { a }\nindex r {\n  indicator i { }\nregion x "X"',
      "s.ccd",
    );
    expect(diagnostics.map(brief)).toEqual([
      "E0003 4:1-4:7 expected a node clause or `}`, found `region`",
    ]);
    expect(diagnostics[0]?.related?.[0]?.range.start).toEqual({ line: 2, column: 9, offset: 24 });
    expect(ast.items.map((i) => i.kind)).toEqual(["cluster", "node", "region"]);
  });

  test("a block missing its `}` before a clause of the enclosing block", () => {
    const text =
      'source s "p" {\n  layout long { region "province" year "year"\n  variable gdp unit "u"\n}';
    const { ast, diagnostics } = parseSpec(text, "s.ccd");
    expect(diagnostics.map(brief)).toEqual([
      'E0003 3:3-3:11 expected a column (`region "province"`) or `}`, found `variable`',
    ]);
    expect(diagnostics[0]?.hint).toBe("add `}` to close the block opened on line 2");
    expect(diagnostics[0]?.related?.[0]?.range.start.column).toBe(15);
    expect((ast.items[0] as SourceDecl).variables.map((v) => v.unit?.value)).toEqual(["u"]);
    const weights = parseSpec("method { weights fixed { a 0.5, b 0.5\n compose flat }", "s.ccd");
    expect(weights.diagnostics.map(brief)).toEqual([
      "E0003 2:2-2:9 expected a weight (`name 0.5`), a matrix row (`name 1 3 1/5`), a member `weights …` or `}`, found `compose`",
    ]);
    expect((weights.ast.items[0] as MethodDecl).compose?.name).toBe("flat");
  });

  test("a stray token before the expected punctuation is deleted, not worked around", () => {
    const { ast, diagnostics } = parseSpec('cluster c "C" zh { a, b }', "s.ccd");
    expect(diagnostics.map(brief)).toEqual([
      "E0003 1:15-1:17 expected `{` after the label, found `zh`",
    ]);
    expect(ast.items[0]).toMatchObject({ members: [{ name: "a" }, { name: "b" }] });
  });

  test("a stray `}` and an unclosed `(`", () => {
    const { diagnostics } = parseSpec(
      '}\nindex r { indicator i { value (a + b unit "u" } }',
      "s.ccd",
    );
    expect(diagnostics.map(brief)).toEqual([
      "E0003 1:1-1:2 expected a declaration, found `}`",
      "E0003 2:38-2:42 expected `)`, found `unit`",
    ]);
    expect(diagnostics[0]?.hint).toMatch(/closes nothing/);
    expect(diagnostics[1]?.related?.[0]?.message).toBe("this `(` is never closed");
  });

  test("a missing name", () => {
    const { ast, diagnostics } = parseSpec('region "Beijing"\nregion b "B"', "s.ccd");
    expect(diagnostics.map(brief)).toEqual([
      'E0003 1:8-1:17 expected a name after `region`, found the string "Beijing"',
    ]);
    expect(ast.items.map((i) => (i.kind === "region" ? i.name.name : i.kind))).toEqual(["b"]);
  });
});

describe("lexical errors", () => {
  test("unexpected characters (E0001), with a hint for common ones", () => {
    const { ast, diagnostics } = parseSpec(
      'region a "A";\nregion b "B" @@\nregion 北京 "C"',
      "s.ccd",
    );
    expect(diagnostics.map(brief)).toEqual([
      "E0001 1:13-1:14 unexpected character `;`",
      "E0001 2:14-2:16 unexpected characters `@@`",
      "E0001 3:8-3:10 unexpected characters `北京`",
    ]);
    expect(diagnostics[0]?.hint).toMatch(/need no `;`/);
    expect(diagnostics[2]?.hint).toMatch(/ASCII/);
    expect(ast.items).toHaveLength(2); // the third region has no name left
  });

  test("a syntax error caused by a bad character on the same line is not reported twice", () => {
    const { diagnostics } = parseSpec("index r { indicator i { value a $ b } }", "s.ccd");
    expect(diagnostics.map((d) => d.code)).toEqual(["E0001"]);
  });

  test("unterminated string (E0002), unknown escape (E0006), unterminated comment (E0005)", () => {
    const text = 'study s {\n  title "open\n  note "a\\tb"\n}\n/* no end';
    const { ast, diagnostics } = parseSpec(text, "s.ccd");
    expect(diagnostics.map(brief)).toEqual([
      "E0002 2:9-2:14 unterminated string",
      "E0006 3:10-3:12 unknown escape `\\t` in a string",
      "E0005 5:1-5:3 unterminated block comment",
    ]);
    const study = ast.items[0] as StudyDecl;
    expect(study.title?.value).toBe("open");
    expect(study.notes[0]?.value).toBe("a\\tb");
  });

  test("a string ending in an escaped quote gets a specific hint", () => {
    const { diagnostics } = parseSpec('study s { title "C:\\" }', "s.ccd");
    expect(diagnostics[0]?.code).toBe("E0002");
    expect(diagnostics[0]?.hint).toMatch(/escaped quote/);
  });
});

describe("never throws", () => {
  test.each([
    "",
    "   \n\t ",
    "{",
    "}",
    "(((",
    "index",
    "index r { indicator",
    'source s "',
    "scale s { level 1 [",
    "analysis a { between (",
    "method { weights fixed { a",
    "\u2028\ufeff\u0000",
    "value value value",
    "units ,,,",
  ])("%j", (text) => {
    const r = parseSpec(text, "f.ccd");
    expect(r.ast.kind).toBe("spec");
    expect(Array.isArray(r.diagnostics)).toBe(true);
    if (text.trim() !== "" && text !== "\u2028\ufeff\u0000")
      expect(r.diagnostics.length).toBeGreaterThan(0);
  });

  test("deep nesting is refused with E0007, not a stack overflow", () => {
    for (const value of [`${"(".repeat(3000)}x${")".repeat(3000)}`, `${"-".repeat(5000)}x`]) {
      const r = parseSpec(`index r { indicator i { value ${value} } }`, "f.ccd");
      expect(r.ast.kind).toBe("spec");
      expect(r.diagnostics.map((d) => d.code)).toEqual(["E0007"]);
    }
    const ok = `index r { indicator i { value ${"(".repeat(90)}x${")".repeat(90)} } }`;
    expect(parseSpec(ok, "f.ccd").diagnostics).toEqual([]);
  });
});
