/**
 * Semantic checks of a plan: what the JSON Schema cannot express. Every id referenced exists,
 * ids are unique, the hierarchy is a consistent tree, fixed weights and betas fit what they
 * weight, scales tile [0, 1], splice proxies do not form cycles, and no analysis would produce
 * more rows than the engine agrees to compute.
 *
 * The plan is supposed to come fully resolved from the compiler; these checks make the engine
 * safe against any other writer of plans, and they run before any data is read.
 */
import type { Plan, PlanNode } from "@ccdc/plan";
import { type EngineIssue, error, pointer } from "./issues.js";

/** The largest number of coupling rows one analysis may produce. */
export const MAX_ANALYSIS_ROWS = 100_000;

/** Tolerance for weights and betas that must sum to 1. */
const SUM_TOLERANCE = 1e-6;

/** Returns every semantic problem of the plan (empty when it is sound). */
export function checkPlanSemantics(plan: Plan): EngineIssue[] {
  const issues: EngineIssue[] = [];
  checkYears(plan, issues);
  const ids = checkIds(plan, issues);
  checkSources(plan, ids, issues);
  checkUnits(plan, ids, issues);
  checkHierarchy(plan, ids, issues);
  checkScales(plan, issues);
  checkAnalyses(plan, ids, issues);
  return issues;
}

interface Ids {
  variables: Set<string>;
  regions: Set<string>;
  units: Set<string>;
  nodes: Map<string, PlanNode>;
  indicators: Set<string>;
  scales: Set<string>;
}

function checkYears(plan: Plan, issues: EngineIssue[]): void {
  const { years, period } = plan.study;
  const at = pointer("study", "years");
  if (years.length === 0) {
    issues.push(error("P0010", "the study has no years", { pointer: at }));
    return;
  }
  for (let i = 0; i < years.length; i++) {
    const y = years[i]!;
    if (i > 0 && y <= years[i - 1]!) {
      issues.push(
        error("P0010", `study years must be strictly ascending: ${years[i - 1]} then ${y}`, {
          pointer: pointer("study", "years", i),
        }),
      );
    }
    if (y < period.from || y > period.to) {
      issues.push(
        error("P0010", `study year ${y} lies outside the period ${period.from}–${period.to}`, {
          pointer: pointer("study", "years", i),
        }),
      );
    }
  }
}

/** Records ids, reporting duplicates within each namespace. */
function checkIds(plan: Plan, issues: EngineIssue[]): Ids {
  // Pointers are made only for the duplicates reported (a plan may list 100,000 regions).
  const unique = (kind: string, ids: readonly string[], at: (i: number) => string): Set<string> => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id))
        issues.push(error("P0004", `duplicate ${kind} id "${id}"`, { pointer: at(i) }));
      seen.add(id);
    });
    return seen;
  };
  const variableAt = plan.sources.flatMap((s, si) => s.variables.map((_, vi) => [si, vi] as const));
  const variables = unique(
    "variable",
    plan.sources.flatMap((s) => s.variables.map((v) => v.id)),
    (i) => pointer("sources", variableAt[i]![0], "variables", variableAt[i]![1]),
  );
  unique(
    "source",
    plan.sources.map((s) => s.id),
    (i) => pointer("sources", i),
  );
  const regions = unique(
    "region",
    plan.regions.map((r) => r.id),
    (i) => pointer("regions", i),
  );
  const units = unique(
    "unit",
    plan.units.list.map((u) => u.id),
    (i) => pointer("units", "list", i),
  );
  // Nodes and indicators share one namespace: a node's children mix them.
  const nNodes = plan.nodes.length;
  unique(
    "node or indicator",
    [...plan.nodes.map((n) => n.id), ...plan.indicators.map((n) => n.id)],
    (i) => (i < nNodes ? pointer("nodes", i) : pointer("indicators", i - nNodes)),
  );
  const scales = unique(
    "scale",
    plan.scales.map((s) => s.id),
    (i) => pointer("scales", i),
  );
  unique(
    "analysis",
    plan.analyses.map((a) => a.id),
    (i) => pointer("analyses", i),
  );

  // Keys must be unambiguous too: a region key or a variable key (within its source) maps to one id.
  const regionKeys = new Set<string>();
  plan.regions.forEach((r, i) => {
    if (regionKeys.has(r.key))
      issues.push(
        error("P0004", `two regions have the data key "${r.key}"`, {
          pointer: pointer("regions", i, "key"),
        }),
      );
    regionKeys.add(r.key);
  });
  plan.sources.forEach((s, si) => {
    const keys = new Set<string>();
    s.variables.forEach((v, vi) => {
      if (keys.has(v.key)) {
        issues.push(
          error("P0004", `two variables of source "${s.id}" have the data key "${v.key}"`, {
            pointer: pointer("sources", si, "variables", vi, "key"),
          }),
        );
      }
      keys.add(v.key);
    });
  });

  const nodes = new Map(plan.nodes.map((n) => [n.id, n] as const));
  const indicators = new Set(plan.indicators.map((n) => n.id));
  return { variables, regions, units, nodes, indicators, scales };
}

