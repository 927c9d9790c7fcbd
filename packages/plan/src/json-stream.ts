/**
 * `stableStringify` as a stream of text chunks: the same bytes, produced piece by piece, so
 * that a result of any size can be written without ever being one string (V8 caps a string
 * at about 2^29 characters, which a 30,000-unit result's JSON exceeds).
 *
 * Same semantics as `JSON.stringify(sortKeys(value), null, 2) + "\n"` for JSON data: object
 * keys sorted (UTF-16 order, integer-like keys first as the engine orders them), undefined / function / symbol members left out of objects and
 * written as null in arrays, non-finite numbers as null, two-space indentation. One addition:
 * a typed array (a Float64Array view into a columnar result) is written as the array of its
 * numbers, so a result can be streamed straight from the typed columns without copying them
 * into number[] first (`stableStringify` itself would write a typed array as an object).
 */

/**
 * An object may carry its keys, already sorted, under this symbol (invisible to JSON and to
 * `Object.keys`): a large record that builds its values on access (the engine's per-unit
 * series views) then needs neither a key listing nor a sort per record, and records sharing
 * one sorted array share the work of ordering it. The array must be exactly
 * `Object.keys(object).sort()`.
 */
export const SORTED_KEYS: unique symbol = Symbol.for("ccdc.sortedKeys");

/**
 * A number as JSON writes it: the shortest round-trip form (`String(v)`), "null" if it is not
 * finite. Through JSON.stringify rather than String: V8 keeps the strings String makes of
 * fractions in a cache allocated in the old generation, so writing millions of them fills
 * the old generation with garbage (a 30,000-unit result's JSON grew the heap to 4× its live
 * size); JSON.stringify formats into its own buffer, and is faster.
 */
export const numberText = (v: number): string => JSON.stringify(v);

/** Written key orders of the SORTED_KEYS arrays seen so far. */
const givenOrders = new WeakMap<readonly string[], string[]>();

/** The order in which `stableStringify` writes the keys of `record`. */
function keyOrder(record: Record<string | symbol, unknown>): string[] {
  const given = record[SORTED_KEYS] as readonly string[] | undefined;
  if (given === undefined) return writtenKeyOrder(Object.keys(record).sort());
  let order = givenOrders.get(given);
  if (order === undefined) {
    order = writtenKeyOrder([...given]);
    givenOrders.set(given, order);
  }
  return order;
}

/** Chunks are cut once they reach this many characters (a 64 KiB write is cheap for a pipe or a file). */
const CHUNK_CHARS = 1 << 16;

/** The text of `stableStringify(value)`, in chunks of about `chunkChars` characters. */
export function* stableJsonChunks(value: unknown, chunkChars = CHUNK_CHARS): Generator<string> {
  let buf = "";
  const indents = ["", "  "];
  const indentOf = (depth: number): string => {
    while (indents.length <= depth) indents.push(`${indents.at(-1)}  `);
    return indents[depth]!;
  };

  // Appends `v` at nesting `depth`; yields whenever the buffer is full.
  function* write(v: unknown, depth: number): Generator<string> {
    if (v === null) {
      buf += "null";
    } else if (typeof v === "number") {
      buf += numberText(v);
    } else if (typeof v === "string") {
      buf += JSON.stringify(v);
    } else if (typeof v === "boolean") {
      buf += v ? "true" : "false";
    } else if (Array.isArray(v) || ArrayBuffer.isView(v)) {
      const items = v as ArrayLike<unknown>;
      if (items.length === 0) {
        buf += "[]";
        return;
      }
      const open = `\n${indentOf(depth + 1)}`;
      buf += "[";
      for (let i = 0; i < items.length; i++) {
        buf += i === 0 ? open : `,${open}`;
        const item = items[i];
        // Numbers (most of a result) inline, without a nested generator.
        if (typeof item === "number") buf += numberText(item);
        else if (item === undefined || typeof item === "function" || typeof item === "symbol")
          buf += "null";
        else yield* write(item, depth + 1);
        if (buf.length >= chunkChars) {
          yield buf;
          buf = "";
        }
      }
      buf += `\n${indentOf(depth)}]`;
    } else if (typeof v === "object") {
      const record = v as Record<string, unknown>;
      const keys = keyOrder(record);
      let first = true;
      const open = `\n${indentOf(depth + 1)}`;
      for (const key of keys) {
        const item = record[key];
        if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
        buf += first ? `{${open}` : `,${open}`;
        first = false;
        buf += `${JSON.stringify(key)}: `;
        yield* write(item, depth + 1);
        if (buf.length >= chunkChars) {
          yield buf;
          buf = "";
        }
      }
      buf += first ? "{}" : `\n${indentOf(depth)}}`;
    } else if (typeof v === "bigint") {
      // As JSON.stringify does.
      throw new TypeError("Do not know how to serialize a BigInt");
    } else {
      buf += "undefined";
    }
  }

  yield* write(value, 0);
  buf += "\n";
  yield buf;
}

/**
 * The order in which `JSON.stringify` writes the sorted keys of `stableStringify`'s copy: the
 * engine lists integer-like keys ("0", "10") first, in numeric order, then the others in
 * insertion (here: sorted) order. Asking the engine keeps the rule exactly its own.
 */
function writtenKeyOrder(sorted: string[]): string[] {
  const probe: Record<string, true> = Object.create(null);
  for (const k of sorted) probe[k] = true;
  return Object.keys(probe);
}
