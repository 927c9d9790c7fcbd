/**
 * Pass `dynamics`: each `dynamics` declaration (issue 11) studies one subject — the D of a
 * within analysis (in a form it computes) or a node's index — and asks for at least one
 * statistic; its groups (for Dagum's Gini and Theil's index) are clusters of the spec that
 * partition the subject's units, which must then be regions; every option is a known choice
 * and every number in range. Resolves each declaration to its plan object, defaults filled
 * with origin "default" (docs/language.md, "dynamics"), in `tables.dynamics` for the model.
 *
 * Codes: E0830 (no subject), E0832 (between analysis), E0833 (form not
 * computed), E0834 (no statistic), E0835 (no groups), E0836 (groups do not partition the
 * units), E0837 (unknown option), E0838 (number out of range), E0839 (grades of a node),
 * E0840 (systems forecast of a node), E0841 (a bandwidth rule over one unit), E0842 (a
 * spatial Markov `matrix` in a spec without spatial weights), E0102/E0103 (names).
 */
import { type CouplingForm, type Dynamics, emptyRecord } from "@ccdc/plan";
import type { ClusterDecl, DynamicsDecl, Num } from "../ast.js";
import {
  dynamicsBetweenSubject,
  dynamicsChoice,
  dynamicsFormNotComputed,
  dynamicsGrouping,
  dynamicsNoGroups,
  dynamicsNoScale,
  dynamicsNoSubject,
  dynamicsNothing,
  dynamicsNoWeights,
  dynamicsNumber,
  dynamicsOneUnit,
  dynamicsSystemsOfNode,
} from "../messages.js";
import { labelsOf } from "../model/labels.js";
import { type CheckContext, expectKind } from "./context.js";

const KERNELS = ["gaussian", "epanechnikov"] as const;
const RULES = ["nrd0", "nrd"] as const;
const SCOPES = ["pooled", "per_year"] as const;
const MODES = ["systems", "direct"] as const;
const GINI = ["dagum"] as const;
const FORMS = ["standard", "product_over_mean", "wang2021_modified"] as const;

const origin = (written: unknown) =>
  (written === undefined ? "default" : "spec") as "spec" | "default";

export function checkDynamics(ctx: CheckContext): void {
  const period = ctx.tables.study?.period;
  const nYears = period ? period.to.value - period.from.value + 1 : 0;
  for (const d of ctx.ast.items) {
    if (d.kind !== "dynamics") continue;
    const resolved = resolveOne(ctx, d, nYears);
    if (resolved) ctx.tables.dynamics.set(d, resolved);
  }
}

