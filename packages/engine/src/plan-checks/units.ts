/** Units: members known and not repeated; one member each at region level. */
import type { Plan } from "@ccdc/plan";
import { type EngineIssue, pointer } from "../issues.js";
import * as msg from "../messages/index.js";
import type { Ids } from "./ids.js";

export function checkUnits(plan: Plan, ids: Ids, issues: EngineIssue[]): void {
  plan.units.list.forEach((u, ui) => {
    // The pointer is made only when there is something to report (units can be many).
    const at = (): string => pointer("units", "list", ui);
    if (u.members.length === 0) issues.push(msg.unitWithoutMembers(u.id, `${at()}/members`));
    if (plan.units.level === "region" && u.members.length > 1) {
      issues.push(msg.unitOfSeveralAtRegionLevel(u.id, u.members.length, `${at()}/members`));
    }
    const seen = new Set<string>();
    u.members.forEach((m, mi) => {
      if (!ids.regions.has(m)) issues.push(msg.unitUnknownRegion(u.id, m, `${at()}/members/${mi}`));
      if (seen.has(m)) issues.push(msg.unitRepeatsRegion(u.id, m, `${at()}/members/${mi}`));
      seen.add(m);
    });
  });
}
