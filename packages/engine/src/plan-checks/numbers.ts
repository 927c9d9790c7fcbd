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
  // Depth first, children in document order (the order of the issues). A frame holds its
  // container, its keys (objects) and the next child; the pointer is spelled out only for a
  // non-finite number, from the chain of frames, so that a plan of 30,000 regions does not
  // build a string per value.
  interface Frame {
    value: unknown[] | Record<string, unknown>;
    keys: string[] | undefined;
    next: number;
    parent: Frame | undefined;
  }
  const open = (value: object, parent: Frame | undefined): Frame =>
    Array.isArray(value)
      ? { value, keys: undefined, next: 0, parent }
      : { value: value as Record<string, unknown>, keys: Object.keys(value), next: 0, parent };
  const pointerOf = (frame: Frame): string => {
    let at = "";
    for (let f: Frame | undefined = frame; f !== undefined; f = f.parent) {
      const i = f.next - 1;
      const k = f.keys === undefined ? String(i) : f.keys[i]!;
      at = `/${k.replace(/~/g, "~0").replace(/\//g, "~1")}${at}`;
    }
    return at;
  };
  if (typeof plan !== "object" || plan === null) return true;
  const stack: Frame[] = [open(plan, undefined)];
  let found = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const size = frame.keys === undefined ? (frame.value as unknown[]).length : frame.keys.length;
    if (frame.next >= size) {
      stack.pop();
      continue;
    }
    const i = frame.next++;
    const value =
      frame.keys === undefined
        ? (frame.value as unknown[])[i]
        : (frame.value as Record<string, unknown>)[frame.keys[i]!];
    if (typeof value === "number") {
      if (!Number.isFinite(value) && ++found <= MAX_LISTED) {
        issues.push(msg.nonFiniteNumber(value, pointerOf(frame)));
      }
    } else if (typeof value === "object" && value !== null) {
      stack.push(open(value, frame));
    }
  }
  if (found > MAX_LISTED) issues.push(msg.moreNonFiniteNumbers(found - MAX_LISTED));
  return found === 0;
}
