/**
 * The spatial Markov part of a dynamics report (issue 11; Rey 2001): one transition matrix per
 * class of the spatial lag, each with its counts and steady state, after the aspatial matrix.
 * Pure.
 */
import type { DynamicsResult } from "@ccdc/engine";
import { type Block, table, text } from "./document.js";
import { fixed } from "./format.js";

type Markov = NonNullable<DynamicsResult["markov"]>;

/** The choice line: which weights, how the lag is formed and classed. */
export function spatialMarkovChoice(m: Markov): [string, string] | undefined {
  if (!m.spatial) return undefined;
  return [
    "spatial Markov",
    `conditioned on the class of the spatial lag under ${m.spatial.weights} (row-standardised: the weighted mean of the neighbours' values, whatever the weights' transform; classed with the states' classes, at the start of each transition)`,
  ];
}

export function spatialMarkovBlocks(m: Markov): Block[] {
  const s = m.spatial;
  if (!s) return [];
  const blocks: Block[] = [
    text(
      `Spatial Markov matrices (Rey 2001): the same transitions split by the class of the unit's spatial lag under ${s.weights} in year t; row = state in year t, column = state in year t + ${m.step}.`,
      ...(s.dropped.length > 0
        ? [`Without a neighbour, in no conditional matrix (islands drop): ${s.dropped.join(", ")}.`]
        : []),
    ),
  ];
  for (const c of s.classes) {
    const total = c.counts.reduce((a, row) => a + row.reduce((x, y) => x + y, 0), 0);
    blocks.push(
      text(`Lag in class ${c.lag} (${total} transition${total === 1 ? "" : "s"}):`),
      table(
        ["state", "n", ...m.labels],
        m.labels.map((label, i) => {
          const n = c.counts[i]!.reduce((a, b) => a + b, 0);
          return [label, String(n), ...c.matrix[i]!.map((p) => (n === 0 ? "-" : fixed(p, 3)))];
        }),
      ),
      text(
        c.steadyState
          ? `Steady state: ${m.labels.map((l, i) => `${l} ${fixed(c.steadyState![i]!, 3)}`).join(", ")}.`
          : `Steady state: ${c.steadyStateNote ?? "none"}.`,
      ),
    );
  }
  return blocks;
}
