import { expect, test } from "vitest";
import { formatSpec } from "./format.js";

const fmt = (text: string): string | undefined => formatSpec(text, "f.ccd").text;

test("the canonical layout: one statement a line, blocks indented, inline lists kept inline", () => {
  const messy = [
    "",
    "// header",
    'study   s {   title "T"  period 2013 to 2021 }   // after the block',
    'source panel "x.csv" { format csv layout long { region "province" year "year" }',
    '  variable a "a" unit "u"',
    "     aggregate sum",
    "  /* a block",
    "     comment */",
    '  variable b "b"  aggregate mean weighted by a',
    "",
    "",
    "}",
    'region r1 "R1" zh "北京"   key "Beijing"',
    "cluster c { r1 ,r2 } cluster d {}",
    "method { normalize minmax shift -0.5 scope pooled weights fixed {a 0.4, b 0.6} }",
    "index i { system s1 { indicator x { direction - value -(a + b) * 2 / -a } } }",
    'scale sc { level 1 [ 0.0 , 0.5 ) "lo" level 2 [0.5, 1.0] "hi" }',
    "analysis an { between ( c , d ), (c,d)",
    "  on s1 beta 0.5, -0.5 }",
  ].join("\n");
  const expected = [
    "// header",
    "study s {",
    '  title "T"',
    "  period 2013 to 2021",
    "} // after the block",
    'source panel "x.csv" {',
    "  format csv",
    "  layout long {",
    '    region "province"',
    '    year "year"',
    "  }",
    '  variable a "a" unit "u"',
    "    aggregate sum",
    "  /* a block",
    "     comment */",
    '  variable b "b" aggregate mean weighted by a',
    "}",
    'region r1 "R1" zh "北京" key "Beijing"',
    "cluster c { r1, r2 }",
    "cluster d {}",
    "method {",
    "  normalize minmax shift -0.5 scope pooled",
    "  weights fixed {",
    "    a 0.4,",
    "    b 0.6",
    "  }",
    "}",
    "index i {",
    "  system s1 {",
    "    indicator x {",
    "      direction -",
    "      value -(a + b) * 2 / -a",
    "    }",
    "  }",
    "}",
    "scale sc {",
    '  level 1 [0.0, 0.5) "lo"',
    '  level 2 [0.5, 1.0] "hi"',
    "}",
    "analysis an {",
    "  between (c, d), (c, d)",
    "  on s1",
    "  beta 0.5, -0.5",
    "}",
    "",
  ].join("\n");
  expect(fmt(messy)).toBe(expected);
  expect(fmt(expected)).toBe(expected);
});

test("blank lines: runs become one; none after `{`, before `}` or at the start", () => {
  const text = '\n\nregion a "A"\n\n\n\nregion b "B"\nmethod {\n\n  weights entropy\n\n\n}\n';
  expect(fmt(text)).toBe('region a "A"\n\nregion b "B"\nmethod {\n  weights entropy\n}\n');
});

test("comments on their own line are indented like the code after them", () => {
  const text = [
    "method {",
    "// before a clause",
    "      weights entropy // after it",
    "        // before the closing brace",
    "}",
    'source s "s.csv" {',
    'variable x "x"',
    "// inside a clause that goes on",
    "aggregate sum",
    "}",
  ].join("\n");
  expect(fmt(text)).toBe(
    [
      "method {",
      "  // before a clause",
      "  weights entropy // after it",
      "  // before the closing brace",
      "}",
      'source s "s.csv" {',
      '  variable x "x"',
      "    // inside a clause that goes on",
      "    aggregate sum",
      "}",
      "",
    ].join("\n"),
  );
});

test("CRLF line ends become LF; an empty spec stays empty", () => {
  expect(fmt('region a "A"\r\n// c\r\nregion b "B"\r\n')).toBe(
    'region a "A"\n// c\nregion b "B"\n',
  );
  expect(fmt("")).toBe("");
  expect(fmt("  \n\n")).toBe("");
  expect(fmt("// only a comment")).toBe("// only a comment\n");
});

test("a spec with syntax errors is not formatted: its errors are returned", () => {
  const r = formatSpec("method { weights entropy", "f.ccd");
  expect(r.text).toBeUndefined();
  expect(r.diagnostics.length).toBeGreaterThan(0);
  expect(r.diagnostics.every((d) => d.severity === "error")).toBe(true);
});
