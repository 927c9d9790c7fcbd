/**
 * The sensitivity part of a report (docs/method.md "Variants and sensitivity"): for each sensitivity analysis, what it
 * varied, then for each watched output the interval of every row and year, the rank
 * statistics, and how much of the output's variance each choice explains on its own. Also the
 * variants the study declares, and the one a run applied. Pure: result and plan in, blocks out.
 */
import type { Result, SensitivityResultJson } from "@ccdc/engine";
import { appendAll, type Override, own, type Plan } from "@ccdc/plan";
import { type Block, heading, pairs, table, text } from "./document.js";
import { fixed } from "./format.js";
import { type ReportWords, reportWords } from "./words.js";

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

/** The study's variants, and the one this run applied; labels and words in `words`' language. */
export function variantBlocks(
  result: Result,
  plan: Plan,
  words: ReportWords = reportWords(),
  lang = "en",
): Block[] {
  const w = words.variants;
  const variants = plan.variants ?? [];
  const blocks: Block[] = [];
  const label = (labels: Readonly<Record<string, string>>) =>
    own(labels, lang) || own(labels, "en");
  if (result.variant) {
    const declared = variants.find((v) => v.id === result.variant?.id);
    blocks.push(
      text(
        w.thisRun(result.variant.id, (declared && label(declared.labels)) || result.variant.label),
      ),
    );
  }
  if (variants.length > 0) {
    blocks.push(
      heading(3, w.heading),
      table(
        w.header,
        variants.map((v) => [
          v.id,
          label(v.labels) ?? v.id,
          v.overrides.map(describeOverride).join("; ") || w.none,
        ]),
        3,
      ),
    );
  }
  return blocks;
}

/** Every sensitivity analysis of the result, its words in `words`' language. */
export function sensitivityBlocks(
  result: Result,
  words: ReportWords = reportWords(),
  plan?: Plan,
  lang = "en",
): Block[] {
  return (result.sensitivity ?? []).flatMap((s) => {
    const declared = plan?.sensitivity?.find((d) => d.id === s.id);
    const label = (declared && own(declared.labels, lang)) || s.label;
    return oneAnalysis(result, s, label, words);
  });
}

function oneAnalysis(
  result: Result,
  s: SensitivityResultJson,
  label: string,
  words: ReportWords,
): Block[] {
  const w = words.sensitivity;
  const sample =
    s.sample.kind === "grid" ? w.everyCombination : w.drawn(s.sample.count, s.sample.seed);
  const blocks: Block[] = [
    heading(2, w.heading(label, s.id)),
    text(w.runs(s.runs, sample), w.intervals),
    pairs(s.choices.map((c) => [w.choice(c.id), c.alternatives.join(", ")] as const)),
  ];
  for (const o of s.outputs) appendAll(blocks, outputBlocks(result, o, words));
  appendAll(blocks, shareBlocks(s, w));
  return blocks;
}

function outputBlocks(result: Result, o: Output, words: ReportWords): Block[] {
  const w = words.sensitivity;
  // The system(s) column only where rows differ in it (a between analysis on several nodes).
  const systems = new Set(o.rows.map((r) => r.systems.join("+")));
  const showOn = systems.size > 1;
  const on = showOn ? "" : w.onSystems(`${[...systems][0]?.split("+").join(", ")}`);
  const title =
    o.kind === "analysis" ? w.dOf(o.id, o.form ?? words.notAvailable, on) : w.indexOf(o.id);
  const header = [w.unit, ...(showOn ? [w.on] : []), w.year, w.nominal, w.median, w.low, w.high];
  if (o.kind === "analysis") header.push(w.gradeKept);
  header.push(w.rank, w.rankRange);
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
      tau(g.tauMedian[y], words.notAvailable),
      tau(g.tauMin[y], words.notAvailable),
      fixed(g.meanAbsRankShift[y]!, 2),
    ]),
  );
  return [
    heading(3, title),
    table(header, rows, showOn ? 3 : 2),
    table(w.groupHeader, groupRows, 2),
  ];
}

/** Which choice matters most: the first-order shares, one column per watched output. */
function shareBlocks(s: SensitivityResultJson, w: ReportWords["sensitivity"]): Block[] {
  const outputs = s.outputs.map((o) => w.outputName(o.kind, o.id));
  const rows = s.choices.map((c) => [
    c.id,
    ...s.outputs.map((o) => {
      const share = o.firstOrder.find((f) => f.choice === c.id)?.share ?? 0;
      return `${fixed(share * 100, 1)} %`;
    }),
  ]);
  const lines = s.outputs.map((o) => {
    const top = [...o.firstOrder].sort((a, b) => b.share - a.share)[0];
    const name = w.outputName(o.kind, o.id);
    return top === undefined || top.share === 0
      ? w.noMove(name)
      : w.movesMost(name, top.choice, fixed(top.share * 100, 1));
  });
  return [
    heading(3, w.mattersHeading),
    text(w.mattersIntro),
    table([w.choiceHeader, ...outputs], rows, 1),
    text(...lines),
  ];
}

function rank(r: number): string {
  return Number.isInteger(r) ? String(r) : fixed(r, 1);
}

function tau(t: number | null | undefined, none: string): string {
  return t === null || t === undefined ? none : fixed(t, 3);
}
