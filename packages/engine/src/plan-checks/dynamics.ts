/**
 * Dynamics declarations (issue 11): the subject exists (a within analysis and one of its forms,
 * or a node); groups partition the subject's units; Markov states name a scale or k ≥ 2
 * classes; steps fit the period; the years are consecutive (β, Markov steps and GM(1,1)
 * assume equal spacing).
 */
import type { Plan } from "@ccdc/plan";
import { type EngineIssue, pointer } from "../issues.js";
import * as msg from "../messages/index.js";
import type { Ids } from "./ids.js";

export function checkDynamics(plan: Plan, ids: Ids, issues: EngineIssue[]): void {
  const years = plan.study.years;
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  (plan.dynamics ?? []).forEach((d, di) => {
    const at = pointer("dynamics", di);
    const bad = (problem: string, where: string) =>
      issues.push(msg.badDynamics(d.id, problem, `${at}${where}`));
    let units: readonly string[] = plan.units.list.map((u) => u.id);
    const s = d.subject;
    if (s.kind === "node") {
      if (!ids.nodes.has(s.node)) {
        issues.push(msg.dynamicsUnknownId(d.id, "node", s.node, `${at}/subject/node`));
        return;
      }
    } else {
      const analysis = plan.analyses.find((a) => a.id === s.analysis);
      if (!analysis) {
        issues.push(msg.dynamicsUnknownId(d.id, "analysis", s.analysis, `${at}/subject/analysis`));
        return;
      }
      if (analysis.kind !== "within") {
        bad(msg.DYNAMICS_PROBLEMS.betweenSubject(s.analysis), "/subject");
        return;
      }
      if (!analysis.forms.includes(s.form)) {
        bad(msg.DYNAMICS_PROBLEMS.formNotComputed(s.analysis, s.form), "/subject/form");
        return;
      }
      units = analysis.units;
    }
    if (d.gini || d.theil) {
      const seen = new Map<string, string>();
      d.groups.forEach((g, gi) => {
        if (g.units.length === 0) bad(msg.DYNAMICS_PROBLEMS.emptyGroup(g.id), `/groups/${gi}`);
        for (const u of g.units) {
          if (!units.includes(u)) bad(msg.DYNAMICS_PROBLEMS.foreignUnit(g.id, u), `/groups/${gi}`);
          else if (seen.has(u))
            bad(msg.DYNAMICS_PROBLEMS.unitInTwoGroups(u, seen.get(u), g.id), `/groups/${gi}`);
          seen.set(u, g.id);
        }
      });
      const outside = units.filter((u) => !seen.has(u));
      if (d.groups.length === 0) bad(msg.DYNAMICS_PROBLEMS.noGroups(), "/groups");
      else if (outside.length > 0) bad(msg.DYNAMICS_PROBLEMS.ungrouped(outside), "/groups");
    }
    if (d.markov) {
      const m = d.markov;
      if (m.states.kind === "scale" && !ids.scales.has(m.states.scale))
        issues.push(msg.dynamicsUnknownScale(d.id, m.states.scale, `${at}/markov/states/scale`));
      if (m.step >= years.length)
        bad(msg.DYNAMICS_PROBLEMS.markovStepTooLong(m.step), "/markov/step");
      // Spatial Markov: the weights exist (their units are the study's regions, checked with them).
      if (m.spatial && !(plan.spatialWeights ?? []).some((w) => w.id === m.spatial!.weights))
        issues.push(
          msg.spatialMarkovUnknownWeights(d.id, m.spatial.weights, `${at}/markov/spatial/weights`),
        );
    }
    if (d.convergence && d.convergence.step >= years.length)
      bad(msg.DYNAMICS_PROBLEMS.convergenceStepTooLong(d.convergence.step), "/convergence/step");
    if (d.density && d.density.bandwidth.rule !== "fixed" && units.length < 2)
      bad(msg.DYNAMICS_PROBLEMS.bandwidthNeedsUnits(), "/density/bandwidth");
    if (d.density?.grid && !(d.density.grid.to > d.density.grid.from))
      bad(msg.DYNAMICS_PROBLEMS.gridBackwards(), "/density/grid");
    if ((d.markov || d.convergence || d.forecast) && !consecutive)
      bad(msg.DYNAMICS_PROBLEMS.yearsNotConsecutive(years), "");
    if (d.forecast?.mode === "systems" && s.kind === "node")
      bad(msg.DYNAMICS_PROBLEMS.systemsForecastOfNode(), "/forecast/mode");
  });
}
