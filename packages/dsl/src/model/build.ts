/**
 * Builds the checked model from a checked spec (no errors): the AST plus the checker's side
 * tables, with every default applied once. See model.ts.
 */
import type { Ident, MethodDecl, StudyDecl } from "../ast.js";
import type { CheckContext } from "../check/context.js";
import { buildAnalyses } from "./analyses.js";
import { chosen, DEFAULT_CONSTANT, DEFAULT_SCOPE, DEFAULT_SHIFT } from "./defaults.js";
import { buildDynamics } from "./dynamics.js";
import { buildFigures } from "./figures.js";
import { buildIndicators, buildNodes } from "./hierarchy.js";
import type { CheckedSpec, MethodModel, StudyModel } from "./model.js";
import { need, oneOf } from "./need.js";
import { buildRelativeObstacle } from "./relative-obstacle.js";
import { buildScales } from "./scales.js";
import { buildSources } from "./sources.js";
import { buildSpatial } from "./spatial.js";
import { buildRegions, buildUnits } from "./units.js";
import { buildVariants } from "./variants.js";

/** The model of a spec the checker passed without errors. */
export function buildModel(ctx: CheckContext): CheckedSpec {
  return {
    study: buildStudy(need(ctx.tables.study, "the study")),
    sources: buildSources(ctx),
    regions: buildRegions(ctx),
    units: buildUnits(ctx),
    nodes: buildNodes(ctx),
    indicators: buildIndicators(ctx),
    method: buildMethod(ctx.tables.method),
    scales: buildScales(ctx),
    analyses: buildAnalyses(ctx),
    spatial: buildSpatial(ctx),
    dynamics: buildDynamics(ctx),
    relativeObstacle: buildRelativeObstacle(ctx),
    variants: buildVariants(ctx),
    figures: buildFigures(ctx),
  };
}

function buildStudy(s: StudyDecl): StudyModel {
  const period = need(s.period, "the study's period");
  const from = period.from.value;
  const to = period.to.value;
  return {
    id: need(s.name, "the study's name").name,
    title: need(s.title, "the study's title").value,
    from,
    to,
    years: Array.from({ length: to - from + 1 }, (_, i) => from + i),
    notes: s.notes.map((n) => n.value),
    citations: s.citations.map((c) => ({ id: c.name.name, text: c.text.value })),
    range: s.range,
  };
}

function buildMethod(m: MethodDecl | undefined): MethodModel {
  const word = (x: Ident | undefined) => x?.name;
  const scope = word(m?.normalize?.scope);
  const constant = word(m?.constant);
  return {
    shift: chosen(m?.normalize?.shift?.value, DEFAULT_SHIFT),
    scope: chosen(
      scope === undefined
        ? undefined
        : oneOf(scope, ["pooled", "per_year"] as const, "normalisation scope"),
      DEFAULT_SCOPE,
    ),
    constant: chosen(
      constant === undefined
        ? undefined
        : oneOf(constant, ["zero", "error"] as const, "constant rule"),
      DEFAULT_CONSTANT,
    ),
    ...(m && { range: m.range }),
  };
}
