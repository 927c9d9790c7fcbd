/**
 * Relative-development and obstacle declarations (issue 10): a relative names a within
 * analysis and one of its forms, `ratio` only over two systems, bands that tile [0, +∞) in
 * ascending order (the last one unbounded); an obstacle names a node that is not `given`.
 */
import type { Plan, RelativeLevel } from "@ccdc/plan";
import type { EngineIssue } from "../issues.js";
import { pointer } from "../issues.js";
import { relativeObstacleInvalid } from "../messages/index.js";

export function checkRelativeObstacle(plan: Plan, issues: EngineIssue[]): void {
  (plan.relative ?? []).forEach((r, i) => {
    const at = pointer("relative", i);
    const bad = (problem: string, where: string) =>
      issues.push(relativeObstacleInvalid("relative", r.id, problem, `${at}${where}`));
    const a = plan.analyses.find((x) => x.id === r.analysis);
    if (!a) bad(`no analysis "${r.analysis}"`, "/analysis");
    else if (a.kind !== "within")
      bad(`analysis "${r.analysis}" is not a within analysis`, "/analysis");
    else {
      if (!a.forms.includes(r.form))
        bad(`analysis "${a.id}" does not compute form ${r.form}`, "/form");
      if (r.rule === "ratio" && a.systems.length !== 2)
        bad(`rule ratio needs two systems, analysis "${a.id}" has ${a.systems.length}`, "/rule");
    }
    const problem = tilingProblem(r.levels);
    if (problem) bad(problem, "/levels");
  });
  (plan.obstacles ?? []).forEach((o, i) => {
    const at = pointer("obstacles", i);
    const node = plan.nodes.find((n) => n.id === o.node);
    if (!node)
      issues.push(relativeObstacleInvalid("obstacle", o.id, `no node "${o.node}"`, `${at}/node`));
    else if (node.compose.kind === "given" || node.leaves.length === 0)
      issues.push(
        relativeObstacleInvalid(
          "obstacle",
          o.id,
          `node "${o.node}" has no indicators`,
          `${at}/node`,
        ),
      );
  });
}

/** Why the bands do not tile [0, +∞) once, in order; undefined when they do. */
export function tilingProblem(levels: readonly RelativeLevel[]): string | undefined {
  const first = levels[0];
  if (first?.lower !== 0 || !first.lowerClosed)
    return "the first band does not start at a closed 0";
  for (let i = 0; i < levels.length; i++) {
    const l = levels[i]!;
    if (i > 0 && l.level <= levels[i - 1]!.level) return "level numbers do not ascend";
    if (
      l.upper !== null &&
      (l.upper < l.lower || (l.upper === l.lower && !(l.lowerClosed && l.upperClosed)))
    )
      return `band ${l.level} is empty`;
    const next = levels[i + 1];
    if (!next)
      return l.upper === null && !l.upperClosed ? undefined : "the last band is not unbounded";
    if (l.upper === null) return `band ${l.level} is unbounded but not last`;
    if (next.lower !== l.upper || next.lowerClosed === l.upperClosed)
      return `bands ${l.level} and ${next.level} do not meet at one closed end`;
  }
  return undefined;
}
