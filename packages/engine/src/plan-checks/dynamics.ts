/**
 * Dynamics declarations (issue 11): the subject exists (a within analysis and one of its forms,
 * or a node); groups partition the subject's units; Markov states name a scale or k ≥ 2
 * classes; steps fit the period; the years are consecutive (β, Markov steps and GM(1,1)
 * assume equal spacing).
 */
import type { Plan } from "@ccdc/plan";
import { type EngineIssue, error, pointer } from "../issues.js";
import type { Ids } from "./ids.js";

export function checkDynamics(plan: Plan, ids: Ids, issues: EngineIssue[]): void {
  const years = plan.study.years;
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  (plan.dynamics ?? []).forEach((d, di) => {
    const at = pointer("dynamics", di);
    const bad = (message: string, where: string) =>
      issues.push(error("P0013", `dynamics "${d.id}": ${message}`, { pointer: `${at}${where}` }));
    let units: readonly string[] = plan.units.list.map((u) => u.id);
    const s = d.subject;
    if (s.kind === "node") {
      if (!ids.nodes.has(s.node)) {
        issues.push(
          error("P0003", `dynamics "${d.id}" names unknown node "${s.node}"`, {
            pointer: `${at}/subject/node`,
          }),
        );
        return;
      }
    } else {
      const analysis = plan.analyses.find((a) => a.id === s.analysis);
      if (!analysis) {
        issues.push(
          error("P0003", `dynamics "${d.id}" names unknown analysis "${s.analysis}"`, {
            pointer: `${at}/subject/analysis`,
          }),
        );
        return;
      }
      if (analysis.kind !== "within") {
        bad(
          `analysis "${s.analysis}" couples units with each other: it has no D per unit`,
          "/subject",
        );
        return;
      }
      if (!analysis.forms.includes(s.form)) {
        bad(`analysis "${s.analysis}" does not compute form ${s.form}`, "/subject/form");
        return;
      }
      units = analysis.units;
    }
    if (d.gini || d.theil) {
      const seen = new Map<string, string>();
      d.groups.forEach((g, gi) => {
        if (g.units.length === 0) bad(`group "${g.id}" has no unit`, `/groups/${gi}`);
        for (const u of g.units) {
          if (!units.includes(u))
            bad(`group "${g.id}": "${u}" is not a unit of the subject`, `/groups/${gi}`);
          else if (seen.has(u))
            bad(`"${u}" is in both group "${seen.get(u)}" and group "${g.id}"`, `/groups/${gi}`);
          seen.set(u, g.id);
        }
      });
      const outside = units.filter((u) => !seen.has(u));
      if (d.groups.length === 0) bad("Dagum's Gini and Theil's index need groups", "/groups");
      else if (outside.length > 0)
        bad(`units in no group: ${outside.map((u) => `"${u}"`).join(", ")}`, "/groups");
    }
    if (d.markov) {
      const m = d.markov;
      if (m.states.kind === "scale" && !ids.scales.has(m.states.scale))
        issues.push(
          error("P0003", `dynamics "${d.id}" uses unknown scale "${m.states.scale}"`, {
            pointer: `${at}/markov/states/scale`,
          }),
        );
      if (m.step >= years.length)
        bad(`Markov step ${m.step} leaves no transition in the period`, "/markov/step");
    }
    if (d.convergence && d.convergence.step >= years.length)
      bad(`convergence step ${d.convergence.step} leaves no pair of years`, "/convergence/step");
    if (d.density && d.density.bandwidth.rule !== "fixed" && units.length < 2)
      bad("a bandwidth rule needs at least two units; give a fixed h", "/density/bandwidth");
    if (d.density?.grid && !(d.density.grid.to > d.density.grid.from))
      bad("the density grid must run from a lower to a higher value", "/density/grid");
    if ((d.markov || d.convergence || d.forecast) && !consecutive)
      bad(
        `Markov transitions, convergence and forecasts need consecutive years; the period is ${years.join(", ")}`,
        "",
      );
    if (d.forecast?.mode === "systems" && s.kind === "node")
      bad(
        "forecast mode systems needs an analysis subject (its systems); use direct",
        "/forecast/mode",
      );
  });
}
