/**
 * Vega-Lite → Vega → vega's runtime dataflow, compiled once per figure *shape*. A run draws
 * many figures that differ only in their data, titles and category names (the eight
 * `coupling-spatial-…` line charts, one index chart per node …), and vega-lite's compile and
 * vega's parse (expressions parsed and turned into code) were about 40% of the figures' time.
 * So a spec is cut into a shape — the spec with each inline data array, each title and each
 * list of category names replaced by a numbered hole — and what it filled them with; the shape
 * is compiled once, and each figure's compiled form is the shape's with its holes filled.
 *
 * Safe by construction: a hole is filled where the compiled shape holds it whole (a data array
 * of the one hole object, or a string equal to a hole's token), or inside a string only with a
 * text that reads the same escaped or not (vega writes a title into generated code as a
 * string literal); otherwise the figure is compiled directly. Equal values share a hole, so
 * vega-lite's equality tests (merging equal data sources or axis titles) go the same way on the
 * shape as on the spec. shape-compiler.test.ts checks that filled shapes equal direct compiles.
 */
import { stableStringify } from "@ccdc/plan";
import type { VlSpec } from "./figure.js";

/** A compiled spec as plain JSON (a Vega spec, or vega's runtime dataflow spec). */
export type Compiled = { readonly [key: string]: unknown };

type Json = unknown;

/** The marker of a data hole: a data array `[{ [HOLE]: k }]` stands for the k-th fill. */
const HOLE = "__ccdc_hole__";
/**
 * The token of a string hole, unlikely in any label and the same text when escaped into a
 * JSON or JavaScript string literal (vega-lite writes titles into its ARIA descriptions and
 * tooltip expressions).
 */
const token = (k: number): string => `@@ccdc:${k}@@`;
const WHOLE = /^@@ccdc:(\d+)@@$/;
const ANY = /@@ccdc:(\d+)@@/g;
/**
 * A string that a string literal holds as itself: JSON escapes none of it (no double quote,
 * backslash or control character), and it has no other quote or line separator.
 */
const plain = (s: string): boolean =>
  JSON.stringify(s).length === s.length + 2 && !/['`\u2028\u2029]/.test(s);

/** A spec cut into its shape and the values of its holes. */
export interface CutSpec {
  /** The spec with holes; its stable JSON is the shape's key. */
  readonly shape: VlSpec;
  readonly key: string;
  /** The value of hole k (an array of data rows, or a string). */
  readonly fills: readonly Json[];
}

/**
 * Cuts a Vega-Lite spec: each `data.values` array, each string `title` (or title `text` and
 * `subtitle`, a subtitle's lines too), each string `description` (caption.ts: title, caption
 * and approval number, different in every figure) and each string of a `domain` or `sort`
 * array of strings becomes a hole (a `sort` array is the order of the bars in a weights
 * chart, by label).
 */
export function cutSpec(spec: VlSpec): CutSpec {
  const fills: Json[] = [];
  // Equal values share a hole, so that vega-lite merges equal data sources and equal axis
  // titles in the shape as it does in the spec. Keyed by stable JSON (a string fill by itself).
  const holes = new Map<string, number>();
  const hole = (value: Json): number => {
    const text = stableStringify(value);
    let k = holes.get(text);
    if (k === undefined) {
      k = fills.push(value) - 1;
      holes.set(text, k);
    }
    return k;
  };
  // An empty string stays: vega-lite drops an empty title.
  const text = (v: Json): Json => (typeof v === "string" && v !== "" ? token(hole(v)) : v);
  const walk = (node: Json, key: string | undefined): Json => {
    if (Array.isArray(node)) {
      if (
        (key === "domain" || key === "sort" || key === "subtitle") &&
        node.length > 0 &&
        node.every((v) => typeof v === "string")
      ) {
        return node.map(text);
      }
      return node.map((v) => walk(v, undefined));
    }
    if (node === null || typeof node !== "object") return node;
    const out: { [k: string]: Json } = {};
    // Object.keys and an indexed loop, not for…of over Object.entries: the walks run in V8's
    // interpreter (v8-tiers.ts), where each entry and each iterator step is an object, and the
    // fills' walks allocated about a quarter of what drawing the flagship's figures did.
    const keys = Object.keys(node);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string;
      const v = (node as { [k: string]: Json })[k];
      if (k === "values" && key === "data" && Array.isArray(v) && v.length > 0) {
        out[k] = [{ [HOLE]: hole(v) }];
      } else if (
        k === "title" ||
        k === "description" ||
        (key === "title" && (k === "text" || k === "subtitle"))
      ) {
        out[k] = typeof v === "string" ? text(v) : walk(v, k);
      } else out[k] = walk(v, k);
    }
    return out;
  };
  const shape = walk(spec, undefined) as VlSpec;
  return { shape, key: stableStringify(shape), fills };
}

