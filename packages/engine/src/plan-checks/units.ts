/** Units: members known and not repeated; one member each at region level. */
import type { Plan } from "@ccdc/plan";
import { type EngineIssue, error, pointer } from "../issues.js";
import type { Ids } from "./ids.js";

export function checkUnits(plan: Plan, ids: Ids, issues: EngineIssue[]): void {
  plan.units.list.forEach((u, ui) => {
    // The pointer is made only when there is something to report (units can be many).
    const at = (): string => pointer("units", "list", ui);
    if (u.members.length === 0)
      issues.push(
        error("P0005", `unit "${u.id}" has no member regions`, { pointer: `${at()}/members` }),
      );
    if (plan.units.level === "region" && u.members.length > 1) {
      issues.push(
        error(
          "P0005",
          `unit "${u.id}" has ${u.members.length} members, but the study runs at region level`,
          { pointer: `${at()}/members` },
        ),
      );
    }
    const seen = new Set<string>();
    u.members.forEach((m, mi) => {
      if (!ids.regions.has(m))
        issues.push(
          error("P0003", `unit "${u.id}" lists unknown region "${m}"`, {
            pointer: `${at()}/members/${mi}`,
          }),
        );
      if (seen.has(m))
        issues.push(
          error("P0004", `unit "${u.id}" lists region "${m}" twice`, {
            pointer: `${at()}/members/${mi}`,
          }),
        );
      seen.add(m);
    });
  });
}
