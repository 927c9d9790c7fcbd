/**
 * The "Differences and dynamics" part of a report (issue 11), one part per `dynamics`
 * declaration: its choices (marked "(default)" where the spec did not write them), Dagum's Gini
 * decomposition and Theil's index by year, the kernel densities summarised by year (bandwidth,
 * mode, peak; the curves are in results.json and density.csv), the Markov transition matrix
 * with its counts and steady state, σ and β convergence, and the GM(1,1) forecasts. Pure.
 */
import type { DynamicsResult, Result } from "@ccdc/engine";
import { own } from "@ccdc/plan";
import { type Block, heading, list, pairs, table, text } from "./document.js";
import { fixed, withOrigin } from "./format.js";
import { spatialMarkovBlocks, spatialMarkovChoice } from "./spatial-markov.js";

export function dynamicsBlocks(result: Result): Block[] {
  const all = result.dynamics ?? [];
  if (all.length === 0) return [];
  return [heading(2, "Differences and dynamics"), ...all.flatMap(oneDynamics)];
}

function subjectText(d: DynamicsResult): string {
  const [kind, id, form] = d.subject.split(":");
  return kind === "node" ? `the index of node ${id}` : `D of analysis ${id}, form ${form}`;
}

function oneDynamics(d: DynamicsResult): Block[] {
  const blocks: Block[] = [
    heading(3, `${d.label} (${d.id})`),
    text(
      `Over ${subjectText(d)}; ${d.units.length} units, ${d.years[0]}-${d.years[d.years.length - 1]}.`,
      ...(d.groups.length > 0
        ? [`Groups: ${d.groups.map((g) => `${g.id} (${g.units.length})`).join(", ")}.`]
        : []),
    ),
  ];
  const choices: [string, string][] = [];
  if (d.density) {
    choices.push([
      "kernel density",
      `${withOrigin(d.density.kernel, d.density.kernelOrigin)} kernel, bandwidth ${withOrigin(d.density.bandwidth, d.density.bandwidthOrigin)}, grid ${withOrigin(`${fixed(d.density.grid[0]!, 4)} to ${fixed(d.density.grid[d.density.grid.length - 1]!, 4)}, ${d.density.grid.length} points`, d.density.gridOrigin)}`,
    ]);
  }
  if (d.markov) {
    choices.push([
      "Markov states",
      `${withOrigin(d.markov.states, d.markov.statesOrigin)}, step ${withOrigin(String(d.markov.step), d.markov.stepOrigin)}`,
    ]);
    const spatial = spatialMarkovChoice(d.markov);
    if (spatial) choices.push(spatial);
  }
  if (d.convergence) {
    choices.push([
      "convergence",
      `σ: sample sd and CV by year; β: pooled OLS of ln(y[t+T]/y[t]) on ln y[t], T = ${withOrigin(String(d.convergence.step), d.convergence.stepOrigin)}`,
    ]);
  }
  if (d.forecast) {
    choices.push([
      "forecast",
      `GM(1,1), ${d.forecast.horizon} years, mode ${withOrigin(d.forecast.mode, d.forecast.modeOrigin)}`,
    ]);
  }
  if (choices.length > 0) blocks.push(pairs(choices));

  if (d.dagum) {
    blocks.push(
      text("Dagum Gini decomposition (G = G_w + G_nb + G_t; contribution rates in percent)."),
      table(
        ["year", "G", "G_w", "G_nb", "G_t", "G_w %", "G_nb %", "G_t %"],
        d.dagum.map((y) => [
          String(y.year),
          fixed(y.G, 4),
          fixed(y.within, 4),
          fixed(y.netBetween, 4),
          fixed(y.transvariation, 4),
          ...(y.shares
            ? [y.shares.within, y.shares.netBetween, y.shares.transvariation].map((s) =>
                fixed(s * 100, 2),
              )
            : ["n/a", "n/a", "n/a"]),
        ]),
      ),
    );
    const gids = d.groups.map((g) => g.id);
    const first = d.dagum[0]!;
    const pairIds = first.pairs.map((p) => p.groups.join("-"));
    blocks.push(
      text(
        "Within-group Gini G_jj and between-group Gini G_jh (richer group first, as ranked in the first year).",
      ),
      table(
        ["year", ...gids, ...pairIds],
        d.dagum.map((y) => {
          const pairG = new Map(
            y.pairs.map((p) => [[...p.groups].sort().join("\u0000"), p.G] as const),
          );
          return [
            String(y.year),
            ...gids.map((g) => fixed(own(y.groupGini, g) ?? 0, 4)),
            ...first.pairs.map((p) =>
              fixed(pairG.get([...p.groups].sort().join("\u0000")) ?? 0, 4),
            ),
          ];
        }),
      ),
    );
  }

  if (d.theil) {
    blocks.push(
      text("Theil T index and its within/between-group split."),
      table(
        ["year", "T", "within", "between", "within %", "between %"],
        d.theil.map((y) => [
          String(y.year),
          fixed(y.T, 4),
          fixed(y.within, 4),
          fixed(y.between, 4),
          y.shares ? fixed(y.shares.within * 100, 2) : "n/a",
          y.shares ? fixed(y.shares.between * 100, 2) : "n/a",
        ]),
      ),
    );
  }

  if (d.density) {
    const grid = d.density.grid;
    blocks.push(
      text(
        "Kernel density by year: bandwidth h, the mode (highest point on the grid) and its density.",
      ),
      table(
        ["year", "h", "mode", "peak"],
        d.density.curves.map((c) => {
          let best = 0;
          c.density.forEach((v, i) => {
            if (v > c.density[best]!) best = i;
          });
          return [String(c.year), fixed(c.h, 4), fixed(grid[best]!, 3), fixed(c.density[best]!, 3)];
        }),
      ),
    );
  }

  if (d.markov) {
    const m = d.markov;
    blocks.push(
      text(
        `Markov transition matrix (${m.step}-year step): row = state in year t, column = state in year t + ${m.step}; n = transitions out of the row's state.`,
      ),
      table(
        ["state", "n", ...m.labels],
        m.labels.map((label, i) => {
          const n = m.counts[i]!.reduce((a, b) => a + b, 0);
          return [label, String(n), ...m.matrix[i]!.map((p) => (n === 0 ? "-" : fixed(p, 3)))];
        }),
      ),
    );
    const lines: string[] = [];
    if (m.steadyState) {
      lines.push(
        `Steady state: ${m.labels.map((l, i) => `${l} ${fixed(m.steadyState![i]!, 3)}`).join(", ")}.`,
      );
    } else lines.push(`Steady state: ${m.steadyStateNote ?? "none"}.`);
    if (m.unobserved.length > 0) {
      lines.push(
        `States with no observed transition out (rows of -): ${m.unobserved.join(", ")}${m.absorbing.length > 0 ? `; absorbing for the steady state: ${m.absorbing.join(", ")}` : ""}.`,
      );
    }
    blocks.push(text(...lines), ...spatialMarkovBlocks(m));
  }

  if (d.convergence) {
    const c = d.convergence;
    blocks.push(
      text("σ convergence: mean, sample standard deviation and coefficient of variation by year."),
      table(
        ["year", "mean", "sd", "CV"],
        c.sigma.map((s) => [
          String(s.year),
          fixed(s.mean, 4),
          fixed(s.sd, 4),
          s.cv === null ? "n/a" : fixed(s.cv, 4),
        ]),
      ),
    );
    if (c.beta) {
      const b = c.beta;
      blocks.push(
        text(
          `β convergence (pooled OLS, n = ${b.n}): β = ${fixed(b.beta, 4)} (se ${fixed(b.se, 4)}, t = ${fixed(b.t, 2)}), α = ${fixed(b.alpha, 4)}, R² = ${fixed(b.r2, 3)}; speed λ = ${b.speed === null ? "n/a" : fixed(b.speed, 4)}${b.halfLife === null ? "" : `, half-life ${fixed(b.halfLife, 1)} years`}.`,
        ),
      );
    } else blocks.push(text(`β convergence ${c.betaNote ?? "not estimated"}.`));
  }

  if (d.forecast) {
    const f = d.forecast;
    const fitted = f.units.filter((u) => u.ok);
    const failed = f.units.filter((u) => !u.ok);
    const worst = (xs: number[]) => Math.max(...xs);
    blocks.push(
      text(
        `GM(1,1) forecast of ${f.mode === "systems" ? "each system's index, then C, T and D" : "the series itself"}${fitted.some((u) => u.level) ? " (grade level in parentheses)" : ""}. C = posterior variance ratio, P = small-error probability, accuracy 1 good, 2 qualified, 3 barely qualified, 4 unqualified, MRE = mean relative error (the worst over a unit's models).`,
      ),
    );
    if (fitted.length > 0) {
      blocks.push(
        table(
          ["unit", ...f.years.map(String), "C", "P", "accuracy", "MRE"],
          fitted.map((u) => {
            if (!u.ok) return [];
            return [
              u.unit,
              ...u.values.map((v, i) => (u.level ? `${fixed(v, 3)} (${u.level[i]})` : fixed(v, 3))),
              fixed(worst(u.models.map((m) => m.C)), 3),
              fixed(Math.min(...u.models.map((m) => m.P)), 3),
              String(worst(u.models.map((m) => m.grade))),
              `${fixed(worst(u.models.map((m) => m.mre)) * 100, 2)}%`,
            ];
          }),
        ),
      );
    }
    if (failed.length > 0) {
      blocks.push(
        text(
          `Not fitted (${failed.length} of ${f.units.length} units; no forecast is made for them):`,
        ),
        list(failed.map((u) => (u.ok ? u.unit : `${u.unit}: ${u.reason}`))),
      );
    }
  }
  return blocks;
}
