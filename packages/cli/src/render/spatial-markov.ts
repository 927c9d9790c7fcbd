/**
 * The spatial Markov part of a dynamics report (issue 11; Rey 2001): one transition matrix per
 * class of the spatial lag, each with its counts and steady state, after the aspatial matrix.
 * Pure.
 */
import type { DynamicsResult } from "@ccdc/engine";
import { type Block, table, text } from "./document.js";
import { fixed } from "./format.js";
import { type ReportWords, reportWords } from "./words.js";

type Words = ReportWords["dynamics"];

type Markov = NonNullable<DynamicsResult["markov"]>;

/** The choice line: which weights, how the lag is formed and classed. */
export function spatialMarkovChoice(
  m: Markov,
  w: Words = reportWords().dynamics,
): [string, string] | undefined {
  if (!m.spatial) return undefined;
  return [w.spatialMarkov, w.spatialMarkovValue(m.spatial.weights)];
}

export function spatialMarkovBlocks(
  m: Markov,
  w: Words = reportWords().dynamics,
  engineText: (text: string) => string = (t) => t,
): Block[] {
  const s = m.spatial;
  if (!s) return [];
  const blocks: Block[] = [
    text(
      w.spatialIntro(s.weights, m.step),
      ...(s.dropped.length > 0 ? [w.spatialDropped(s.dropped.join(", "))] : []),
    ),
  ];
  for (const c of s.classes) {
    const total = c.counts.reduce((a, row) => a + row.reduce((x, y) => x + y, 0), 0);
    blocks.push(
      text(w.lagClass(c.lag, total)),
      table(
        [w.state, "n", ...m.labels],
        m.labels.map((label, i) => {
          const n = c.counts[i]!.reduce((a, b) => a + b, 0);
          return [label, String(n), ...c.matrix[i]!.map((p) => (p === null ? "-" : fixed(p, 3)))];
        }),
      ),
      text(
        w.steadyState(
          c.steadyState
            ? m.labels.map((l, i) => `${l} ${fixed(c.steadyState![i]!, 3)}`).join(", ")
            : engineText(c.steadyStateNote ?? w.noSteadyState),
        ),
      ),
    );
  }
  return blocks;
}
