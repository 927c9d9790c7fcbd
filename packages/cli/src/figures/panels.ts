/**
 * Several figures as the panels of one (a declared figure of several nodes: one panel each),
 * laid out two per row. Each panel keeps its own title; its named marks get the panel's
 * number (`lines` → `lines_0`), since names must be unique in a spec and the browser test
 * counts the marks named `NAME_…`.
 */
import type { Figure, VlSpec } from "./figure.js";
import { config } from "./theme.js";

/** The panels' figures as one figure named `name` with `title`. */
export function panelFigure(name: string, title: string, panels: readonly Figure[]): Figure {
  const first = panels[0];
  if (!first) throw new Error(`figure ${name}: no panels`);
  if (panels.length === 1) {
    return { ...first, name, title, spec: { ...first.spec, title } };
  }
  const inner = panels.map((p, i) => {
    const { $schema: _s, config: _c, ...rest } = p.spec;
    return suffixNames(rest, `_${i}`) as VlSpec;
  });
  return {
    name,
    kind: first.kind,
    title,
    marks: { name: first.marks.name, count: panels.reduce((n, p) => n + p.marks.count, 0) },
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      title,
      config: config(),
      columns: 2,
      concat: inner,
    },
  };
}

/** A copy of `spec` with every `name` property (a named view or mark) suffixed. */
function suffixNames(spec: unknown, suffix: string): unknown {
  if (Array.isArray(spec)) return spec.map((x) => suffixNames(x, suffix));
  if (typeof spec !== "object" || spec === null) return spec;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(spec)) {
    // Data values are drawn, not named views: leave them as they are.
    if (k === "values") out[k] = v;
    else if (k === "name" && typeof v === "string") out[k] = `${v}${suffix}`;
    else out[k] = suffixNames(v, suffix);
  }
  return out;
}
