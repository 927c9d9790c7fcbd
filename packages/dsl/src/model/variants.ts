/**
 * Variants and sensitivity analyses in the model, in plan shape: each variant's overrides in a
 * fixed order (normalisation; nodes in the order written, composition before weights; every
 * analysis's forms, then scale; each analysis block's forms, then scale; left-out indicators),
 * each with the range of its clause, so an engine error about an override points at its line.
 */
import type { CouplingForm, Override, Sensitivity } from "@ccdc/plan";
import type { Ident } from "../ast.js";
import type { SensitivityDecl, VariantDecl } from "../ast-variants.js";
import { COMPOSE } from "../check/compose-weights.js";
import type { CheckContext } from "../check/context.js";
import { COUPLING_FORMS } from "../check/method.js";
import type { Range } from "../diagnostic.js";
import { weightingOf } from "./hierarchy.js";
import { labelsOf } from "./labels.js";
import type { Located, VariantModel, VariantsModel } from "./model.js";
import { need, oneOf } from "./need.js";

export function buildVariants(ctx: CheckContext): VariantsModel {
  const variants: VariantModel[] = [];
  const sensitivity: Located<Sensitivity>[] = [];
  for (const item of ctx.ast.items) {
    if (item.kind === "variant") variants.push(buildVariant(item));
    else if (item.kind === "sensitivity") sensitivity.push(buildSensitivity(ctx, item));
  }
  return { variants, sensitivity };
}

const forms = (list: readonly Ident[]): CouplingForm[] =>
  list.map((f) => oneOf(f.name, COUPLING_FORMS as readonly CouplingForm[], "coupling form"));

function buildVariant(v: VariantDecl): VariantModel {
  const overrides: Override[] = [];
  const ranges: Range[] = [];
  const add = (o: Override, range: Range) => {
    overrides.push(o);
    ranges.push(range);
  };
  const n = v.normalize;
  if (n && (n.shift || n.scope)) {
    add(
      {
        kind: "normalization",
        ...(n.scope && { scope: oneOf(n.scope.name, ["pooled", "per_year"] as const, "scope") }),
        ...(n.shift && { shift: n.shift.value }),
      },
      n.range,
    );
  }
  for (const node of v.nodes) {
    if (node.compose)
      add(
        {
          kind: "compose",
          node: node.name.name,
          compose: {
            kind: oneOf(
              node.compose.name,
              COMPOSE as readonly ("flat" | "staged" | "topsis")[],
              "compose",
            ),
          },
        },
        node.compose.range,
      );
    if (node.weights)
      add(
        { kind: "weighting", node: node.name.name, weighting: weightingOf(node.weights) },
        node.weights.range,
      );
  }
  if (v.coupling)
    add({ kind: "forms", analysis: null, forms: forms(v.coupling.forms) }, v.coupling.range);
  if (v.scale) add({ kind: "scale", analysis: null, scale: v.scale.name }, v.scale.range);
  for (const a of v.analyses) {
    if (a.coupling)
      add(
        { kind: "forms", analysis: a.name.name, forms: forms(a.coupling.forms) },
        a.coupling.range,
      );
    if (a.scale) add({ kind: "scale", analysis: a.name.name, scale: a.scale.name }, a.scale.range);
  }
  for (const d of v.drop?.indicators ?? []) add({ kind: "drop", indicator: d.name }, d.range);
  return {
    value: { id: v.name.name, labels: labelsOf(v.labels, v.name.name), overrides },
    range: v.range,
    overrideRanges: ranges,
  };
}

function buildSensitivity(ctx: CheckContext, s: SensitivityDecl): Located<Sensitivity> {
  const watch = need(s.watch, `the watched outputs of ${s.name.name}`);
  const sample = s.sample;
  return {
    value: {
      id: s.name.name,
      labels: labelsOf(s.labels, s.name.name),
      choices: s.choices.map((c) => ({
        id: c.name.name,
        alternatives: c.alternatives.map((a) => a.name),
      })),
      watch: watch.names.map((w) => ({ kind: outputKind(ctx, w), id: w.name })),
      sample:
        sample === undefined || sample.kind.name === "grid"
          ? { kind: "grid" }
          : {
              kind: "random",
              count: need(sample.count, "the sample count").value,
              seed: need(sample.seed, "the sample seed").value,
            },
    },
    range: s.range,
  };
}

/** A watched name is an analysis (its D) or a node (its index): the checker resolved it. */
function outputKind(ctx: CheckContext, w: Ident): "analysis" | "node" {
  const kind = need(ctx.symbols.get(w.name), `the watched output ${w.name}`).kind;
  return oneOf(kind, ["analysis", "node"] as const, "watched output");
}
