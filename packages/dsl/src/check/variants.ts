/**
 * Pass `variants`: every `variant` and `sensitivity` block (docs/language.md "variant",
 * "sensitivity"). A variant's clauses are checked with the study's own checks (normalisation,
 * compose and weights, coupling forms) and its references resolved: nodes, analyses, scales,
 * indicators. Leaving indicators out must leave every node with one, and never one that fixed
 * weights name. A sensitivity analysis's alternatives are variants or `base`, no two choices
 * change the same setting, the watched outputs are analyses or nodes, and the sample is a grid
 * or a seeded random draw of at most 100,000 runs.
 *
 * Codes: E1201-E1212, W1201, W1202 (variant-messages.ts), and the study's E0102/E0103, E0411,
 * E0412-E0421, E0601-E0604, E0607.
 */
import type { Ident, NodeDecl } from "../ast.js";
import type { SensitivityDecl, VariantDecl } from "../ast-variants.js";
import type { Range } from "../diagnostic.js";
import { unknownCompose } from "../messages.js";
import {
  alternativeTwice,
  badSample,
  choicesOverlap,
  choiceTwice,
  dropFixedWeight,
  dropLeavesNothing,
  emptyVariant,
  noChoice,
  notWholeNumber,
  noWatch,
  reservedBase,
  singleAlternative,
  tooManyRuns,
  unknownSampleWord,
  variantGiven,
  variantTargetTwice,
} from "../variant-messages.js";
import { COMPOSE, checkWeights, leaves } from "./compose-weights.js";
import { type CheckContext, type Expectation, expectKind } from "./context.js";
import { checkForms, checkNormalize } from "./method.js";
import { allNodes } from "./tree.js";

/** The most runs a sensitivity analysis may make (the engine's MAX_SENSITIVITY_RUNS). */
export const MAX_SENSITIVITY_RUNS = 100_000;
/** The name of the study as written among a choice's alternatives. */
export const BASE = "base";

const NODE = expectKind("node");
const ANALYSIS = expectKind("analysis");
const SCALE = expectKind("scale");
const INDICATOR = expectKind("indicator");
const VARIANT = expectKind("variant");
const OUTPUT: Expectation = {
  noun: "analysis or node",
  phrase: "an analysis (its D) or a node (its index)",
  accepts: (s) => s.kind === "analysis" || s.kind === "node",
};

export function checkVariants(ctx: CheckContext): void {
  const variants = ctx.ast.items.filter((i): i is VariantDecl => i.kind === "variant");
  for (const v of variants) checkVariant(ctx, v);
  const byName = new Map(variants.map((v) => [v.name.name, v]));
  for (const s of ctx.ast.items) if (s.kind === "sensitivity") checkSensitivity(ctx, s, byName);
}

function checkVariant(ctx: CheckContext, v: VariantDecl): void {
  if (v.name.name === BASE) ctx.report(reservedBase(v.name));
  if (
    !v.normalize &&
    v.nodes.length === 0 &&
    !v.coupling &&
    v.analyses.length === 0 &&
    !v.scale &&
    !v.drop
  )
    ctx.report(emptyVariant(v.name));
  if (v.normalize) checkNormalize(ctx, v.normalize);
  if (v.coupling) checkForms(ctx, v.coupling.forms);
  if (v.scale) ctx.resolve(v.scale, SCALE);

  const nodesSeen = new Map<string, Range>();
  const fixedBy = new Map<string, string>(); // indicator → node whose fixed weights name it
  for (const n of v.nodes) {
    const first = nodesSeen.get(n.name.name);
    if (first) ctx.report(variantTargetTwice(n.name, "node", first));
    else nodesSeen.set(n.name.name, n.name.range);
    const sym = ctx.resolve(n.name, NODE);
    if (sym?.kind !== "node") continue;
    const node = sym.decl;
    if (node.given) {
      ctx.report(variantGiven(n.name));
      continue;
    }
    if (n.compose && !COMPOSE.includes(n.compose.name)) ctx.report(unknownCompose(n.compose));
    const compose = n.compose?.name ?? effectiveCompose(ctx, node);
    if (n.weights) {
      checkWeights(ctx, node, n.weights, compose);
      if (n.weights.method.name === "fixed")
        for (const f of n.weights.fixed) fixedBy.set(f.name.name, node.name.name);
    }
  }

  const analysesSeen = new Map<string, Range>();
  for (const a of v.analyses) {
    const first = analysesSeen.get(a.name.name);
    if (first) ctx.report(variantTargetTwice(a.name, "analysis", first));
    else analysesSeen.set(a.name.name, a.name.range);
    ctx.resolve(a.name, ANALYSIS);
    if (a.coupling) checkForms(ctx, a.coupling.forms);
    if (a.scale) ctx.resolve(a.scale, SCALE);
  }

  if (v.drop) checkDrop(ctx, v, fixedBy);
}

