/**
 * Pass `missing-rules`: every missing-data rule is `error`, `interpolate`, `nearest` or
 * `splice <proxy>`; a splice names another variable, and splice proxies never form a cycle
 * (a variable filled from itself, directly or through others). A source-wide default rule
 * cannot be a splice.
 *
 * Codes: E0230 (unknown rule), E0231 (splice without proxy), E0232 (proxy on another rule),
 * E0233 (splices itself), E0234 (cycle), E0235 (source-wide splice), E0102/E0103 (proxy).
 */
import type { Ident, MissingRuleAst } from "../ast.js";
import {
  proxyNotSplice,
  sourceWideSplice,
  spliceCycle,
  spliceNoProxy,
  spliceSelf,
  unknownMissingRule,
} from "../messages.js";
import { type CheckContext, expectKind } from "./context.js";

const RULES = ["error", "interpolate", "nearest", "splice"];

export function checkMissingRules(ctx: CheckContext): void {
  /** variable name → its proxy, for the cycle check. */
  const proxyOf = new Map<string, Ident>();
  for (const item of ctx.ast.items) {
    if (item.kind !== "source") continue;
    if (item.missing) {
      if (item.missing.rule.name === "splice") ctx.report(sourceWideSplice(item.missing.range));
      else checkRule(ctx, item.missing);
    }
    for (const v of item.variables) {
      if (!v.missing) continue;
      if (!checkRule(ctx, v.missing) || !v.missing.proxy) continue;
      if (v.missing.proxy.name === v.name.name) {
        ctx.report(spliceSelf(v.missing.proxy));
        continue;
      }
      const proxy = ctx.resolve(v.missing.proxy, expectKind("variable"));
      if (proxy && ctx.symbols.get(v.name.name)?.decl === v)
        proxyOf.set(v.name.name, v.missing.proxy);
    }
  }
  reportCycles(ctx, proxyOf);
}

/** Checks one rule; true if it is well formed. */
function checkRule(ctx: CheckContext, rule: MissingRuleAst): boolean {
  const name = rule.rule.name;
  if (!RULES.includes(name)) {
    ctx.report(unknownMissingRule(rule.rule));
    return false;
  }
  if (name === "splice" && !rule.proxy) {
    ctx.report(spliceNoProxy(rule.range));
    return false;
  }
  if (name !== "splice" && rule.proxy) {
    ctx.report(proxyNotSplice(rule.proxy, name));
    return false;
  }
  return true;
}

/** Reports each cycle once, at the proxy reference of its first variable in spec order. */
function reportCycles(ctx: CheckContext, proxyOf: Map<string, Ident>): void {
  const done = new Set<string>();
  for (const start of proxyOf.keys()) {
    if (done.has(start)) continue;
    const path: string[] = [];
    let at: string | undefined = start;
    while (at !== undefined && !done.has(at) && !path.includes(at)) {
      path.push(at);
      at = proxyOf.get(at)?.name;
    }
    if (at !== undefined && path.includes(at)) {
      const cycle = path.slice(path.indexOf(at));
      const proxy = proxyOf.get(cycle[0] ?? "");
      if (proxy) ctx.report(spliceCycle(proxy, [...cycle, at]));
    }
    for (const p of path) done.add(p);
  }
}
