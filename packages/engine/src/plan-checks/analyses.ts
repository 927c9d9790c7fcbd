/** Analyses: scale, systems, units and nodes known; betas; at most MAX_ANALYSIS_ROWS rows. */
import type { Plan } from "@ccdc/plan";
import { type EngineIssue, pointer } from "../issues.js";
import * as msg from "../messages/index.js";
import type { Ids } from "./ids.js";
import { checkWeightsSum } from "./weights-sum.js";

/** The largest number of coupling rows one analysis may produce. */
export const MAX_ANALYSIS_ROWS = 100_000;

export function checkAnalyses(plan: Plan, ids: Ids, issues: EngineIssue[]): void {
  plan.analyses.forEach((a, ai) => {
    const at = pointer("analyses", ai);
    if (!ids.scales.has(a.scale))
      issues.push(msg.analysisUnknownScale(a.id, a.scale, `${at}/scale`));
    if (a.forms.length === 0) issues.push(msg.analysisWithoutForms(a.id, `${at}/forms`));
    const distinct = (
      list: readonly string[],
      what: string,
      where: string,
      known: (id: string) => boolean,
      kindName: string,
    ): void => {
      const seen = new Set<string>();
      list.forEach((id, i) => {
        if (!known(id)) issues.push(msg.analysisUnknownId(a.id, kindName, id, `${where}/${i}`));
        if (seen.has(id))
          issues.push(msg.analysisRepeatsId(a.id, kindName, id, what, `${where}/${i}`));
        seen.add(id);
      });
    };
    let rows: number;
    if (a.kind === "within") {
      distinct(a.systems, "systems", `${at}/systems`, (id) => ids.nodes.has(id), "node");
      distinct(a.units, "units", `${at}/units`, (id) => ids.units.has(id), "unit");
      if (a.systems.length < 2)
        issues.push(msg.tooFewSystems(a.id, a.systems.length, `${at}/systems`));
      if (Array.isArray(a.beta)) {
        if (a.beta.length !== a.systems.length) {
          issues.push(msg.betaCountSystems(a.id, a.beta.length, a.systems.length, `${at}/beta`));
        } else checkWeightsSum(a.beta, { kind: "beta", analysis: a.id }, `${at}/beta`, issues);
      }
      rows = a.forms.length * a.units.length;
    } else {
      distinct(a.nodes, "nodes", `${at}/nodes`, (id) => ids.nodes.has(id), "node");
      a.combinations.forEach((combo, ci) => {
        const where = `${at}/combinations/${ci}`;
        distinct(combo, "combination", where, (id) => ids.units.has(id), "unit");
        if (combo.length < 2) issues.push(msg.combinationTooSmall(a.id, combo, where));
        if (Array.isArray(a.beta) && a.beta.length !== combo.length) {
          issues.push(msg.betaCountCombination(a.id, a.beta.length, combo, `${at}/beta`));
        }
      });
      if (Array.isArray(a.beta))
        checkWeightsSum(a.beta, { kind: "beta", analysis: a.id }, `${at}/beta`, issues);
      rows = a.forms.length * a.nodes.length * a.combinations.length;
    }
    if (rows > MAX_ANALYSIS_ROWS) {
      issues.push(msg.tooManyRows(a.id, rows, MAX_ANALYSIS_ROWS, at));
    }
  });
}