/** The composition a node has in the study (its own, the method's, else flat). */
function effectiveCompose(ctx: CheckContext, node: NodeDecl): string {
  return node.compose?.name ?? ctx.tables.method?.compose?.name ?? "flat";
}

/**
 * Leaving indicators out: each is an indicator of the hierarchy, not named by fixed weights (the
 * study's, unless this variant re-weights that node, or the variant's own), and every node
 * keeps at least one leaf.
 */
function checkDrop(ctx: CheckContext, v: VariantDecl, variantFixed: Map<string, string>): void {
  const dropped = new Set<string>();
  const reweighted = new Set(v.nodes.filter((n) => n.weights).map((n) => n.name.name));
  for (const name of v.drop!.indicators) {
    const sym = ctx.resolve(name, INDICATOR);
    if (sym?.kind !== "indicator") continue;
    dropped.add(name.name);
    const fixedNode = variantFixed.get(name.name) ?? studyFixedNode(ctx, name.name, reweighted);
    if (fixedNode !== undefined) ctx.report(dropFixedWeight(name, fixedNode));
  }
  if (dropped.size === 0) return;
  const emptied = new Set(
    [...allNodes(ctx.ast.items)].filter((node) => {
      const all = leaves(node);
      return !node.given && all.length > 0 && all.every((l) => dropped.has(l.name));
    }),
  );
  // The deepest emptied nodes only: an ancestor emptied through them adds nothing.
  for (const node of emptied) {
    if (node.children.some((c) => c.kind === "node" && emptied.has(c))) continue;
    ctx.report(dropLeavesNothing(v.drop!.range, node.name.name));
  }
}

/** The node whose own fixed weights (in the study) name `indicator`, unless re-weighted. */
function studyFixedNode(
  ctx: CheckContext,
  indicator: string,
  reweighted: ReadonlySet<string>,
): string | undefined {
  for (const node of allNodes(ctx.ast.items)) {
    if (reweighted.has(node.name.name)) continue;
    const w = node.weights;
    if (w?.method.name === "fixed" && w.fixed.some((f) => f.name.name === indicator))
      return node.name.name;
  }
  return undefined;
}

/** The settings a variant changes, for the overlap check: "shift", "node x weights", … */
function settingsOf(v: VariantDecl): Map<string, string> {
  const out = new Map<string, string>();
  const add = (key: string, text: string) => out.set(key, text);
  if (v.normalize?.shift) add("shift", "the shift");
  if (v.normalize?.scope) add("scope", "the normalisation scope");
  for (const n of v.nodes) {
    if (n.compose) add(`compose ${n.name.name}`, `the composition of \`${n.name.name}\``);
    if (n.weights) add(`weights ${n.name.name}`, `the weights of \`${n.name.name}\``);
  }
  if (v.coupling) add("forms *", "the coupling forms");
  if (v.scale) add("scale *", "the scale");
  for (const a of v.analyses) {
    if (a.coupling) add(`forms ${a.name.name}`, `the coupling forms of \`${a.name.name}\``);
    if (a.scale) add(`scale ${a.name.name}`, `the scale of \`${a.name.name}\``);
  }
  for (const d of v.drop?.indicators ?? []) add(`drop ${d.name}`, `whether \`${d.name}\` is in`);
  return out;
}

