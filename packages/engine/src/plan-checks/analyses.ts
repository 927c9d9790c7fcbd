/** Analyses: scale, systems, units and nodes known; betas; at most MAX_ANALYSIS_ROWS rows. */
import type { Plan } from "@ccdc/plan";
import { type EngineIssue, error, pointer } from "../issues.js";
import type { Ids } from "./ids.js";
import { checkWeightsSum } from "./weights-sum.js";

/** The largest number of coupling rows one analysis may produce. */
export const MAX_ANALYSIS_ROWS = 100_000;

export function checkAnalyses(plan: Plan, ids: Ids, issues: EngineIssue[]): void {
  plan.analyses.forEach((a, ai) => {
    const at = pointer("analyses", ai);
    if (!ids.scales.has(a.scale))
      issues.push(
        error("P0003", `analysis "${a.id}" uses unknown scale "${a.scale}"`, {
          pointer: `${at}/scale`,
        }),
      );
    if (a.forms.length === 0)
      issues.push(
        error("P0011", `analysis "${a.id}" lists no coupling form`, { pointer: `${at}/forms` }),
      );
    const distinct = (
      list: readonly string[],
      what: string,
      where: string,
      known: (id: string) => boolean,
      kindName: string,
    ): void => {
      const seen = new Set<string>();
      list.forEach((id, i) => {
        if (!known(id))
          issues.push(
            error("P0003", `analysis "${a.id}" names unknown ${kindName} "${id}"`, {
              pointer: `${where}/${i}`,
            }),
          );
        if (seen.has(id))
          issues.push(
            error("P0011", `analysis "${a.id}" repeats ${kindName} "${id}" in its ${what}`, {
              pointer: `${where}/${i}`,
            }),
          );
        seen.add(id);
      });
    };
    let rows: number;
    if (a.kind === "within") {
      distinct(a.systems, "systems", `${at}/systems`, (id) => ids.nodes.has(id), "node");
      distinct(a.units, "units", `${at}/units`, (id) => ids.units.has(id), "unit");
      if (a.systems.length < 2)
        issues.push(
          error(
            "P0011",
            `analysis "${a.id}" couples ${a.systems.length} system(s); coupling needs at least 2`,
            { pointer: `${at}/systems` },
          ),
        );
      if (Array.isArray(a.beta)) {
        if (a.beta.length !== a.systems.length) {
          issues.push(
            error(
              "P0007",
              `analysis "${a.id}" gives ${a.beta.length} beta weights for ${a.systems.length} systems`,
              { pointer: `${at}/beta` },
            ),
          );
        } else checkWeightsSum(a.beta, `beta of analysis "${a.id}"`, "P0007", `${at}/beta`, issues);
      }
      rows = a.forms.length * a.units.length;
    } else {
      distinct(a.nodes, "nodes", `${at}/nodes`, (id) => ids.nodes.has(id), "node");
      a.combinations.forEach((combo, ci) => {
        const where = `${at}/combinations/${ci}`;
        distinct(combo, "combination", where, (id) => ids.units.has(id), "unit");
        if (combo.length < 2)
          issues.push(
            error(
              "P0011",
              `analysis "${a.id}": a combination needs at least 2 units, not [${combo.join(", ")}]`,
              { pointer: where },
            ),
          );
        if (Array.isArray(a.beta) && a.beta.length !== combo.length) {
          issues.push(
            error(
              "P0007",
              `analysis "${a.id}" gives ${a.beta.length} beta weights, but combination [${combo.join(", ")}] has ${combo.length} units`,
              { pointer: `${at}/beta` },
            ),
          );
        }
      });
      if (Array.isArray(a.beta))
        checkWeightsSum(a.beta, `beta of analysis "${a.id}"`, "P0007", `${at}/beta`, issues);
      rows = a.forms.length * a.nodes.length * a.combinations.length;
    }
    if (rows > MAX_ANALYSIS_ROWS) {
      issues.push(
        error(
          "P0012",
          `analysis "${a.id}" would produce ${rows} rows (more than ${MAX_ANALYSIS_ROWS})`,
          {
            pointer: at,
            hint: "list fewer combinations, units or forms, or split the study",
          },
        ),
      );
    }
  });
}
