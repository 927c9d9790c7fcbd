/**
 * The declarations that name one coupling form of an analysis — a relative development
 * analysis, a dynamics subject, an autocorrelation's values and a declared figure of D, C or T —
 * when a variant changes that analysis's forms (docs/language.md "variant").
 *
 * A form the compiler chose (the analysis's first, origin "default") follows the variant's new
 * first form. A form the spec wrote stays: a relative, dynamics or autocorrelation declaration
 * whose written form the variant no longer computes stops the run (P0105, at the variant's
 * coupling line, naming the declaration's line), since its results would silently change
 * meaning; a declared figure showing such a form is left out of the variant's run with a
 * warning the run report prints (W0802), so the variant's other outputs are still written.
 */
import type { CouplingForm, Plan, PlanDraft } from "@ccdc/plan";

import type { EngineIssue } from "../issues.js";
import * as msg from "../messages/index.js";

/** A declaration naming one form of one analysis, as `form-references` reads the plan. */
interface FormReference {
  /** What the declaration is, for messages: `dynamics "d"`. */
  readonly what: string;
  /** Its plan pointer (mapped to its spec line through the source map). */
  readonly pointer: string;
  readonly analysis: string;
  readonly form: string;
  readonly written: boolean;
  /** Moves a default form to the analysis's new first form. */
  readonly follow: (first: CouplingForm) => void;
}

/** Every relative, dynamics and autocorrelation declaration that names a coupling form. */
function analysisReferences(plan: PlanDraft): FormReference[] {
  const refs: FormReference[] = [];
  (plan.relative ?? []).forEach((r, i) => {
    refs.push({
      what: `relative "${r.id}"`,
      pointer: `/relative/${i}`,
      analysis: r.analysis,
      form: r.form,
      written: r.formOrigin === "spec",
      follow: (first) => {
        r.form = first;
      },
    });
  });
  (plan.dynamics ?? []).forEach((d, i) => {
    const s = d.subject;
    if (s.kind !== "analysis") return;
    refs.push({
      what: `dynamics "${d.id}"`,
      pointer: `/dynamics/${i}`,
      analysis: s.analysis,
      form: s.form,
      // The subject's origin is its form's: `of internal` (default) or `of internal standard`.
      written: d.subjectOrigin === "spec",
      follow: (first) => {
        s.form = first;
      },
    });
  });
  (plan.autocorrelations ?? []).forEach((a, i) => {
    const v = a.values;
    if (v.kind !== "coordination") return;
    refs.push({
      what: `autocorrelation "${a.id}"`,
      pointer: `/autocorrelations/${i}`,
      analysis: v.analysis,
      form: v.form,
      written: a.origins.form === "spec",
      follow: (first) => {
        v.form = first;
      },
    });
  });
  return refs;
}

/** Every declared figure of an analysis's D, C or T, with its figure index. */
function figureReferences(plan: PlanDraft): (FormReference & { index: number })[] {
  const refs: (FormReference & { index: number })[] = [];
  (plan.figures ?? []).forEach((f, index) => {
    const show = f.show;
    if (show.measure !== "D" && show.measure !== "C" && show.measure !== "T") return;
    refs.push({
      index,
      what: `figure "${f.id}"`,
      pointer: `/figures/${index}`,
      analysis: show.analysis,
      form: show.form,
      written: show.formOrigin === "spec",
      follow: (first) => {
        show.form = first;
      },
    });
  });
  return refs;
}

/**
 * After a variant set `analysis`'s forms: each declaration whose form was the default (the
 * analysis's first) follows the new first form.
 */
export function followDefaultForms(plan: PlanDraft, analysis: string, first: CouplingForm): void {
  for (const ref of [...analysisReferences(plan), ...figureReferences(plan)])
    if (ref.analysis === analysis && !ref.written) ref.follow(first);
}

/**
 * P0105 for each relative, dynamics or autocorrelation declaration whose written form an
 * analysis no longer computes after the variant's coupling forms, in the order of their spec
 * lines (a plan without a source map: in plan order). `formsAt` gives, per analysis the
 * variant set forms of, the pointer of the override that set them last. `base` supplies the
 * declarations' spec lines.
 */
export function lostWrittenForms(
  plan: PlanDraft,
  base: Plan,
  formsAt: ReadonlyMap<string, string>,
): EngineIssue[] {
  const issues: { line: number; issue: EngineIssue }[] = [];
  for (const ref of analysisReferences(plan)) {
    const at = formsAt.get(ref.analysis);
    if (at === undefined || !ref.written) continue;
    const forms = computedForms(plan, ref.analysis);
    if (forms === undefined || forms.includes(ref.form)) continue;
    const line = base.sourceMap[ref.pointer]?.line;
    issues.push({
      line: line ?? Number.POSITIVE_INFINITY,
      issue: msg.variantLosesWrittenForm(ref.what, line, ref.analysis, ref.form, forms, at),
    });
  }
  // analysisReferences lists them by kind; a user reads them in the spec's order (stable sort).
  return issues.sort((a, b) => a.line - b.line).map((i) => i.issue);
}

/**
 * Removes from a variant's plan each declared figure whose written form the analysis no
 * longer computes, and returns a W0802 warning for each (pointing at the figure in the base
 * plan, whose figure indices the warnings keep).
 */
export function leaveOutLostFigures(plan: PlanDraft, variant: string): EngineIssue[] {
  const lost = new Set<number>();
  const warnings: EngineIssue[] = [];
  for (const ref of figureReferences(plan)) {
    const forms = computedForms(plan, ref.analysis);
    if (forms === undefined || forms.includes(ref.form)) continue;
    lost.add(ref.index);
    warnings.push(
      msg.figureLeftOutOfVariant(
        plan.figures![ref.index]!.id,
        variant,
        ref.analysis,
        ref.form,
        ref.pointer,
      ),
    );
  }
  if (lost.size > 0) plan.figures = plan.figures!.filter((_, i) => !lost.has(i));
  return warnings;
}

function computedForms(plan: PlanDraft, analysis: string): readonly string[] | undefined {
  return plan.analyses.find((a) => a.id === analysis)?.forms;
}
