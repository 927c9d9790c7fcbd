/**
 * The sensitivity part of a report (docs/method.md "Variants and sensitivity"): for each sensitivity analysis, what it
 * varied, then for each watched output the interval of every row and year, the rank
 * statistics, and how much of the output's variance each choice explains on its own. Also the
 * variants the study declares, and the one a run applied. Pure: result and plan in, blocks out.
 */
import type { Result, SensitivityResultJson } from "@ccdc/engine";
import type { Override, Plan } from "@ccdc/plan";
import { type Block, heading, pairs, table, text } from "./document.js";
import { fixed } from "./format.js";

type Output = SensitivityResultJson["outputs"][number];

/** One line per override, as the spec would say it. */
export function describeOverride(o: Override): string {
  switch (o.kind) {
    case "normalization":
      return [
        "normalize",
        ...(o.shift === undefined ? [] : [`shift ${o.shift}`]),
        ...(o.scope === undefined ? [] : [`scope ${o.scope}`]),
      ].join(" ");
    case "weighting":
      return `node ${o.node}: weights ${o.weighting.kind}`;
    case "compose":
      return `node ${o.node}: compose ${o.compose.kind}`;
    case "forms":
      return `${o.analysis === null ? "" : `analysis ${o.analysis}: `}coupling ${o.forms.join(", ")}`;
    case "scale":
      return `${o.analysis === null ? "" : `analysis ${o.analysis}: `}scale ${o.scale}`;
    case "drop":
      return `drop ${o.indicator}`;
  }
}

/** The study's variants, and the one this run applied. */
export function variantBlocks(result: Result, plan: Plan): Block[] {
  const variants = plan.variants ?? [];
  const blocks: Block[] = [];
  if (result.variant) {
    blocks.push(
      text(
        `This run is variant "${result.variant.id}" (${result.variant.label}); the method above includes its overrides.`,
      ),
    );
  }
  if (variants.length > 0) {
    blocks.push(
      heading(3, "Variants"),
      table(
        ["variant", "label", "overrides"],
        variants.map((v) => [
          v.id,
          v.labels.en ?? v.id,
          v.overrides.map(describeOverride).join("; ") || "none",
        ]),
        3,
      ),
    );
  }
  return blocks;
}

/** Every sensitivity analysis of the result. */
export function sensitivityBlocks(result: Result): Block[] {
  return (result.sensitivity ?? []).flatMap((s) => oneAnalysis(result, s));
}

function oneAnalysis(result: Result, s: SensitivityResultJson): Block[] {
  const sample =
    s.sample.kind === "grid"
      ? "every combination"
      : `${s.sample.count} combinations drawn at random (seed ${s.sample.seed})`;
  const blocks: Block[] = [
    heading(2, `Sensitivity: ${s.label} (${s.id})`),
    text(
      `${s.runs} runs (${sample}); nominal values are the study as written ("base").`,
      "Intervals are the 5 % and 95 % quantiles over runs (type 7); ranks are 1 = highest, within each year among rows on the same system(s).",
    ),
    pairs(s.choices.map((c) => [`choice ${c.id}`, c.alternatives.join(", ")] as const)),
  ];
  for (const o of s.outputs) blocks.push(...outputBlocks(result, o));
  blocks.push(...shareBlocks(s));
  return blocks;
}

function outputBlocks(result: Result, o: Output): Block[] {
  // The system(s) column only where rows differ in it (a between analysis on several nodes).
  const systems = new Set(o.rows.map((r) => r.systems.join("+")));
  const showOn = systems.size > 1;
  const on = showOn ? "" : `; on ${[...systems][0]?.split("+").join(", ")}`;
  const title =
    o.kind === "analysis"
      ? `D of analysis ${o.id} (nominal form ${o.form ?? "n/a"}${on})`
      : `Index of node ${o.id}`;
  const header = ["unit", ...(showOn ? ["on"] : []), "year", "nominal", "median", "5 %", "95 %"];
  if (o.kind === "analysis") header.push("grade kept");
  header.push("rank", "rank range");
  const rows: string[][] = [];
  for (const r of o.rows) {
    result.years.forEach((year, y) => {
      const line = [
        r.units.join("+"),
        ...(showOn ? [r.systems.join("+")] : []),
        String(year),
        fixed(r.nominal[y]!, 3),
        fixed(r.median[y]!, 3),
        fixed(r.low[y]!, 3),
        fixed(r.high[y]!, 3),
      ];
      if (r.gradeShare) line.push(`${fixed(r.gradeShare[y]! * 100, 0)} %`);
      line.push(rank(r.rank.nominal[y]!), `${rank(r.rank.low[y]!)}-${rank(r.rank.high[y]!)}`);
      rows.push(line);
    });
  }
  const groupRows = o.groups.flatMap((g) =>
    result.years.map((year, y) => [
      g.systems.join("+"),
      String(year),
      tau(g.tauMedian[y]),
      tau(g.tauMin[y]),
      fixed(g.meanAbsRankShift[y]!, 2),
    ]),
  );
  return [
    heading(3, title),
    table(header, rows, showOn ? 3 : 2),
    table(["ranked on", "year", "tau median", "tau min", "mean |rank shift|"], groupRows, 2),
  ];
}

/** Which choice matters most: the first-order shares, one column per watched output. */
function shareBlocks(s: SensitivityResultJson): Block[] {
  const outputs = s.outputs.map((o) => `${o.kind} ${o.id}`);
  const rows = s.choices.map((c) => [
    c.id,
    ...s.outputs.map((o) => {
      const share = o.firstOrder.find((f) => f.choice === c.id)?.share ?? 0;
      return `${fixed(share * 100, 1)} %`;
    }),
  ]);
  const lines = s.outputs.map((o) => {
    const top = [...o.firstOrder].sort((a, b) => b.share - a.share)[0];
    return top === undefined || top.share === 0
      ? `${o.kind} ${o.id}: no choice moves it.`
      : `${o.kind} ${o.id}: "${top.choice}" moves it most (${fixed(top.share * 100, 1)} % of its variance on its own).`;
  });
  return [
    heading(3, "Which choice matters most"),
    text(
      "First-order share of each output's variance across runs explained by one choice alone, pooled over the output's cells (weighted by each cell's variance).",
    ),
    table(["choice", ...outputs], rows, 1),
    text(...lines),
  ];
}

function rank(r: number): string {
  return Number.isInteger(r) ? String(r) : fixed(r, 1);
}

function tau(t: number | null | undefined): string {
  return t === null || t === undefined ? "n/a" : fixed(t, 3);
}
