import type { SpecRange } from "@ccdc/plan";
import { describe, expect, test } from "vitest";
import { codeFrame, rangeForPointer, renderIssue } from "./diagnostics.js";
import { ansiStyle, stripAnsi } from "./style.js";

const r = (line: number, column: number, endLine: number, endColumn: number): SpecRange => ({
  file: "specs/toy.ccd",
  line,
  column,
  endLine,
  endColumn,
});
const map = {
  "/sources/0": r(2, 1, 5, 2),
  "/sources/0/variables/1": r(4, 3, 4, 18),
  "": r(1, 1, 1, 6),
};
const spec = 'study toy {}\nsource d "d.csv" {\n  variable a\n  variable gdp "gdp"\n}\n';

describe("pointer → spec range", () => {
  test("exact key", () => {
    expect(rangeForPointer("/sources/0/variables/1", map)).toEqual(map["/sources/0/variables/1"]);
  });
  test("walks up to the nearest mapped ancestor", () => {
    expect(rangeForPointer("/sources/0/variables/0/key", map)).toEqual(map["/sources/0"]);
    expect(rangeForPointer("/nodes/3", map)).toEqual(map[""]);
    expect(rangeForPointer("/nodes/3", {})).toBeUndefined();
  });
});

describe("rendering an engine issue", () => {
  const ctx = {
    sourceMap: map,
    specText: (f: string) => (f === "specs/toy.ccd" ? spec : undefined),
    specPath: (f: string) => f,
    dataPath: (f: string) => `data/${f}`,
  };

  test("rustc style: header, location, code frame, data location, help", () => {
    const text = renderIssue(
      {
        severity: "error",
        code: "D0101",
        message: "missing value for gdp (Hebei, 2015)",
        pointer: "/sources/0/variables/1",
        file: "d.csv",
        row: 17,
        column: "value",
        hint: "declare a missing rule",
      },
      ctx,
    );
    expect(text).toBe(
      [
        "error[D0101]: missing value for gdp (Hebei, 2015)",
        " --> specs/toy.ccd:4:3",
        "  |",
        '4 |   variable gdp "gdp"',
        "  |   ^^^^^^^^^^^^^^^",
        '  = data: data/d.csv, row 17, column "value"',
        "  = help: declare a missing rule",
        "",
      ].join("\n"),
    );
  });

  test("without a pointer or spec text: just the message and the data location", () => {
    expect(
      renderIssue(
        { severity: "error", code: "D0200", message: "cannot read d.csv", file: "d.csv" },
        ctx,
      ),
    ).toBe("error[D0200]: cannot read d.csv\n  = data: data/d.csv\n");
    const noText = renderIssue(
      { severity: "warning", code: "W1", message: "m", pointer: "/sources/0" },
      {
        ...ctx,
        specText: () => undefined,
      },
    );
    expect(noText).toBe("warning[W1]: m\n --> specs/toy.ccd:2:1\n");
  });

  test("colour only through the style", () => {
    const plain = renderIssue({ severity: "error", code: "D1", message: "m" }, ctx);
    const colored = renderIssue(
      { severity: "error", code: "D1", message: "m" },
      { ...ctx, style: ansiStyle },
    );
    expect(plain).not.toContain("\u001b[");
    expect(colored).toContain("\u001b[31m");
    expect(stripAnsi(colored)).toBe(plain);
  });

  test("the code frame underlines by display width", () => {
    const frame = codeFrame(
      { file: "x", line: 1, column: 4, endLine: 1, endColumn: 6 },
      'a "京津" b',
    );
    expect(frame).toEqual([
      ["1", 'a "京津" b'],
      ["", "   ^^^^"],
    ]);
  });
});