function resolveOne(ctx: CheckContext, d: DynamicsDecl, nYears: number): Dynamics | undefined {
  let ok = true;
  const fail = (diag: Parameters<CheckContext["report"]>[0]) => {
    ctx.report(diag);
    ok = false;
  };
  if (!d.subject) {
    fail(dynamicsNoSubject(d.name));
    return undefined;
  }
  if (!(d.gini || d.theil || d.density || d.markov || d.convergence || d.forecast))
    fail(dynamicsNothing(d.name));

  // The subject and its units.
  const sym = ctx.resolve(d.subject.name, {
    noun: "analysis or node",
    phrase: "a within analysis or a node",
    accepts: (s) => s.kind === "analysis" || s.kind === "node",
  });
  if (!sym) return undefined;
  let subject: Dynamics["subject"];
  let units: string[];
  let scale: string | undefined;
  if (sym.kind === "analysis") {
    const a = sym.decl;
    if (!a.within || a.between) {
      fail(dynamicsBetweenSubject(d.subject.name));
      return undefined;
    }
    const methodForms = ctx.tables.method?.coupling ?? [];
    const forms = (a.coupling.length > 0 ? a.coupling : methodForms).map((f) => f.name);
    const computed = forms.length > 0 ? forms : ["standard"];
    let form = computed[0]!;
    if (d.subject.form) {
      if (!(FORMS as readonly string[]).includes(d.subject.form.name))
        fail(dynamicsChoice(d.subject.form, "coupling form", FORMS));
      else if (!computed.includes(d.subject.form.name))
        fail(dynamicsFormNotComputed(d.subject.form, a.name.name, computed));
      form = d.subject.form.name;
    }
    subject = { kind: "analysis", analysis: a.name.name, form: form as CouplingForm };
    units = ctx.tables.withinUnits.get(a) ?? [];
    scale = ctx.tables.analysisScale.get(a)?.id;
  } else if (sym.kind === "node") {
    subject = { kind: "node", node: sym.name.name };
    units = ctx.tables.units?.list.map((u) => u.name.name) ?? [];
  } else return undefined;

  // Groups: clusters of the spec partitioning the subject's units (regions).
  let groups: { id: string; labels: Record<string, string>; units: string[] }[] = [];
  if (d.gini || d.theil) {
    const where = d.groups?.range ?? (d.gini ?? d.theil)!.range;
    const clusters = ctx.ast.items.filter((i): i is ClusterDecl => i.kind === "cluster");
    let chosen: ClusterDecl[] = [];
    const names = d.groups?.names ?? [];
    if (names.length === 0 || (names.length === 1 && names[0]!.name === "clusters")) {
      chosen = clusters;
      for (const c of clusters) ctx.tables.used.add(c.name.name);
    } else {
      for (const n of names) {
        const c = ctx.resolve(n, expectKind("cluster"));
        if (c?.kind === "cluster") chosen.push(c.decl);
      }
    }
    if (ctx.tables.units?.level === "cluster") {
      fail(dynamicsNoGroups(where, "the study's units are clusters, not regions"));
    } else if (clusters.length === 0) {
      fail(dynamicsNoGroups(where, "the spec declares no cluster"));
    } else if (chosen.length > 0) {
      const seen = new Map<string, string>();
      for (const c of chosen) {
        const members = c.members.map((m) => m.name).filter((m) => units.includes(m));
        if (members.length === 0)
          fail(dynamicsGrouping(where, `group ${c.name.name} has no unit of the subject`));
        for (const m of members) {
          const other = seen.get(m);
          if (other !== undefined)
            fail(dynamicsGrouping(where, `${m} is in two groups, ${other} and ${c.name.name}`));
          seen.set(m, c.name.name);
        }
        groups.push({
          id: c.name.name,
          labels: labelsOf(c.labels, c.name.name),
          units: members,
        });
      }
      const outside = units.filter((u) => !seen.has(u));
      if (outside.length > 0)
        fail(
          dynamicsGrouping(
            where,
            `${outside.length === 1 ? "unit" : "units"} in no group: ${outside.slice(0, 5).join(", ")}${outside.length > 5 ? ", …" : ""}`,
          ),
        );
    }
    if (d.gini?.variant && !(GINI as readonly string[]).includes(d.gini.variant.name))
      fail(dynamicsChoice(d.gini.variant, "Gini decomposition", GINI));
  } else groups = [];

  // Numbers: integers in a range.
  const int = (n: Num | undefined, what: string, lo: number, hi: number): number | undefined => {
    if (!n) return undefined;
    if (!(Number.isInteger(n.value) && n.value >= lo && n.value <= hi)) {
      fail(dynamicsNumber(n, what, `an integer from ${lo} to ${hi}`));
      return undefined;
    }
    return n.value;
  };
  const maxStep = Math.max(1, nYears - 1);

  let density: Dynamics["density"] = null;
  if (d.density) {
    const dd = d.density;
    if (dd.kernel && !(KERNELS as readonly string[]).includes(dd.kernel.name))
      fail(dynamicsChoice(dd.kernel, "kernel", KERNELS));
    let bandwidth: NonNullable<Dynamics["density"]>["bandwidth"] = { rule: "nrd0" };
    const bw = dd.bandwidth;
    if (bw && "name" in bw) {
      if (!(RULES as readonly string[]).includes(bw.name))
        fail(dynamicsChoice(bw, "bandwidth rule", RULES));
      else bandwidth = { rule: bw.name as "nrd0" | "nrd" };
    } else if (bw) {
      if (!(bw.value > 0 && Number.isFinite(bw.value)))
        fail(dynamicsNumber(bw, "bandwidth", "a number above 0"));
      bandwidth = { rule: "fixed", h: bw.value };
    }
    if (bandwidth.rule !== "fixed" && units.length < 2) fail(dynamicsOneUnit(dd.range));
    let grid: NonNullable<Dynamics["density"]>["grid"] = null;
    if (dd.grid) {
      const points = int(dd.grid.points, "points", 2, 10000) ?? 101;
      if (!(dd.grid.to.value > dd.grid.from.value))
        fail(dynamicsNumber(dd.grid.to, "the grid's end", `above its start ${dd.grid.from.text}`));
      grid = { from: dd.grid.from.value, to: dd.grid.to.value, points };
    }
    density = {
      kernel: (dd.kernel?.name ?? "gaussian") as "gaussian" | "epanechnikov",
      kernelOrigin: origin(dd.kernel),
      bandwidth,
      bandwidthOrigin: origin(bw),
      grid,
      gridOrigin: origin(dd.grid),
    };
  }

  let markov: Dynamics["markov"] = null;
  if (d.markov) {
    const m = d.markov;
    let states: NonNullable<Dynamics["markov"]>["states"];
    const st = m.states;
    if (st?.kind === "quantiles") {
      const k = int(st.k, "quantile classes", 2, 100) ?? 4;
      if (st.scope && !(SCOPES as readonly string[]).includes(st.scope.name))
        fail(dynamicsChoice(st.scope, "quantile scope", SCOPES));
      states = {
        kind: "quantiles",
        k,
        scope: (st.scope?.name ?? "pooled") as "pooled" | "per_year",
      };
    } else if (st?.kind === "scale") {
      // A declared scale, or a standard one (ccd10, …) that an analysis grades with, so that
      // the plan carries it.
      const name = st.scale.name;
      const standardInPlan = [...ctx.tables.analysisScale.values()].some(
        (x) => x.standard !== undefined && x.id === name,
      );
      if (!standardInPlan || ctx.symbols.has(name)) ctx.resolve(st.scale, expectKind("scale"));
      else ctx.tables.used.add(name);
      states = { kind: "scale", scale: name };
    } else if (scale !== undefined) {
      states = { kind: "scale", scale };
    } else if (st?.kind === "grades") {
      fail(dynamicsNoScale(st.range));
      states = { kind: "quantiles", k: 4, scope: "pooled" };
    } else states = { kind: "quantiles", k: 4, scope: "pooled" };
    // Spatial Markov: spatial weights of the spec (declared over the study's regions: E1031
    // on the weights when the units are clusters).
    let spatial: { weights: string } | undefined;
    if (m.matrix) {
      const declared = ctx.ast.items.some((i) => i.kind === "spatial_weights");
      if (!declared) fail(dynamicsNoWeights(m.matrix));
      else if (
        !ctx.resolve(m.matrix, expectKind("spatial_weights", "spatial weights", "spatial weights"))
      )
        ok = false;
      spatial = { weights: m.matrix.name };
    }
    markov = {
      states,
      statesOrigin: origin(st),
      step: int(m.step, "step", 1, maxStep) ?? 1,
      stepOrigin: origin(m.step),
      ...(spatial && { spatial }),
    };
  }

  let convergence: Dynamics["convergence"] = null;
  if (d.convergence) {
    const step = d.convergence.step;
    convergence = { step: int(step, "step", 1, maxStep) ?? 1, stepOrigin: origin(step) };
  }

  let forecast: Dynamics["forecast"] = null;
  if (d.forecast) {
    const f = d.forecast;
    const horizon = int(f.horizon, "forecast horizon", 1, 50) ?? 1;
    let mode: "systems" | "direct" = subject.kind === "analysis" ? "systems" : "direct";
    if (f.mode) {
      if (!(MODES as readonly string[]).includes(f.mode.name))
        fail(dynamicsChoice(f.mode, "forecast mode", MODES));
      else if (f.mode.name === "systems" && subject.kind === "node")
        fail(dynamicsSystemsOfNode(f.mode.range));
      else mode = f.mode.name as "systems" | "direct";
    }
    forecast = { horizon, mode, modeOrigin: origin(f.mode) };
  }

  if (!ok) return undefined;
  return {
    id: d.name.name,
    labels: emptyRecord<string>(),
    subject,
    subjectOrigin: subject.kind === "analysis" ? origin(d.subject.form) : "spec",
    groups,
    groupsOrigin: origin(d.groups),
    gini: d.gini !== undefined,
    theil: d.theil !== undefined,
    density,
    markov,
    convergence,
    forecast,
  };
}
