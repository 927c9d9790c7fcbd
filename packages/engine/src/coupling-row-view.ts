/**
 * The JSON-shaped result's coupling rows as views of the typed coupling blocks, built on
 * access instead of held: a 30,000-unit study's rows would otherwise hold about ten small
 * arrays each (C, T, D, level, label, labels by language, years, units, systems), some 90 MB
 * beside the blocks that already hold the numbers.
 *
 * A view has a row's keys in the row's order and gives the same values (`Object.keys`,
 * `JSON.stringify`, a walk of it see the row `couplingRows` used to build); each read of an
 * array field returns a new array, and the view is read-only. Readers that take a field once
 * per row and index it by year stay as fast as with plain rows.
 */
import type { CouplingBlock } from "./analyses.js";
import type { CouplingRow } from "./result-schema.js";

/** A scale's level numbers and labels by grade index, as the rows show them. */
export interface RowScale {
  readonly levels: readonly number[];
  readonly primary: readonly string[];
  readonly languages: readonly string[];
  readonly labels: Readonly<Record<string, readonly string[]>>;
}

interface Source {
  readonly block: CouplingBlock;
  /** The row's first value in the block's columns. */
  readonly base: number;
  readonly years: readonly number[];
  readonly units: readonly string[];
  readonly systems: readonly string[];
  readonly scale: RowScale;
}

/** A row's keys, in the order `couplingRows` wrote them. */
const KEYS = [
  "analysis",
  "form",
  "units",
  "systems",
  "years",
  "C",
  "T",
  "D",
  "level",
  "label",
  "labels",
  "scale",
] as const;
const KEY_SET = new Set<string | symbol>(KEYS);

const series = (col: Float64Array, s: Source): number[] => {
  const out = new Array<number>(s.years.length);
  for (let y = 0; y < out.length; y++) out[y] = col[s.base + y]!;
  return out;
};

const byGrade = <T>(table: readonly T[], s: Source): T[] => {
  const out = new Array<T>(s.years.length);
  for (let y = 0; y < out.length; y++) out[y] = table[s.block.grade[s.base + y]!]!;
  return out;
};

function field(s: Source, key: string | symbol): unknown {
  switch (key) {
    case "analysis":
      return s.block.analysis;
    case "form":
      return s.block.form;
    case "units":
      return [...s.units];
    case "systems":
      return [...s.systems];
    case "years":
      return [...s.years];
    case "C":
      return series(s.block.C, s);
    case "T":
      return series(s.block.T, s);
    case "D":
      return series(s.block.D, s);
    case "level":
      return byGrade(s.scale.levels, s);
    case "label":
      return byGrade(s.scale.primary, s);
    case "labels": {
      const out: Record<string, string[]> = Object.create(null);
      for (const lang of s.scale.languages) out[lang] = byGrade(s.scale.labels[lang]!, s);
      return out;
    }
    case "scale":
      return s.block.scale;
    default:
      return undefined;
  }
}

const readOnly = (): boolean => false;

const handler: ProxyHandler<Source> = {
  get: (s, key) => field(s, key),
  has: (_s, key) => KEY_SET.has(key),
  ownKeys: () => [...KEYS],
  getOwnPropertyDescriptor: (s, key) =>
    KEY_SET.has(key)
      ? { value: field(s, key), writable: true, enumerable: true, configurable: true }
      : undefined,
  set: readOnly,
  defineProperty: readOnly,
  deleteProperty: readOnly,
  setPrototypeOf: readOnly,
};

/**
 * The row `r` of `block` as a view: `units` and `systems` as the row lists them, `years` the
 * study's years, `scale` the grades' level numbers and labels.
 */
export function couplingRowView(
  block: CouplingBlock,
  r: number,
  years: readonly number[],
  units: readonly string[],
  systems: readonly string[],
  scale: RowScale,
): CouplingRow {
  const source: Source = { block, base: r * years.length, years, units, systems, scale };
  return new Proxy(source, handler) as unknown as CouplingRow;
}