function checkSources(plan: Plan, ids: Ids, issues: EngineIssue[]): void {
  const proxyOf = new Map<string, string>();
  plan.sources.forEach((s, si) => {
    s.variables.forEach((v, vi) => {
      const at = pointer("sources", si, "variables", vi);
      if (v.aggregate.kind === "weighted_mean") {
        if (!ids.variables.has(v.aggregate.by)) {
          issues.push(
            error(
              "P0003",
              `variable "${v.id}" is weighted by unknown variable "${v.aggregate.by}"`,
              { pointer: `${at}/aggregate/by` },
            ),
          );
        } else if (v.aggregate.by === v.id) {
          issues.push(
            error("P0003", `variable "${v.id}" cannot be weighted by itself`, {
              pointer: `${at}/aggregate/by`,
            }),
          );
        }
      }
      if (v.missing.kind === "splice") {
        if (!ids.variables.has(v.missing.proxy)) {
          issues.push(
            error(
              "P0003",
              `variable "${v.id}" is spliced on unknown variable "${v.missing.proxy}"`,
              { pointer: `${at}/missing/proxy` },
            ),
          );
        } else {
          proxyOf.set(v.id, v.missing.proxy);
        }
      }
    });
  });
  // Splice chains must end: x ← p ← q … never returns to x.
  const varPointer = new Map<string, string>();
  plan.sources.forEach((s, si) => {
    s.variables.forEach((v, vi) => {
      varPointer.set(v.id, pointer("sources", si, "variables", vi, "missing", "proxy"));
    });
  });
  const reported = new Set<string>();
  for (const start of proxyOf.keys()) {
    const chain = [start];
    let cur = proxyOf.get(start);
    while (cur !== undefined && !chain.includes(cur)) {
      chain.push(cur);
      cur = proxyOf.get(cur);
    }
    if (cur === undefined) continue;
    const cycle = chain.slice(chain.indexOf(cur));
    const key = [...cycle].sort().join(",");
    if (reported.has(key)) continue;
    reported.add(key);
    issues.push(
      error("P0009", `splice proxies form a cycle: ${[...cycle, cur].join(" ← ")}`, {
        pointer: varPointer.get(cur),
        hint: "a proxy must be observed (or filled by a non-splice rule) where it is used",
      }),
    );
  }
}

function checkUnits(plan: Plan, ids: Ids, issues: EngineIssue[]): void {
  plan.units.list.forEach((u, ui) => {
    // The pointer is made only when there is something to report (units can be many).
    const at = (): string => pointer("units", "list", ui);
    if (u.members.length === 0)
      issues.push(
        error("P0005", `unit "${u.id}" has no member regions`, { pointer: `${at()}/members` }),
      );
    if (plan.units.level === "region" && u.members.length > 1) {
      issues.push(
        error(
          "P0005",
          `unit "${u.id}" has ${u.members.length} members, but the study runs at region level`,
          { pointer: `${at()}/members` },
        ),
      );
    }
    const seen = new Set<string>();
    u.members.forEach((m, mi) => {
      if (!ids.regions.has(m))
        issues.push(
          error("P0003", `unit "${u.id}" lists unknown region "${m}"`, {
            pointer: `${at()}/members/${mi}`,
          }),
        );
      if (seen.has(m))
        issues.push(
          error("P0004", `unit "${u.id}" lists region "${m}" twice`, {
            pointer: `${at()}/members/${mi}`,
          }),
        );
      seen.add(m);
    });
  });
}

