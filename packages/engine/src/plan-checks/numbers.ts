/**
 * Every number of the plan is finite (P0014). JSON has no Infinity or NaN, but a number too
 * large for a double (`"shift": 1e400`) parses as Infinity and passes a schema's `number`;
 * it would then surface deep in a run as an internal error. Checked first, by one iterative
 * walk (no recursion, so a deeply nested plan cannot overflow the stack).
 */
import type { Plan } from "@ccdc/plan";
import type { EngineIssue } from "../issues.js";
import * as msg from "../messages/index.js";

/** At most this many non-finite numbers are listed. */
const MAX_LISTED = 20;

/** Reports each non-finite number with its JSON pointer; true if there were none. */
export function checkFiniteNumbers(plan: Plan, issues: EngineIssue[]): boolean {
  const stack: [unknown, string][] = [[plan, ""]];
  let found = 0;
  while (stack.length > 0) {
    const [value, at] = stack.pop()!;
    if (typeof value === "number") {
      if (!Number.isFinite(value) && ++found <= MAX_LISTED) {
        issues.push(msg.nonFiniteNumber(value, at));
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${at}/${i}`]);
    } else if (typeof value === "object" && value !== null) {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!;
        stack.push([
          (value as Record<string, unknown>)[k],
          `${at}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`,
        ]);
      }
    }
  }
  if (found > MAX_LISTED) issues.push(msg.moreNonFiniteNumbers(found - MAX_LISTED));
  return found === 0;
}
