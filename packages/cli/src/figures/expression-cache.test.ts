import * as vega from "vega";
import { describe, expect, it } from "vitest";
import { cachedCodegen, type ExpressionCodegen } from "./expression-cache.js";
import { runtimeContextOf } from "./vega-libs.js";

const vegaCodegen = (): ExpressionCodegen =>
  runtimeContextOf(vega)({ events: () => undefined }, {}).expr;

/** vega's generator, counting the functions it creates. */
function counting(base: ExpressionCodegen): { codegen: ExpressionCodegen; made: () => number } {
  let made = 0;
  const count =
    <A extends unknown[]>(f: (...a: A) => ReturnType<ExpressionCodegen["operator"]>) =>
    (...a: A) => {
      made++;
      return f(...a);
    };
  return {
    codegen: {
      operator: count(base.operator),
      parameter: count(base.parameter),
      event: count(base.event),
      handler: count(base.handler),
      encode: count(base.encode),
      codegen: base.codegen,
    },
    made: () => made,
  };
}

describe("vega's expression generator with a cache", () => {
  it("compiles each source once and binds it to each context's functions, as vega does", () => {
    const base = counting(vegaCodegen());
    const cached = cachedCodegen(base.codegen);
    const ctxA = { functions: { k: 2 } };
    const ctxB = { functions: { k: 10 } };
    // An operator expression reads `this` (the view's functions) as vega's generated code does.
    const a = cached.operator(ctxA, { code: "this.k * _.x" });
    const b = cached.operator(ctxB, { code: "this.k * _.x" });
    expect(a({ x: 3 })).toBe(6);
    expect(b({ x: 3 })).toBe(30);
    expect(a).not.toBe(b);
    expect(base.made()).toBe(1);
    // The same code as another kind is another function (other arguments).
    const p = cached.parameter(ctxA, { code: "this.k + datum.v" });
    expect(p({ v: 1 }, {})).toBe(3);
    expect(base.made()).toBe(2);
  });

  it("gives encoders that set the same item properties as vega's own", () => {
    const base = vegaCodegen();
    const cached = cachedCodegen(base);
    const encode = {
      marktype: "rect",
      channels: { x: { code: "datum.a" }, x2: { code: "datum.b" }, y: { code: "5" } },
    };
    const ctx = { functions: {} };
    const ours = { datum: { a: 9, b: 4 } };
    const theirs = { datum: { a: 9, b: 4 } };
    expect(cached.encode(ctx, encode)(ours, {})).toBe(base.encode(ctx, encode)(theirs, {}));
    // rect: x and x2 swapped so that x ≤ x2, and the width set (vega's adjustSpatial).
    expect(ours).toEqual(theirs);
    expect(ours).toMatchObject({ x: 4, x2: 9, width: 5, y: 5 });
    // Another mark type is another encoder, though its channels are the same.
    const line = cachedCodegen(base).encode(ctx, { ...encode, marktype: "rule" });
    const item = { datum: { a: 9, b: 4 } };
    line(item, {});
    expect(item).toMatchObject({ x: 9, x2: 4 });
    expect(item).not.toHaveProperty("width");
  });

  it("never hands out the cached function itself (vega sets properties on what it gets)", () => {
    const cached = cachedCodegen(vegaCodegen());
    const f = cached.event(null, { code: "event.n + 1" });
    const g = cached.event(null, { code: "event.n + 1" });
    expect(f).not.toBe(g);
    expect(g({ n: 1 })).toBe(2);
  });
});