/** Collects the variables an expression reads. */
export function exprVariables(
  expr: Plan["indicators"][number]["expr"],
  out: string[] = [],
): string[] {
  switch (expr.kind) {
    case "var":
      out.push(expr.variable);
      break;
    case "num":
      break;
    case "neg":
      exprVariables(expr.operand, out);
      break;
    case "binary":
      exprVariables(expr.left, out);
      exprVariables(expr.right, out);
      break;
  }
  return out;
}

function checkHierarchy(plan: Plan, ids: Ids, issues: EngineIssue[]): void {
  const indicatorParent = new Map(plan.indicators.map((ind) => [ind.id, ind.parent] as const));
  plan.indicators.forEach((ind, i) => {
    const at = pointer("indicators", i);
    if (!ids.nodes.has(ind.parent))
      issues.push(
        error("P0003", `indicator "${ind.id}" has unknown parent "${ind.parent}"`, {
          pointer: `${at}/parent`,
        }),
      );
    else if (!ids.nodes.get(ind.parent)!.children.includes(ind.id)) {
      issues.push(
        error(
          "P0005",
          `indicator "${ind.id}" names parent "${ind.parent}", which does not list it as a child`,
          { pointer: `${at}/parent` },
        ),
      );
    }
    for (const v of exprVariables(ind.expr)) {
      if (!ids.variables.has(v))
        issues.push(
          error("P0003", `indicator "${ind.id}" reads unknown variable "${v}"`, {
            pointer: `${at}/expr`,
          }),
        );
    }
  });
  if (plan.nodes.length > 0 && plan.nodes[0]!.parent !== null) {
    issues.push(
      error("P0005", `the first node "${plan.nodes[0]!.id}" must be the root (parent null)`, {
        pointer: pointer("nodes", 0, "parent"),
      }),
    );
  }
  let structural = false;
  plan.nodes.forEach((n, ni) => {
    const at = pointer("nodes", ni);
    if (n.parent !== null) {
      const parent = ids.nodes.get(n.parent);
      if (!parent) {
        issues.push(
          error("P0003", `node "${n.id}" has unknown parent "${n.parent}"`, {
            pointer: `${at}/parent`,
          }),
        );
        structural = true;
      } else if (!parent.children.includes(n.id)) {
        issues.push(
          error(
            "P0005",
            `node "${n.id}" names parent "${n.parent}", which does not list it as a child`,
            { pointer: `${at}/parent` },
          ),
        );
        structural = true;
      }
    }
    n.children.forEach((c, ci) => {
      const child = ids.nodes.get(c);
      const cp = child ? child.parent : indicatorParent.get(c);
      if (!child && !ids.indicators.has(c)) {
        issues.push(
          error("P0003", `node "${n.id}" lists unknown child "${c}"`, {
            pointer: `${at}/children/${ci}`,
          }),
        );
        structural = true;
      } else if (cp !== n.id) {
        issues.push(
          error("P0005", `node "${n.id}" lists child "${c}", whose parent is "${cp}"`, {
            pointer: `${at}/children/${ci}`,
          }),
        );
        structural = true;
      }
    });
    n.leaves.forEach((l, li) => {
      if (!ids.indicators.has(l))
        issues.push(
          error("P0003", `node "${n.id}" lists unknown leaf indicator "${l}"`, {
            pointer: `${at}/leaves/${li}`,
          }),
        );
    });
    if (n.compose.kind === "given" && !ids.variables.has(n.compose.variable)) {
      issues.push(
        error(
          "P0003",
          `node "${n.id}" reads its index from unknown variable "${n.compose.variable}"`,
          { pointer: `${at}/compose/variable` },
        ),
      );
    }
  });
  if (structural) return;

  // Acyclic: walking up from every node reaches a root.
  for (const n of plan.nodes) {
    const seen = new Set<string>([n.id]);
    let p = n.parent;
    while (p !== null) {
      if (seen.has(p)) {
        issues.push(
          error("P0005", `the hierarchy has a cycle through node "${n.id}"`, {
            pointer: pointer("nodes", plan.nodes.indexOf(n)),
          }),
        );
        return;
      }
      seen.add(p);
      p = ids.nodes.get(p)!.parent;
    }
  }

  const leavesOf = (id: string): string[] => {
    const node = ids.nodes.get(id);
    if (!node) return [id];
    return node.children.flatMap(leavesOf);
  };
  const hasGivenBelow = (node: PlanNode): string | undefined => {
    for (const c of node.children) {
      const child = ids.nodes.get(c);
      if (!child) continue;
      if (child.compose.kind === "given") return child.id;
      const deeper = hasGivenBelow(child);
      if (deeper) return deeper;
    }
    return undefined;
  };
  plan.nodes.forEach((n, ni) => {
    const at = pointer("nodes", ni);
    const leaves = leavesOf(n.id);
    const declared = [...n.leaves].sort().join(",");
    if ([...leaves].sort().join(",") !== declared) {
      issues.push(
        error(
          "P0005",
          `node "${n.id}" lists leaves [${n.leaves.join(", ")}], but the indicators below it are [${leaves.join(", ")}]`,
          { pointer: `${at}/leaves` },
        ),
      );
    }
    if (n.compose.kind === "flat") {
      if (leaves.length === 0)
        issues.push(
          error("P0005", `node "${n.id}" is composed flat but has no indicators below it`, {
            pointer: `${at}/compose`,
          }),
        );
      const given = hasGivenBelow(n);
      if (given) {
        issues.push(
          error(
            "P0005",
            `node "${n.id}" is composed flat over its leaf indicators, so the given index of node "${given}" below it would be ignored`,
            {
              pointer: `${at}/compose`,
              hint: "compose it staged, so that its children's indices are weighted",
            },
          ),
        );
      }
    }
    if (n.compose.kind === "staged" && n.children.length === 0) {
      issues.push(
        error("P0005", `node "${n.id}" is composed staged but has no children`, {
          pointer: `${at}/compose`,
        }),
      );
    }
    if (n.weighting.kind === "fixed" && n.compose.kind !== "given") {
      const over = n.compose.kind === "flat" ? leaves : n.children;
      const what = n.compose.kind === "flat" ? "leaf indicators" : "children";
      const weights = n.weighting.weights;
      const keys = Object.keys(weights);
      const missing = over.filter((id) => !Object.hasOwn(weights, id));
      const extra = keys.filter((k) => !over.includes(k));
      if (missing.length > 0 || extra.length > 0) {
        issues.push(
          error(
            "P0006",
            `fixed weights of node "${n.id}" must name exactly its ${what} [${over.join(", ")}]` +
              (missing.length ? `; missing: ${missing.join(", ")}` : "") +
              (extra.length ? `; not weighted here: ${extra.join(", ")}` : ""),
            { pointer: `${at}/weighting/weights` },
          ),
        );
      }
      checkWeightsSum(
        Object.values(weights),
        `fixed weights of node "${n.id}"`,
        "P0006",
        `${at}/weighting/weights`,
        issues,
      );
    }
  });
}

