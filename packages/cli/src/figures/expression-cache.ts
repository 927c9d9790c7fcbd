/**
 * vega's expression code generator with each generated function compiled once per process.
 * vega's runtime turns every expression of a dataflow (signal updates, transform parameters,
 * mark encoders) into a function with `Function(...)`, for every view and again for every
 * facet or group it instantiates (its `$encode` parameters are not cached at all), and binds it
 * to the view's expression functions. A run draws a few dozen figures from a dozen shapes, so
 * most of those sources come again and again; compiling each once and binding the same
 * function to each view's functions gives the views functions that do exactly what vega's own
 * do (the source is the same text, and a generated function has no closure: what it sees is
 * its arguments and `this`, the view's functions, as in vega).
 *
 * The generator is vega's own (read from a runtime context, `runtimeContext(...).expr`, the
 * default a View uses); this only puts a cache in front of its `operator`, `parameter`,
 * `event`, `handler` and `encode`. Each is called with no context, which makes vega return the
 * unbound function, then bound here to the view's functions as vega binds it. The field
 * accessors of `codegen` are left to vega: it sets properties on the functions they return.
 */

/** The part of vega's expression generator that is cached here (vega-runtime's `expressionCodegen`). */
export interface ExpressionCodegen {
  operator(ctx: Ctx | null, expr: { code: string }): AnyFn;
  parameter(ctx: Ctx | null, expr: { code: string }): AnyFn;
  event(ctx: Ctx | null, expr: { code: string }): AnyFn;
  handler(ctx: Ctx | null, expr: { code: string }): AnyFn;
  encode(ctx: Ctx | null, encode: EncodeSpec): AnyFn;
  readonly codegen: unknown;
}

// biome-ignore lint/suspicious/noExplicitAny: vega's generated functions take any arguments.
type AnyFn = (...args: any[]) => unknown;
/** A runtime context: what a generated function is bound to is its `functions`. */
interface Ctx {
  readonly functions?: object;
}
interface EncodeSpec {
  readonly marktype: string;
  readonly channels: { readonly [name: string]: { readonly code: string } };
}

type Kind = "operator" | "parameter" | "event" | "handler";

/**
 * A generator that compiles each source once (for as long as it is kept) and otherwise is
 * `base`. `base` must create the function when called with a null context and bind nothing
 * then (vega-runtime's `expression`: `ctx && ctx.functions ? fn.bind(ctx.functions) : fn`).
 */
export function cachedCodegen(base: ExpressionCodegen): ExpressionCodegen {
  const compiled = new Map<string, AnyFn>();
  const once = (key: string, make: () => AnyFn): AnyFn => {
    let fn = compiled.get(key);
    if (fn === undefined) {
      fn = make();
      compiled.set(key, fn);
    }
    return fn;
  };
  // As vega binds: to the context's functions when it has them, else the function itself.
  // A context without functions gets a bound copy, so the cached function is never handed out
  // (vega sets properties on the functions it gets, e.g. an accessor's fields).
  const bind = (ctx: Ctx | null, fn: AnyFn): AnyFn => fn.bind(ctx?.functions);
  const byCode =
    (kind: Kind) =>
    (ctx: Ctx | null, expr: { code: string }): AnyFn =>
      bind(
        ctx,
        once(`${kind}\n${expr.code}`, () => base[kind](null, expr)),
      );
  return {
    operator: byCode("operator"),
    parameter: byCode("parameter"),
    event: byCode("event"),
    handler: byCode("handler"),
    encode: (ctx, encode) => {
      // vega writes an encoder from the mark type and each channel's name and code, in order:
      // the key holds them all, each after its length (so no two lists have the same key).
      let key = `${encode.marktype.length}:${encode.marktype}`;
      for (const name in encode.channels) {
        const code = (encode.channels[name] as { code: string }).code;
        key += `${name.length}:${name}${code.length}:${code}`;
      }
      return bind(
        ctx,
        once(`encode\n${key}`, () => base.encode(null, encode)),
      );
    },
    codegen: base.codegen,
  };
}
