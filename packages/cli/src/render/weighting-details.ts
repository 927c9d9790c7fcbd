/**
 * The run report's "Weighting details": for every node weighted by stdev, cv, critic, ahp or a
 * combination, the intermediate values of each scope (σ, mean, v, CRITIC's contrast, conflict
 * and information, λmax, CI, RI, CR, α), and for a TOPSIS node its ideal points, so that a
 * reviewer can check the weights by hand. CRITIC's correlation matrix is in the JSON results.
 */
import type { Result, ResultNode, ResultWeightDetail } from "@ccdc/engine";
import { own } from "@ccdc/plan";
import { type Block, heading, pairs, table, text } from "./document.js";
import { fixed } from "./format.js";
import { nodesInReportOrder } from "./sections.js";

const QUANTITY: Readonly<Record<string, string>> = {
  sigma: "σ",
  mean: "mean",
  cv: "v = σ/mean",
  dispersion: "contrast s",
  conflict: "Σ(1 − r)",
  information: "C = s·Σ(1 − r)",
  entropy: "e",
};

export function weightingDetailBlocks(result: Result): Block[] {
  const blocks: Block[] = [];
  for (const node of nodesInReportOrder(result)) blocks.push(...nodeBlocks(node, result.years));
  return blocks.length > 0 ? [heading(3, "Weighting details"), ...blocks] : [];
}

function nodeBlocks(node: ResultNode, years: readonly number[]): Block[] {
  const out: Block[] = [];
  const scopes = node.weighting ?? [];
  scopes.forEach((d, i) => {
    const when = scopes.length > 1 ? ` (${years[i]})` : "";
    out.push(...detailBlocks(`${node.id}${when}`, d));
  });
  (node.topsis ?? []).forEach((t, i) => {
    const when = node.topsis!.length > 1 ? ` (${years[i]})` : "";
    out.push(
      text(`${node.id}${when}: TOPSIS ideal points of the weighted values`),
      table(
        ["on", "V+", "V−"],
        Object.keys(t.idealPlus).map((id) => [
          id,
          fixed(t.idealPlus[id]!, 4),
          fixed(t.idealMinus[id]!, 4),
        ]),
        1,
      ),
    );
  });
  return out;
}

function detailBlocks(title: string, d: ResultWeightDetail): Block[] {
  const out: Block[] = [
    text(`${title}: ${d.method}${d.degenerate ? " — degenerate, declared rule applied" : ""}`),
  ];
  const quantities = Object.keys(d.byId ?? {});
  const ids = Object.keys(d.weights);
  if (quantities.length > 0 && ids.length > 0) {
    out.push(
      table(
        ["on", ...quantities.map((q) => QUANTITY[q] ?? q), "weight"],
        ids.map((id) => [
          id,
          ...quantities.map((q) => fixed(own(own(d.byId, q), id)!, 4)),
          fixed(own(d.weights, id)!, 4),
        ]),
        1,
      ),
    );
  }
  const facts: [string, string][] = [];
  const s = d.scalars;
  if (s) {
    facts.push(
      ["λmax", fixed(s.lambdaMax!, 4)],
      ["CI", fixed(s.ci!, 4)],
      ["RI", String(s.ri)],
      ["CR", fixed(s.cr!, 4)],
    );
  }
  if (d.rawAlpha) facts.push(["α (solution)", d.rawAlpha.map((a) => fixed(a, 4)).join(", ")]);
  if (d.alpha) facts.push(["α (used)", d.alpha.map((a) => fixed(a, 4)).join(", ")]);
  if (facts.length > 0) out.push(pairs(facts));
  if (quantities.length === 0 && ids.length > 0 && !d.members) {
    out.push(
      table(
        ["on", "weight"],
        ids.map((id) => [id, fixed(own(d.weights, id)!, 4)]),
        1,
      ),
    );
  }
  (d.members ?? []).forEach((m, i) => {
    out.push(...detailBlocks(`${title}, member ${i + 1}`, m));
  });
  return out;
}