function checkWeightsSum(
  values: number[],
  what: string,
  code: "P0006" | "P0007",
  at: string,
  issues: EngineIssue[],
): void {
  if (values.some((w) => !Number.isFinite(w) || w < 0)) {
    issues.push(
      error(code, `${what} must be finite and non-negative: [${values.join(", ")}]`, {
        pointer: at,
      }),
    );
    return;
  }
  const sum = values.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > SUM_TOLERANCE)
    issues.push(error(code, `${what} must sum to 1, not ${sum}`, { pointer: at }));
}

function checkScales(plan: Plan, issues: EngineIssue[]): void {
  plan.scales.forEach((s, si) => {
    const at = pointer("scales", si, "levels");
    const lv = s.levels;
    const bad = (msg: string): void => {
      issues.push(error("P0008", `scale "${s.id}": ${msg}`, { pointer: at }));
    };
    if (lv.length === 0) {
      bad("has no levels");
      return;
    }
    if (lv[0]!.lower !== 0 || !lv[0]!.lowerClosed) bad("the first level must start at 0, closed");
    const last = lv[lv.length - 1]!;
    if (last.upper !== 1 || !last.upperClosed) bad("the last level must end at 1, closed");
    for (let i = 0; i < lv.length; i++) {
      const l = lv[i]!;
      if (!(l.lower < l.upper)) bad(`level ${l.level} is empty: [${l.lower}, ${l.upper}]`);
      if (i === 0) continue;
      const prev = lv[i - 1]!;
      if (prev.upper !== l.lower)
        bad(`levels ${prev.level} and ${l.level} do not meet (${prev.upper} ≠ ${l.lower})`);
      else if (prev.upperClosed === l.lowerClosed) {
        bad(
          `the boundary ${l.lower} between levels ${prev.level} and ${l.level} must belong to exactly one of them`,
        );
      }
    }
  });
}