/** Two settings clash when equal, or when one is "every analysis" and the other one analysis. */
function clash(a: string, b: string): boolean {
  if (a === b) return true;
  const [ka, ta] = a.split(" ");
  const [kb, tb] = b.split(" ");
  return ka === kb && (ka === "forms" || ka === "scale") && (ta === "*" || tb === "*");
}

function checkSensitivity(
  ctx: CheckContext,
  s: SensitivityDecl,
  variants: ReadonlyMap<string, VariantDecl>,
): void {
  if (s.choices.length === 0) ctx.report(noChoice(s.name.range));
  const choiceSeen = new Map<string, Range>();
  // Per choice: the settings its alternatives change, with a description.
  const changes: { choice: Ident; settings: Map<string, string> }[] = [];
  for (const c of s.choices) {
    const first = choiceSeen.get(c.name.name);
    if (first) ctx.report(choiceTwice(c.name, first));
    else choiceSeen.set(c.name.name, c.name.range);
    if (c.alternatives.length === 1) ctx.report(singleAlternative(c.name));
    const altSeen = new Map<string, Range>();
    const settings = new Map<string, string>();
    for (const alt of c.alternatives) {
      const dup = altSeen.get(alt.name);
      if (dup) ctx.report(alternativeTwice(alt, dup));
      else altSeen.set(alt.name, alt.range);
      if (alt.name === BASE) continue;
      if (ctx.resolve(alt, VARIANT)?.kind !== "variant") continue;
      for (const [k, text] of settingsOf(variants.get(alt.name)!)) settings.set(k, text);
    }
    changes.push({ choice: c.name, settings });
  }
  for (let i = 0; i < changes.length; i++) {
    for (let j = 0; j < i; j++) {
      const hit = [...changes[i]!.settings.entries()].find(([k]) =>
        [...changes[j]!.settings.keys()].some((other) => clash(k, other)),
      );
      if (hit) {
        const other = changes[j]!.choice;
        ctx.report(choicesOverlap(changes[i]!.choice, other.name, hit[1], other.range));
      }
    }
  }

  if (!s.watch) ctx.report(noWatch(s.name.range));
  for (const w of s.watch?.names ?? []) ctx.resolve(w, OUTPUT);

  const grid = s.choices.reduce((n, c) => n * Math.max(1, c.alternatives.length), 1);
  const sample = s.sample;
  if (!sample) {
    if (grid > MAX_SENSITIVITY_RUNS)
      ctx.report(tooManyRuns(s.name.range, grid.toLocaleString("en"), MAX_SENSITIVITY_RUNS));
    return;
  }
  const kind = sample.kind.name;
  if (kind === "grid") {
    if (sample.count) ctx.report(badSample(sample.range, "`sample grid` takes no count or seed"));
    else if (grid > MAX_SENSITIVITY_RUNS)
      ctx.report(tooManyRuns(sample.range, grid.toLocaleString("en"), MAX_SENSITIVITY_RUNS));
    return;
  }
  if (kind !== "random") {
    ctx.report(unknownSampleWord(sample.kind, ["grid", "random"]));
    return;
  }
  if (!sample.count || !sample.seed || !sample.seedWord) {
    ctx.report(badSample(sample.range, "`sample random` needs a count and a seed"));
    return;
  }
  if (sample.seedWord.name !== "seed") ctx.report(unknownSampleWord(sample.seedWord, ["seed"]));
  const count = sample.count.value;
  if (!Number.isSafeInteger(count) || count < 1) ctx.report(notWholeNumber(sample.count, "count"));
  else if (count > MAX_SENSITIVITY_RUNS)
    ctx.report(tooManyRuns(sample.count.range, count.toLocaleString("en"), MAX_SENSITIVITY_RUNS));
  const seed = sample.seed.value;
  if (!Number.isSafeInteger(seed) || seed < 0) ctx.report(notWholeNumber(sample.seed, "seed"));
}
