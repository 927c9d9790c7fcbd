/**
 * Variants: a plan with some method choices overridden (docs/language.md "variant",
 * docs/method.md "Variants and sensitivity"). Applying overrides is a pure plan → plan transform; the result is
 * checked like any plan before it runs, so a variant that makes the study invalid (a system
 * left with no indicator) stops with the plan checks' message, pointed at the variant.
 */
import { appendAll, emptyRecord, type Override, type Plan, type PlanDraft } from "@ccdc/plan";

import type { EngineIssue } from "../issues.js";
import * as msg from "../messages/index.js";
import { followDefaultForms, leaveOutLostFigures, lostWrittenForms } from "./form-references.js";

type DraftNode = PlanDraft["nodes"][number];
type DraftAnalysis = PlanDraft["analyses"][number];

/**
 * The outcome of applying overrides: the new plan (with what the variant's run leaves out, as
 * warnings), or the problems that prevent it.
 */
export type ApplyOutcome =
  | { ok: true; plan: Plan; warnings: EngineIssue[] }
  | { ok: false; errors: EngineIssue[] };

/**
 * The plan of the named variant (P0101 if the plan declares no such variant). Declared figures
 * showing a written form the variant no longer computes are left out of it (W0802).
 */
export function applyVariant(plan: Plan, variantId: string): ApplyOutcome {
  const variants = plan.variants ?? [];
  const at = variants.findIndex((v) => v.id === variantId);
  if (at < 0) {
    const known = variants.map((v) => v.id);
    return { ok: false, errors: [msg.noSuchVariant(variantId, known)] };
  }
  const applied = applyOverrides(plan, variants[at]!.overrides, `/variants/${at}`);
  if (!applied.ok) return applied;
  const draft = applied.plan as PlanDraft;
  return { ...applied, warnings: [...applied.warnings, ...leaveOutLostFigures(draft, variantId)] };
}

/**
 * Applies overrides in order to a copy of the plan (the plan itself is not modified, and the
 * copy shares with it the parts no override changes: treat both as read-only). Each
 * overridden choice is recorded with origin "spec". `pointer` names the variant for errors.
 */
export function applyOverrides(
  plan: Plan,
  overrides: readonly Override[],
  pointer: string,
): ApplyOutcome {
  // The plan itself is read-only: each part of it an override changes is deep-copied before it
  // is changed (`own`), the others are shared. A sensitivity analysis applies overrides once
  // per run, and a copy of the whole plan (its source map, labels, sources) each time was most
  // of applying them.
  const out = { ...plan } as PlanDraft;
  const owned = new Set<keyof PlanDraft>();
  const own: Own = (...parts) => {
    for (const part of parts) {
      if (owned.has(part)) continue;
      owned.add(part);
      if (out[part] !== undefined) Object.assign(out, { [part]: structuredClone(out[part]) });
    }
  };
  const errors: EngineIssue[] = [];
  // Per analysis, the override that set its coupling forms last (for P0105).
  const formsAt = new Map<string, string>();
  overrides.forEach((o, i) => {
    const at = `${pointer}/overrides/${i}`;
    const problem = applyOne(out, o, own);
    if (problem !== undefined) errors.push(msg.overrideNotApplicable(problem, at));
    else if (o.kind === "forms") for (const a of targets(out, o.analysis)) formsAt.set(a.id, at);
  });
  if (errors.length === 0) appendAll(errors, lostWrittenForms(out, plan, formsAt));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, plan: out, warnings: [] };
}

/** Makes the plan's own deep copy of each part named (once), before the part is changed. */
type Own = (...parts: (keyof PlanDraft)[]) => void;

/**
 * Applies one override to the plan in place, owning first each part it changes; returns what
 * prevents it, if anything.
 */
