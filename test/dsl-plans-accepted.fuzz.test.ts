/**
 * Compiled ⇒ engine-accepted: every spec the compiler accepts produces a plan that the
 * engine's own plan checks (`loadPlan`: the JSON Schema, then the semantic checks) accept. The
 * specs are the repository's, mutated in ways that mostly keep them valid — another option
 * word, another mode, a deleted line, another number — so that most of them compile and the
 * property is not vacuous. (test/dsl-fuzz.test.ts mutates freely, for robustness.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compileSpec } from "@ccdc/dsl";
import { loadPlan } from "@ccdc/engine";
import fc from "fast-check";
import { expect, test } from "vitest";

const specs = ["northern.ccd", "northern-paper.ccd", "regions-nbs4.ccd"].map((f) =>
  readFileSync(join(import.meta.dirname, "..", "specs", f), "utf8"),
);

/** A pattern, and what may replace a match of it. */
const RULES: readonly (readonly [RegExp, readonly string[]])[] = [
  [/\bscope (pooled|per_year)\b/g, ["scope pooled", "scope per_year"]],
  [/\bcompose (flat|staged)\b/g, ["compose flat", "compose staged"]],
  [/\bweights (entropy|equal)\b/g, ["weights entropy", "weights equal"]],
  [
    /\bcoupling [a-z0-9_, ]+/g,
    [
      "coupling standard",
      "coupling wang2021_modified, product_over_mean",
      "coupling standard, standard",
    ],
  ],
  [/\bconstant (zero|error)\b/g, ["constant zero", "constant error"]],
  [
    /\bmissing (splice \w+|nearest|interpolate|error)\b/g,
    ["missing nearest", "missing interpolate", "missing error"],
  ],
  [/\bdirection (benefit|cost)\b/g, ["direction benefit", "direction cost", "direction -"]],
  [/\bshift [0-9.e-]+/g, ["shift 0", "shift 0.0001", "shift 0.5", "shift 1e-9"]],
  [
    /\bbetween [^\n]*(\n\s+\([^\n]*)*/g,
    [
      "between pairs",
      "between all",
      "between triples",
      "between pairs, all",
      "between pairs, (bth, central_plains, shandong_peninsula)",
    ],
  ],
  [/^\s*(note|cite|from|\/\/)[^\n]*$/gm, [""]],
  [/^\s*(normalize|weights|compose|coupling|constant|missing|beta|scale \w+$)[^\n]*$/gm, [""]],
  [/\bbeta [^\n]+/g, ["beta equal", "beta 0.5, 0.5", "beta 0.2, 0.3, 0.5"]],
  [/\baggregate (sum|none|mean weighted by \w+)/g, ["aggregate sum", "aggregate none"]],
  [/\bunits clusters\b/g, ["units regions", "units bth, central_plains"]],
  [
    /\bsystems [^\n]+/g,
    [
      "systems infrastructure, digitization",
      "systems industrialization, digitization, infrastructure",
    ],
  ],
  [/\bon [a-z_, ]+$/gm, ["on digital_economy", "on infrastructure, digital_economy"]],
  [/\bwithin each unit\b/g, ["within bth, central_plains", "within east, west"]],
  [/\[0\.[0-9]+, /g, ["[0.05, ", "[0.5, "]],
];

interface Mutation {
  readonly rule: number;
  readonly nth: number;
  readonly alt: number;
}

function apply(text: string, m: Mutation): string {
  const [re, alts] = RULES[m.rule % RULES.length]!;
  const hits = [...text.matchAll(re)];
  const hit = hits[m.nth % Math.max(1, hits.length)];
  if (!hit) return text;
  const alt = alts[m.alt % alts.length]!;
  return text.slice(0, hit.index) + alt + text.slice(hit.index + hit[0].length);
}

const mutation = fc.record({ rule: fc.nat(), nth: fc.nat(), alt: fc.nat() });

test("every plan the compiler makes, the engine accepts", () => {
  let compiled = 0;
  let runs = 0;
  fc.assert(
    fc.property(
      fc.nat({ max: specs.length - 1 }),
      fc.array(mutation, { minLength: 1, maxLength: 3 }),
      (spec, ms) => {
        runs++;
        const text = ms.reduce(apply, specs[spec]!);
        const result = compileSpec(text, "specs/fuzz.ccd");
        if (!result.plan) return;
        compiled++;
        const loaded = loadPlan(result.plan);
        expect(loaded.ok ? [] : loaded.errors, text).toEqual([]);
      },
    ),
    { numRuns: 200 },
  );
  // The property is about compiled specs: most mutations must keep the spec valid.
  expect(compiled / runs).toBeGreaterThan(0.3);
});
