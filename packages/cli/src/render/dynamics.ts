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
import { type ReportWords, reportWords } from "./words.js";

/** The dynamics part, its words in `words`' language (English by default). */
export function dynamicsBlocks(
  result: Result,
  words: ReportWords = reportWords(),
  lang = "en",
): Block[] {
  const all = result.dynamics ?? [];
  if (all.length === 0) return [];
  return [heading(2, words.dynamics.heading), ...all.flatMap((d) => oneDynamics(d, words, lang))];
}

function subjectText(d: DynamicsResult, w: ReportWords["dynamics"]): string {
  const [kind, id, form] = d.subject.split(":");
  return kind === "node" ? w.ofIndex(id!) : w.ofD(id!, form!);
}

function oneDynamics(d: DynamicsResult, words: ReportWords, lang: string): Block[] {
  const w = words.dynamics;
  const none = words.notAvailable;
  const chosen = (value: string, origin: "spec" | "default") =>
    withOrigin(value, origin, words.byDefault);
  const label = own(d.labels, lang) || d.label;
  const blocks: Block[] = [
    heading(3, `${label} (${d.id})`),
    text(
      w.over(subjectText(d, w), d.units.length, d.years[0]!, d.years[d.years.length - 1]!),
      ...(d.groups.length > 0
        ? [w.groups(d.groups.map((g) => `${g.id} (${g.units.length})`).join(", "))]
        : []),
    ),
  ];
  const choices: [string, string][] = [];
  if (d.density) {
    const grid = d.density.grid;
    choices.push([
      w.kernelDensity,
      w.kernelValue(
        chosen(d.density.kernel, d.density.kernelOrigin),
        chosen(d.density.bandwidth, d.density.bandwidthOrigin),
        chosen(
          w.gridValue(fixed(grid[0]!, 4), fixed(grid[grid.length - 1]!, 4), grid.length),
          d.density.gridOrigin,
        ),
      ),
    ]);
  }
  if (d.markov) {
    choices.push([
      w.markovStates,
      w.markovValue(
        chosen(d.markov.states, d.markov.statesOrigin),
        chosen(String(d.markov.step), d.markov.stepOrigin),
      ),
    ]);
    const spatial = spatialMarkovChoice(d.markov, w);
    if (spatial) choices.push(spatial);
  }
  if (d.convergence) {
    choices.push([
      w.convergence,
      w.convergenceValue(chosen(String(d.convergence.step), d.convergence.stepOrigin)),
    ]);
  }
  if (d.forecast) {
    choices.push([
      w.forecast,
      w.forecastValue(d.forecast.horizon, chosen(d.forecast.mode, d.forecast.modeOrigin)),
    ]);
  }
  if (choices.length > 0) blocks.push(pairs(choices));

  if (d.dagum) {
    blocks.push(
      text(w.dagumIntro),
      table(
        [w.year, "G", "G_w", "G_nb", "G_t", "G_w %", "G_nb %", "G_t %"],
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
            : [none, none, none]),
        ]),
      ),
    );
    const gids = d.groups.map((g) => g.id);
    const first = d.dagum[0]!;
    const pairIds = first.pairs.map((p) => p.groups.join("-"));
    blocks.push(
      text(w.pairsIntro),
      table(
        [w.year, ...gids, ...pairIds],
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
      text(w.theilIntro),
      table(
        w.theilHeader,
        d.theil.map((y) => [
          String(y.year),
          fixed(y.T, 4),
          fixed(y.within, 4),
          fixed(y.between, 4),
          y.shares ? fixed(y.shares.within * 100, 2) : none,
          y.shares ? fixed(y.shares.between * 100, 2) : none,
        ]),
      ),
    );
  }

  if (d.density) {
    const grid = d.density.grid;
    blocks.push(
      text(w.densityIntro),
      table(
        w.densityHeader,
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
      text(w.markovIntro(m.step)),
      table(
        [w.state, "n", ...m.labels],
        m.labels.map((label, i) => {
          const n = m.counts[i]!.reduce((a, b) => a + b, 0);
          return [label, String(n), ...m.matrix[i]!.map((p) => (p === null ? "-" : fixed(p, 3)))];
        }),
      ),
    );
    const lines: string[] = [];
    if (m.steadyState) {
      lines.push(
        w.steadyState(m.labels.map((l, i) => `${l} ${fixed(m.steadyState![i]!, 3)}`).join(", ")),
      );
    } else lines.push(w.steadyState(words.engineText(m.steadyStateNote ?? w.noSteadyState)));
    if (m.unobserved.length > 0) {
      lines.push(w.unobserved(m.unobserved.join(", "), m.absorbing.join(", ")));
    }
    blocks.push(text(...lines), ...spatialMarkovBlocks(m, w, words.engineText));
  }

  if (d.convergence) {
    const c = d.convergence;
    blocks.push(
      text(w.sigmaIntro),
      table(
        w.sigmaHeader,
        c.sigma.map((s) => [
          String(s.year),
          fixed(s.mean, 4),
          fixed(s.sd, 4),
          s.cv === null ? none : fixed(s.cv, 4),
        ]),
      ),
    );
    if (c.beta) {
      const b = c.beta;
      blocks.push(
        text(
          w.beta(
            b.n,
            fixed(b.beta, 4),
            fixed(b.se, 4),
            fixed(b.t, 2),
            fixed(b.alpha, 4),
            fixed(b.r2, 3),
            b.speed === null ? none : fixed(b.speed, 4),
            b.halfLife === null ? null : fixed(b.halfLife, 1),
          ),
        ),
      );
    } else
      blocks.push(text(w.noBeta(c.betaNote === null ? c.betaNote : words.engineText(c.betaNote))));
  }

  if (d.forecast) {
    const f = d.forecast;
    const fitted = f.units.filter((u) => u.ok);
    const failed = f.units.filter((u) => !u.ok);
    const worst = (xs: number[]) => Math.max(...xs);
    blocks.push(
      text(
        w.forecastIntro(
          f.mode === "systems",
          fitted.some((u) => u.level),
        ),
      ),
    );
    if (fitted.length > 0) {
      blocks.push(
        table(
          [w.unit, ...f.years.map(String), ...w.forecastTail],
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
        text(w.notFitted(failed.length, f.units.length)),
        list(failed.map((u) => (u.ok ? u.unit : `${u.unit}: ${words.engineText(u.reason)}`))),
      );
    }
  }
  return blocks;
}
