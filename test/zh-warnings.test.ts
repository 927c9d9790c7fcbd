/**
 * The engine's warnings under `--lang zh` (render/words/warnings-zh.ts): every warning code
 * has a Chinese wording made from its structured fields (W0103, which comes only with an error
 * that stops the run, stays English like engine errors), and no English word leaks into one.
 * Each warning is built by the engine's own message factory with ids that are not English
 * words, so any word of four letters or more left in the Chinese text is a leak (checked to
 * fail when a template is replaced by the English message).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ISSUE_CODES, type ResultWarning } from "@ccdc/engine";
import { describe, expect, test } from "vitest";
import { WARNINGS_ZH, warningZh } from "../packages/cli/src/render/words/warnings-zh.js";
import * as msg from "../packages/engine/src/messages/index.js";
import { FORMULA_NAMES, leakedWords } from "./zh-words.js";

/** The warnings of a successful run, one per wording (W0301 and W0701 have two each). */
const WARNINGS = [
  msg.absentColumn("gdp.csv", "gdp_x", "gdp_v", false, { row: 1, pointer: "/sources/0" }),
  msg.absentColumn("gdp.csv", "gdp_x", "gdp_v", true, { row: 1, pointer: "/sources/0" }),
  msg.caseNearMiss("gdp.csv", "region", "beijing", 7, "Beijing", "/sources/0"),
  msg.constantIndicator(msg.CONSTANT_SUBJECTS.indicator("gdp_pc"), { scope: "pooled" }, 1e-4, "/i"),
  msg.constantIndicator(
    msg.CONSTANT_SUBJECTS.child("infra", "root_x"),
    { scope: "per_year", years: "2013–2015, 2018" },
    1e-4,
    "/n",
  ),
  msg.degenerateWeights("root_x", "entropy", { scope: "pooled" }, "/n"),
  msg.degenerateWeights("root_x", "critic", { scope: "per_year", years: "2015" }, "/n"),
  msg.perYearWeightsAveraged(["root_x", "infra"], "/method"),
  msg.pinnedAtShift("infra", ["hebei", "jilin"], 1e-4, "/n"),
  msg.topsisTied("infra", { scope: "per_year", years: "2014" }, "/n"),
  msg.ahpInconsistentAllowed("root_x", 0.2345, 0.1, "/n"),
  msg.aboveScale("ccd_a", 3, "ccd10", { upper: 1, level: 10 }, 1.00004, "/a"),
  msg.growthUndefined("infra", "not-positive", ["hebei"], "/n"),
  msg.growthUndefined("infra", "single-year", ["hebei", "jilin"], "/n"),
  msg.growthUndefined("infra", "not-positive-or-overflow", ["hebei"], "/n"),
  msg.growthFromShift("infra", 2013, 1e-4, [{ unit: "hebei", rate: 1.9642 }], "/n"),
  msg.unmatchedFeatures(2, "china.geojson", '"Xizang", "Taiwan"', "/maps/0"),
  msg.islandsDropped(["hainan"], "queen_w", "/spatialWeights/0"),
  msg.spatialMarkovIslandsDropped("dyn_a", "queen_w", ["hainan"], "/dynamics/0"),
  msg.knnAsymmetric(4, "knn_w", "/spatialWeights/0"),
  msg.sensitivitySkipped("var_b"),
  msg.figureLeftOutOfVariant("fig_c", "var_b", "ccd_a", "standard", "/figures/0"),
  msg.gmNotFitted("dyn_a", 2, 30, "/dynamics/0"),
  msg.forecastClamped("dyn_a", 5, "/dynamics/0"),
  msg.betaNotEstimated("dyn_a", "not estimated: 2 observations, at least 3 needed", "/d"),
  msg.inSensitivityRun(
    msg.growthFromShift("infra", 2013, 1e-4, [{ unit: "hebei", rate: 1.5 }], "/n"),
    "sens_s",
    "var_b",
  ),
];

/** The ids above and the method words a Chinese paper writes in Latin letters. */
const ALLOWED = new Set([
  ...FORMULA_NAMES,
  ...["gdp_x", "gdp_v", "beijing", "Beijing", "gdp_pc", "infra", "root_x", "critic", "per_year"],
  ...["hebei", "jilin", "ccd_a", "ccd10", "china", "geojson", "Xizang", "Taiwan", "hainan"],
  ...["queen_w", "dyn_a", "knn_w", "var_b", "fig_c", "standard", "sens_s"],
]);

/** A warning as results.json holds it (through JSON, as a report read back would see it). */
const asResult = (w: (typeof WARNINGS)[number]): ResultWarning =>
  JSON.parse(JSON.stringify({ code: w.code, message: w.message, args: w.args }));

describe("engine warnings under --lang zh", () => {
  test("every warning code but W0103 has a Chinese wording, and the list covers them", () => {
    const codes = Object.keys(ISSUE_CODES).filter((c) => c.startsWith("W") && c !== "W0103");
    expect(Object.keys(WARNINGS_ZH).sort()).toEqual(codes.sort());
    expect(new Set(WARNINGS.map((w) => w.code))).toEqual(new Set(codes));
    // docs/run-errors.md names each code's args, after the heading "Warning fields".
    const doc = readFileSync(join(import.meta.dirname, "..", "docs", "run-errors.md"), "utf8");
    const fields = doc.slice(doc.indexOf("## Warning fields"));
    const documented = [...fields.matchAll(/^\| `(W\d{4})` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(codes.sort());
  });

  test.each(WARNINGS.map((w) => [w.code, w] as const))("%s: no English word leaks", (_, w) => {
    expect(w.args, "the factory gives args").toBeDefined();
    const zh = warningZh(asResult(w));
    expect(zh).not.toBe(w.message);
    expect(leakedWords(zh, ALLOWED)).toEqual([]);
  });

  test("the numbers and ids of a warning are kept", () => {
    const zh = warningZh(asResult(WARNINGS.find((w) => w.code === "W0502")!));
    expect(zh).toBe(
      '节点 "infra"：hebei（196.42 %）的年均增长率始于等于平移量 0.0001 的 2013 年指数，因此该增长率由平移量而非数据决定',
    );
    const run = warningZh(asResult(WARNINGS.at(-1)!));
    expect(run).toMatch(/^敏感性分析 "sens_s"，按 var_b 运行：节点 "infra"：hebei（150\.00 %）/);
  });

  test("a warning without args (results.json of an older ccdc) is shown as the engine wrote it", () => {
    expect(warningZh({ code: "W0502", message: "as written" })).toBe("as written");
  });
});
