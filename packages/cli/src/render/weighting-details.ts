/**
 * The run report's "Weighting details": for every node weighted by stdev, cv, critic, ahp or a
 * combination, the intermediate values of each scope (σ, mean, v, CRITIC's contrast, conflict
 * and information, λmax, CI, RI, CR, α), and for a TOPSIS node its ideal points, so that a
 * reviewer can check the weights by hand. CRITIC's correlation matrix is in the JSON results.
 */
import type { Result, ResultNode, ResultWeightDetail } from "@ccdc/engine";
import { appendAll, own } from "@ccdc/plan";
import { type Block, heading, pairs, table, text } from "./document.js";
import { fixed } from "./format.js";
import { nodesInReportOrder } from "./sections.js";
import { type ReportWords, reportWords } from "./words.js";

type Words = ReportWords["weighting"] & Pick<ReportWords, "engineText">;

export function weightingDetailBlocks(result: Result, words = reportWords()): Block[] {
  const w = { ...words.weighting, engineText: words.engineText };
  const blocks: Block[] = [];
  for (const node of nodesInReportOrder(result))
    appendAll(blocks, nodeBlocks(node, result.years, w));
  return blocks.length > 0 ? [heading(3, w.heading), ...blocks] : [];
}

function nodeBlocks(node: ResultNode, years: readonly number[], w: Words): Block[] {
  const out: Block[] = [];
  const scopes = node.weighting ?? [];
  scopes.forEach((d, i) => {
    const when = scopes.length > 1 ? ` (${years[i]})` : "";
    appendAll(out, detailBlocks(`${node.id}${when}`, d, w));
  });
  (node.topsis ?? []).forEach((t, i) => {
    const when = node.topsis!.length > 1 ? ` (${years[i]})` : "";
    out.push(
      text(w.topsis(`${node.id}${when}`)),
      table(
        [w.on, "V+", "V−"],
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

function detailBlocks(title: string, d: ResultWeightDetail, w: Words): Block[] {
  const out: Block[] = [text(w.method(title, w.engineText(d.method), d.degenerate === true))];
  const quantities = Object.keys(d.byId ?? {});
  const ids = Object.keys(d.weights);
  if (quantities.length > 0 && ids.length > 0) {
    out.push(
      table(
        [w.on, ...quantities.map((q) => w.quantity[q] ?? q), w.weight],
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
  if (d.rawAlpha) facts.push([w.alphaSolution, d.rawAlpha.map((a) => fixed(a, 4)).join(", ")]);
  if (d.alpha) facts.push([w.alphaUsed, d.alpha.map((a) => fixed(a, 4)).join(", ")]);
  if (facts.length > 0) out.push(pairs(facts));
  if (quantities.length === 0 && ids.length > 0 && !d.members) {
    out.push(
      table(
        [w.on, w.weight],
        ids.map((id) => [id, fixed(own(d.weights, id)!, 4)]),
        1,
      ),
    );
  }
  (d.members ?? []).forEach((m, i) => {
    appendAll(out, detailBlocks(w.member(title, i + 1), m, w));
  });
  return out;
}