function checkAnalyses(plan: Plan, ids: Ids, issues: EngineIssue[]): void {
  plan.analyses.forEach((a, ai) => {
    const at = pointer("analyses", ai);
    if (!ids.scales.has(a.scale))
      issues.push(
        error("P0003", `analysis "${a.id}" uses unknown scale "${a.scale}"`, {
          pointer: `${at}/scale`,
        }),
      );
    if (a.forms.length === 0)
      issues.push(
        error("P0011", `analysis "${a.id}" lists no coupling form`, { pointer: `${at}/forms` }),
      );
    const distinct = (
      list: string[],
      what: string,
      where: string,
      known: (id: string) => boolean,
      kindName: string,
    ): void => {
      const seen = new Set<string>();
      list.forEach((id, i) => {
        if (!known(id))
          issues.push(
            error("P0003", `analysis "${a.id}" names unknown ${kindName} "${id}"`, {
              pointer: `${where}/${i}`,
            }),
          );
        if (seen.has(id))
          issues.push(
            error("P0011", `analysis "${a.id}" repeats ${kindName} "${id}" in its ${what}`, {
              pointer: `${where}/${i}`,
            }),
          );
        seen.add(id);
      });
    };
    let rows: number;
    if (a.kind === "within") {
      distinct(a.systems, "systems", `${at}/systems`, (id) => ids.nodes.has(id), "node");
      distinct(a.units, "units", `${at}/units`, (id) => ids.units.has(id), "unit");
      if (a.systems.length < 2)
        issues.push(
          error(
            "P0011",
            `analysis "${a.id}" couples ${a.systems.length} system(s); coupling needs at least 2`,
            { pointer: `${at}/systems` },
          ),
        );
      if (Array.isArray(a.beta)) {
        if (a.beta.length !== a.systems.length) {
          issues.push(
            error(
              "P0007",
              `analysis "${a.id}" gives ${a.beta.length} beta weights for ${a.systems.length} systems`,
              { pointer: `${at}/beta` },
            ),
          );
        } else checkWeightsSum(a.beta, `beta of analysis "${a.id}"`, "P0007", `${at}/beta`, issues);
      }
      rows = a.forms.length * a.units.length;
    } else {
      distinct(a.nodes, "nodes", `${at}/nodes`, (id) => ids.nodes.has(id), "node");
      a.combinations.forEach((combo, ci) => {
        const where = `${at}/combinations/${ci}`;
        distinct(combo, "combination", where, (id) => ids.units.has(id), "unit");
        if (combo.length < 2)
          issues.push(
            error(
              "P0011",
              `analysis "${a.id}": a combination needs at least 2 units, not [${combo.join(", ")}]`,
              { pointer: where },
            ),
          );
        if (Array.isArray(a.beta) && a.beta.length !== combo.length) {
          issues.push(
            error(
              "P0007",
              `analysis "${a.id}" gives ${a.beta.length} beta weights, but combination [${combo.join(", ")}] has ${combo.length} units`,
              { pointer: `${at}/beta` },
            ),
          );
        }
      });
      if (Array.isArray(a.beta))
        checkWeightsSum(a.beta, `beta of analysis "${a.id}"`, "P0007", `${at}/beta`, issues);
      rows = a.forms.length * a.nodes.length * a.combinations.length;
    }
    if (rows > MAX_ANALYSIS_ROWS) {
      issues.push(
        error(
          "P0012",
          `analysis "${a.id}" would produce ${rows} rows (more than ${MAX_ANALYSIS_ROWS})`,
          {
            pointer: at,
            hint: "list fewer combinations, units or forms, or split the study",
          },
        ),
      );
    }
  });
}
