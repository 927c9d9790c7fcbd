import { expect, test } from "vitest";
import type { LabelSet } from "../ast.js";
import type { Range } from "../diagnostic.js";
import { labelsOf } from "./labels.js";

const r: Range = {
  file: "t",
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};
const str = (value: string) => ({ value, range: r });
const ident = (name: string) => ({ name, range: r });

test("the primary label is en; others by their tag", () => {
  const labels: LabelSet = {
    primary: str("Beijing"),
    others: [{ lang: ident("zh"), text: str("北京") }],
  };
  expect(labelsOf(labels, "beijing")).toEqual({ en: "Beijing", zh: "北京" });
});
test("without a primary label, en is an explicit en label, else the name", () => {
  expect(labelsOf({ others: [{ lang: ident("en"), text: str("Bei") }] }, "beijing")).toEqual({
    en: "Bei",
  });
  expect(labelsOf({ others: [{ lang: ident("zh"), text: str("北京") }] }, "beijing")).toEqual({
    en: "beijing",
    zh: "北京",
  });
});
