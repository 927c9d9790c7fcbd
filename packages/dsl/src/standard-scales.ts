/**
 * The standard grading scales: available by name in any spec (`scale ccd10`) without being
 * declared. A spec that declares a scale of the same name uses its own (the declaration
 * shadows the standard one). Each is documented, with its source, in docs/language.md
 * ("Standard scales"); a test proves each tiles [0, 1] as a declared scale must.
 */
import type { Labels } from "./model/model.js";

export interface StandardLevel {
  readonly level: number;
  readonly lower: number;
  readonly upper: number;
  readonly lowerClosed: boolean;
  readonly upperClosed: boolean;
  readonly labels: Labels;
}

export interface StandardScale {
  readonly id: string;
  readonly labels: Labels;
  readonly levels: readonly StandardLevel[];
}

/** Levels of `[b(k−1), b(k))`, the last closed at 1, from the bounds and labels given. */
function leftClosed(
  bounds: readonly number[],
  labels: readonly Labels[],
): readonly StandardLevel[] {
  return labels.map((l, i) => ({
    level: i + 1,
    lower: bounds[i]!,
    upper: bounds[i + 1]!,
    lowerClosed: true,
    upperClosed: i === labels.length - 1,
    labels: l,
  }));
}

/** Levels of `(b(k−1), b(k)]`, the first closed at 0. */
function rightClosed(
  bounds: readonly number[],
  labels: readonly Labels[],
): readonly StandardLevel[] {
  return labels.map((l, i) => ({
    level: i + 1,
    lower: bounds[i]!,
    upper: bounds[i + 1]!,
    lowerClosed: i === 0,
    upperClosed: true,
    labels: l,
  }));
}

const en = (text: string, zh?: string): Labels => (zh ? { en: text, zh } : { en: text });

export const STANDARD_SCALES: readonly StandardScale[] = [
  {
    // Wang & Liu's Table 2, after Wang Shujia et al. 2021 (docs/method.md §4): ten levels of
    // width 0.1, with the usual Chinese names and their English renderings.
    id: "ccd10",
    labels: en("Coupling coordination degree, ten levels", "耦合协调度十级"),
    levels: leftClosed(
      [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1],
      [
        en("extreme disorder", "极度失调"),
        en("severe disorder", "严重失调"),
        en("moderate disorder", "中度失调"),
        en("mild disorder", "轻度失调"),
        en("on the verge of disorder", "濒临失调"),
        en("barely coordinated", "勉强协调"),
        en("primary coordination", "初级协调"),
        en("intermediate coordination", "中级协调"),
        en("good coordination", "良好协调"),
        en("quality coordination", "优质协调"),
      ],
    ),
  },
  {
    // Seven levels, the top one wide (Sci. Rep. 14:5150, 2024, Table 2).
    id: "ccd7",
    labels: en("Coupling coordination degree, seven levels"),
    levels: leftClosed(
      [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 1],
      [
        en("severe disorder"),
        en("moderate disorder"),
        en("mild disorder"),
        en("on the verge of disorder"),
        en("primary coordination"),
        en("intermediate coordination"),
        en("advanced coordination"),
      ],
    ),
  },
  {
    // Five levels with upper bounds included (Environ. Sci. Pollut. Res. 29:4654–4667, 2022,
    // Table 2); the first level also includes 0.
    id: "ccd5",
    labels: en("Coupling coordination degree, five levels"),
    levels: rightClosed(
      [0, 0.25, 0.5, 0.7, 0.85, 1],
      [
        en("severely imbalanced"),
        en("slightly imbalanced"),
        en("barely coordinated"),
        en("coordinated"),
        en("superiorly balanced"),
      ],
    ),
  },
];

/** The standard scale named `name`, if there is one. */
export function standardScale(name: string): StandardScale | undefined {
  return STANDARD_SCALES.find((s) => s.id === name);
}
