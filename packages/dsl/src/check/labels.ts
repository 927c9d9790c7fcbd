/**
 * Pass `labels`: a declaration's labels give each language once (the unmarked first label is
 * the `en` one).
 *
 * Codes: E0104.
 */
import type { LabelSet, TopItem } from "../ast.js";
import type { Range } from "../diagnostic.js";
import { duplicateLabel } from "../messages.js";
import type { CheckContext } from "./context.js";

export function checkLabels(ctx: CheckContext): void {
  for (const labels of labelSets(ctx.ast.items)) {
    const seen = new Map<string, Range>();
    if (labels.primary) seen.set("en", labels.primary.range);
    for (const { lang } of labels.others) {
      const first = seen.get(lang.name);
      if (first === undefined) seen.set(lang.name, lang.range);
      else ctx.report(duplicateLabel(lang, lang.name, first));
    }
  }
}

function* labelSets(items: readonly TopItem[]): Generator<LabelSet> {
  for (const item of items) {
    switch (item.kind) {
      case "region":
      case "cluster":
      case "analysis":
        yield item.labels;
        break;
      case "scale":
        yield item.labels;
        for (const level of item.levels) yield level.labels;
        break;
      case "node":
        yield* nodeLabels(item);
        break;
      case "figure":
        yield item.labels;
        if (item.caption) yield item.caption.labels;
        break;
      default:
        break;
    }
  }
}

function* nodeLabels(node: Extract<TopItem, { kind: "node" }>): Generator<LabelSet> {
  yield node.labels;
  for (const child of node.children) {
    if (child.kind === "node") yield* nodeLabels(child);
    else yield child.labels;
  }
}
