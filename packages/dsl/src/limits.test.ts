/** Declared limits of the compiler, each with its own diagnostic, and no stack overflow. */
import { describe, expect, test } from "vitest";
import { edit, MINI } from "./check/spec-fixture.js";
import { compileSpec } from "./compile.js";
import { MAX_PERIOD_YEARS } from "./messages.js";
import { MAX_EXPRESSION_OPERATORS, MAX_SPEC_CHARS } from "./parse.js";

const codes = (text: string) => compileSpec(text, "s.ccd").diagnostics.map((d) => d.code);

describe("limits", () => {
  test("E0009: an expression with thousands of terms is refused, not a crash", () => {
    const terms = Array.from({ length: 20_000 }, () => "gdp").join(" + ");
    expect(codes(edit(MINI, ["value gdp / pop", `value ${terms} / pop`]))).toEqual(["E0009"]);
    const ok = Array.from({ length: MAX_EXPRESSION_OPERATORS }, () => "gdp").join(" + ");
    expect(codes(edit(MINI, ["value gdp / pop", `value (${ok}) / pop`]))).not.toContain("E0009");
  });

  test("E0008: a spec larger than the limit is one diagnostic", () => {
    expect(codes(`${MINI}\n${"# x\n".repeat(MAX_SPEC_CHARS / 4)}`)).toEqual(["E0008"]);
  });

  test("E0208: a period of a billion years is refused before its years are expanded", () => {
    expect(codes(edit(MINI, ["period 2020 to 2022", "period 2019 to 1000000000"]))).toEqual([
      "E0208",
    ]);
    const last = 2020 + MAX_PERIOD_YEARS - 1;
    expect(codes(edit(MINI, ["period 2020 to 2022", `period 2020 to ${last}`]))).not.toContain(
      "E0208",
    );
  });
});