function applyOne(out: PlanDraft, o: Override, own: Own): string | undefined {
  switch (o.kind) {
    case "normalization": {
      own("method");
      const n = out.method.normalization;
      if (o.scope !== undefined) {
        n.scope = o.scope;
        n.origin.scope = "spec";
      }
      if (o.shift !== undefined) {
        n.shift = o.shift;
        n.origin.shift = "spec";
      }
      return undefined;
    }
    case "weighting": {
      own("nodes");
      const node = findNode(out, o.node);
      if (node === undefined) return msg.OVERRIDE_PROBLEMS.noNodeToWeight(o.node);
      node.weighting = structuredClone(o.weighting) as DraftNode["weighting"];
      node.weightingOrigin = "spec";
      return undefined;
    }
    case "compose": {
      own("nodes");
      const node = findNode(out, o.node);
      if (node === undefined) return msg.OVERRIDE_PROBLEMS.noNodeToCompose(o.node);
      node.compose = structuredClone(o.compose) as DraftNode["compose"];
      node.composeOrigin = "spec";
      return undefined;
    }
    case "forms": {
      // The declarations that name a form follow a default one (followDefaultForms).
      own("analyses", "relative", "dynamics", "autocorrelations", "figures");
      const list = targets(out, o.analysis);
      if (list.length === 0) return noAnalysis("coupling forms", o.analysis);
      for (const a of list) {
        a.forms = [...o.forms];
        a.formOrigin = "spec";
        followDefaultForms(out, a.id, a.forms[0]!);
      }
      return undefined;
    }
    case "scale": {
      own("analyses");
      if (!out.scales.some((s) => s.id === o.scale)) return msg.OVERRIDE_PROBLEMS.noScale(o.scale);
      const list = targets(out, o.analysis);
      if (list.length === 0) return noAnalysis("scale", o.analysis);
      for (const a of list) {
        a.scale = o.scale;
        delete a.scaleOrigin;
      }
      return undefined;
    }
    case "drop":
      // The source map is rebuilt, not changed.
      own("indicators", "nodes");
      return dropIndicator(out, o.indicator);
  }
}

function findNode(plan: PlanDraft, id: string): DraftNode | undefined {
  return plan.nodes.find((n) => n.id === id);
}

/** What a variant names that the study lacks: an analysis, or any analysis at all. */
function noAnalysis(what: string, analysis: string | null): string {
  return msg.OVERRIDE_PROBLEMS.noAnalysis(what, analysis);
}

function targets(plan: PlanDraft, analysis: string | null): DraftAnalysis[] {
  return plan.analyses.filter((a) => analysis === null || a.id === analysis);
}

/**
 * Removes an indicator from the plan: from `indicators`, its parent's children and every
 * ancestor's leaves; source-map pointers into `/indicators/k` are renumbered so that later
 * errors still point at the right spec line. A node whose fixed weights name the indicator
 * cannot lose it (the weights would no longer sum to 1): that is an error, not a silent
 * renormalisation.
 */
function dropIndicator(plan: PlanDraft, id: string): string | undefined {
  const at = plan.indicators.findIndex((ind) => ind.id === id);
  if (at < 0) return msg.OVERRIDE_PROBLEMS.noIndicator(id);
  for (const node of plan.nodes) {
    if (node.weighting.kind === "fixed" && Object.hasOwn(node.weighting.weights, id))
      return msg.OVERRIDE_PROBLEMS.droppedHasFixedWeight(id, node.id);
  }
  plan.indicators.splice(at, 1);
  for (const node of plan.nodes) {
    node.children = node.children.filter((c) => c !== id);
    node.leaves = node.leaves.filter((c) => c !== id);
  }
  plan.sourceMap = renumberIndicators(plan.sourceMap, at);
  return undefined;
}

function renumberIndicators(map: PlanDraft["sourceMap"], removed: number): PlanDraft["sourceMap"] {
  const out: PlanDraft["sourceMap"] = emptyRecord();
  for (const [key, range] of Object.entries(map)) {
    const m = /^\/indicators\/(\d+)(\/.*)?$/.exec(key);
    if (m === null) {
      out[key] = range;
      continue;
    }
    const k = Number(m[1]);
    if (k === removed) continue;
    out[`/indicators/${k > removed ? k - 1 : k}${m[2] ?? ""}`] = range;
  }
  return out;
}
