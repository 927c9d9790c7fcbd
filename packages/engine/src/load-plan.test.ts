import { minimalPlan, type PlanDraft } from "@ccdc/plan";
import { describe, expect, it } from "vitest";
import { loadPlan } from "./load-plan.js";
import { MAX_PLAN_DEPTH, tooDeep } from "./plan-checks/depth.js";

const codes = (json: unknown): [string, string | undefined][] => {
  const r = loadPlan(json);
  return r.ok ? [] : r.errors.map((e) => [e.code, e.pointer]);
};

function edit(f: (p: PlanDraft) => void): PlanDraft {
  const p = minimalPlan();
  f(p);
  return p;
}

describe("loadPlan", () => {
  it("accepts the minimal plan", () => {
    const r = loadPlan(JSON.parse(JSON.stringify(minimalPlan())));
    expect(r.ok).toBe(true);
  });

  it("refuses an unknown plan version with a clear message (P0001)", () => {
    const r = loadPlan({ ...minimalPlan(), planVersion: 2 });
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          severity: "error",
          code: "P0001",
          message: "unsupported plan version 2: this ccdc reads version 1",
          pointer: "/planVersion",
          hint: "regenerate the plan with this version of ccdc",
        },
      ],
    });
  });

  it("reports schema errors with their pointer (P0002)", () => {
    const p = minimalPlan() as unknown as { indicators: { direction: string }[] };
    p.indicators[0]!.direction = "up";
    expect(codes(p)).toContainEqual(["P0002", "/indicators/0/direction"]);
  });

  it("reports references to unknown ids (P0003)", () => {
    expect(
      codes(
        edit((p) => {
          p.indicators[0]!.expr = { kind: "var", variable: "nope" };
          p.units.list[0]!.members = ["r9"];
          p.analyses[0]!.scale = "tens";
        }),
      ),
    ).toEqual([
      ["P0003", "/units/list/0/members/0"],
      ["P0003", "/indicators/0/expr"],
      ["P0003", "/analyses/0/scale"],
    ]);
  });

  it("reports duplicate ids and ambiguous keys (P0004)", () => {
    expect(
      codes(
        edit((p) => {
          p.regions[1]!.key = "R1";
          p.sources[0]!.variables[1]!.id = "a";
        }),
      ),
    ).toContainEqual(["P0004", "/regions/1/key"]);
  });

  it("reports an inconsistent hierarchy (P0005)", () => {
    expect(
      codes(
        edit((p) => {
          p.nodes[0]!.leaves = ["x"];
        }),
      ),
    ).toEqual([["P0005", "/nodes/0/leaves"]]);
    expect(
      codes(
        edit((p) => {
          p.indicators[1]!.parent = "x";
        }),
      ),
    ).toContainEqual(["P0003", "/indicators/1/parent"]);
  });

  it("refuses a flat node above a given node, whose index would be ignored (P0005)", () => {
    const p = edit((p) => {
      p.nodes[0]!.children = ["x", "y", "sub"];
      p.nodes.push({
        id: "sub",
        labels: { en: "Sub" },
        parent: "root",
        role: "system",
        children: [],
        leaves: [],
        compose: { kind: "given", variable: "a" },
        composeOrigin: "spec",
        weighting: { kind: "entropy" },
        weightingOrigin: "default",
      });
    });
    const r = loadPlan(p);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]!.message).toContain(
        'the given index of node "sub" below it would be ignored',
      );
  });

  it("checks fixed weights against what the node weights (P0006)", () => {
    const r = loadPlan(
      edit((p) => {
        p.nodes[0]!.weighting = { kind: "fixed", weights: { x: 0.5, z: 0.6 } };
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.message)).toEqual([
      'fixed weights of node "root" must name exactly its leaf indicators [x, y]; missing: y; not weighted here: z',
      'fixed weights of node "root" must sum to 1, not 1.1',
    ]);
  });

  it("checks beta against the combinations (P0007)", () => {
    expect(
      codes(
        edit((p) => {
          p.analyses[0]!.beta = [0.2, 0.3, 0.5];
        }),
      ),
    ).toEqual([["P0007", "/analyses/0/beta"]]);
  });

  it("checks that scales tile [0, 1] (P0008)", () => {
    expect(
      codes(
        edit((p) => {
          p.scales[0]!.levels[1]!.lowerClosed = false;
        }),
      ),
    ).toEqual([["P0008", "/scales/0/levels"]]);
  });

  it("refuses splice cycles (P0009)", () => {
    const r = loadPlan(
      edit((p) => {
        p.sources[0]!.variables[0]!.missing = { kind: "splice", proxy: "b" };
        p.sources[0]!.variables[1]!.missing = { kind: "splice", proxy: "a" };
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => [e.code, e.message])).toEqual([
        ["P0009", "splice proxies form a cycle: a ← b ← a"],
      ]);
  });

  it("refuses study years out of order (P0010) and analyses with one unit (P0011)", () => {
    expect(
      codes(
        edit((p) => {
          p.study.years = [2021, 2020];
          p.analyses[0]! = {
            ...p.analyses[0]!,
            kind: "between",
            nodes: ["root"],
            combinations: [["r1"]],
          } as PlanDraft["analyses"][number];
        }),
      ),
    ).toEqual([
      ["P0010", "/study/years"],
      ["P0010", "/study/years/1"],
      ["P0011", "/analyses/0/combinations/0"],
    ]);
  });

  it("refuses an analysis of more than 100,000 rows (P0012)", () => {
    const combos: string[][] = [];
    for (let i = 0; i < 50_001; i++) combos.push(["r1", "r2"]);
    const r = loadPlan(
      edit((p) => {
        p.analyses[0] = {
          ...p.analyses[0]!,
          forms: ["standard", "product_over_mean"],
          combinations: combos,
        } as PlanDraft["analyses"][number];
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => [e.code, e.message])).toEqual([
        ["P0012", 'analysis "between_root" would produce 100002 rows (more than 100000)'],
      ]);
  });
});

describe("a plan's nesting (P0017)", () => {
  /** An expression of `depth` nested negations of one variable. */
  const nested = (depth: number): unknown => {
    let e: unknown = minimalPlan().indicators[0]!.expr;
    for (let i = 0; i < depth; i++) e = { kind: "neg", operand: e };
    return e;
  };
  const withExpr = (expr: unknown): unknown => {
    const p = JSON.parse(JSON.stringify(minimalPlan()));
    p.indicators[0].expr = expr;
    return p;
  };

  it("a 100,000-deep expression is one coded error, not a stack overflow", () => {
    // Built as text and parsed, as a hand-edited plan file is (JSON.parse does not recurse).
    const json = JSON.parse(
      JSON.stringify(withExpr({ kind: "var", variable: "v" })).replace(
        '{"kind":"var","variable":"v"}',
        `${'{"kind":"neg","operand":'.repeat(100_000)}{"kind":"var","variable":"v"}${"}".repeat(100_000)}`,
      ),
    );
    const r = loadPlan(json);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: "P0017", pointer: "/indicators/0/expr" });
    expect(r.errors[0]!.message).toBe(
      `the plan nests more than ${MAX_PLAN_DEPTH} levels deep in /indicators/0/expr`,
    );
  });

  it("as deep as a compiled plan can be still loads", () => {
    // 700 levels of expression: more than 500 operators inside 100 brackets and signs.
    const r = loadPlan(withExpr(nested(700)));
    expect(r.ok ? [] : r.errors.map((e) => e.code)).not.toContain("P0017");
    expect(tooDeep(withExpr(nested(700)))).toBeUndefined();
    expect(tooDeep(withExpr(nested(MAX_PLAN_DEPTH)))).toBe("/indicators/0/expr");
  });

  it("an array nested deeper than the limit anywhere is refused", () => {
    const p = JSON.parse(JSON.stringify(minimalPlan()));
    p.notes = JSON.parse(`${"[".repeat(5000)}${"]".repeat(5000)}`);
    expect(codes(p)).toEqual([["P0017", "/notes/0/0"]]);
  });
});
