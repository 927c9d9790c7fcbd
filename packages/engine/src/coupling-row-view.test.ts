import { stableJsonChunks, stableStringify } from "@ccdc/plan";
import { describe, expect, test } from "vitest";
import type { CouplingBlock } from "./analyses.js";
import { couplingRowView, type RowScale } from "./coupling-row-view.js";

// Two rows of two years; row 1 is grades [1, 0] of a two-level scale.
const block = {
  analysis: "internal",
  form: "standard",
  scale: "s2",
  rows: 2,
  C: Float64Array.of(0.1, 0.2, 0.3, 0.4),
  T: Float64Array.of(0.5, 0.6, 0.7, 0.8),
  D: Float64Array.of(0.9, 0.11, 0.12, 0.13),
  grade: Uint8Array.of(0, 0, 1, 0),
} as unknown as CouplingBlock;
const scale: RowScale = {
  levels: [1, 2],
  primary: ["low", "high"],
  languages: ["en", "zh"],
  labels: { en: ["low", "high"], zh: ["低", "高"] },
};
/** Row 1 as couplingRows wrote it before the views, by hand from the columns above. */
const plain = {
  analysis: "internal",
  form: "standard",
  units: ["south"],
  systems: ["a", "b"],
  years: [2020, 2021],
  C: [0.3, 0.4],
  T: [0.7, 0.8],
  D: [0.12, 0.13],
  level: [2, 1],
  label: ["high", "low"],
  labels: Object.assign(Object.create(null), { en: ["high", "low"], zh: ["高", "低"] }),
  scale: "s2",
};

describe("couplingRowView", () => {
  const view = couplingRowView(block, 1, [2020, 2021], ["south"], ["a", "b"], scale);

  test("reads as the plain row: keys in order, values, JSON", () => {
    expect(Object.keys(view)).toEqual(Object.keys(plain));
    expect(view.D).toEqual([0.12, 0.13]);
    expect(view.labels.zh).toEqual(["高", "低"]);
    expect(JSON.stringify(view)).toBe(JSON.stringify(plain));
    expect([...stableJsonChunks([view], 3)].join("")).toBe(stableStringify([plain]));
    expect("C" in view && !("block" in view)).toBe(true);
  });

  test("is read-only, and each read is a new array", () => {
    view.D[0] = 9;
    expect(view.D[0]).toBe(0.12);
    expect(() => {
      (view as { form: string }).form = "x";
    }).toThrow(TypeError);
  });
});