/**
 * Fills a compiled shape's holes with `fills`: a string that is a whole token becomes its
 * fill; a token inside a longer string (an expression, a merged axis title) becomes its text
 * when that text is plain (the same whether escaped into a string literal or not).
 * Undefined when a token inside a string stands for a string that is not plain (then the
 * figure is compiled directly).
 */
export function fillShape(compiled: Json, fills: readonly Json[]): Json | undefined {
  let ok = true;
  const plainFills = new Map<string, boolean>();
  const inside = (_: string, k: string): string => {
    const fill = fills[Number(k)];
    let isPlain = plainFills.get(k);
    if (isPlain === undefined) {
      isPlain = typeof fill === "string" && plain(fill);
      plainFills.set(k, isPlain);
    }
    if (isPlain) return fill as string;
    ok = false;
    return "";
  };
  const walk = (node: Json): Json => {
    if (typeof node === "string") {
      const m = WHOLE.exec(node);
      if (m) return fills[Number(m[1])];
      return node.includes("@@ccdc:") ? node.replace(ANY, inside) : node;
    }
    if (Array.isArray(node)) {
      if (node.length === 1) {
        const only = node[0];
        if (only !== null && typeof only === "object" && HOLE in only) {
          return fills[(only as { [HOLE]: number })[HOLE]];
        }
      }
      return node.map(walk);
    }
    if (node === null || typeof node !== "object") return node;
    const out: { [k: string]: Json } = {};
    const keys = Object.keys(node); // Not Object.entries (cutSpec says why).
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string;
      out[k] = walk((node as { [k: string]: Json })[k]);
    }
    return out;
  };
  const filled = walk(compiled);
  return ok ? filled : undefined;
}

/**
 * A compiler of Vega-Lite specs that compiles each shape once (for one run: the cache lives as
 * long as this object). `compile` gives plain JSON in which holes can be filled: vega-lite's
 * compile, or that followed by vega's parse.
 *
 * When the specs to come are announced (`specs`), a spec whose shape no other announced spec
 * has is compiled directly: the same work as compiling its shape, without the fill, and
 * without the second compile when a hole inside generated code cannot be filled (a declared
 * figure's caption with an apostrophe is drawn as a subtitle, which vega writes into code).
 */
export class ShapeCompiler {
  readonly #shapes = new Map<string, Json>();
  readonly #compile: (spec: VlSpec) => Compiled;
  /** How many announced specs have each shape. */
  readonly #uses = new Map<string, number>();
  readonly #cuts = new WeakMap<VlSpec, CutSpec>();

  constructor(compile: (spec: VlSpec) => Compiled, specs: readonly VlSpec[] = []) {
    this.#compile = compile;
    for (const spec of specs) {
      const cut = cutSpec(spec);
      this.#cuts.set(spec, cut);
      this.#uses.set(cut.key, (this.#uses.get(cut.key) ?? 0) + 1);
    }
  }

  /** What `compile(spec)` gives. */
  compile(spec: VlSpec): Compiled {
    const cut = this.#cuts.get(spec) ?? cutSpec(spec);
    if (this.#uses.get(cut.key) === 1) return this.#compile(spec);
    let compiled = this.#shapes.get(cut.key);
    if (compiled === undefined) {
      compiled = this.#compile(cut.shape);
      this.#shapes.set(cut.key, compiled);
    }
    return (fillShape(compiled, cut.fills) as Compiled | undefined) ?? this.#compile(spec);
  }
}
