/**
 * Reading the generic settings of a spatial block (`feature "name"`, `knn 4`, `link a to b, c`)
 * into typed values. Every read reports its own shape error (E1003), so a pass only says which
 * settings it wants; an unknown word (E1001) and a repeated one (E1002) are reported once when
 * the reader is made.
 */
import type { Ident, Num, Str } from "../ast.js";
import type { SettingAst, SettingValue } from "../ast-spatial.js";
import { settingNotHere, settingShape, settingTwice } from "../spatial-messages.js";
import type { CheckContext } from "./context.js";

export class SettingsReader {
  private readonly byWord = new Map<string, SettingAst[]>();

  /**
   * @param block how messages name the block, e.g. "a map"
   * @param allowed the setting words the block takes
   * @param repeatable the words that may be given more than once
   */
  constructor(
    private readonly ctx: CheckContext,
    settings: readonly SettingAst[],
    block: string,
    allowed: readonly string[],
    repeatable: readonly string[] = [],
  ) {
    for (const s of settings) {
      const word = s.word.name;
      if (!allowed.includes(word)) {
        ctx.report(settingNotHere(s.word, block, allowed));
        continue;
      }
      const seen = this.byWord.get(word);
      if (seen && !repeatable.includes(word)) ctx.report(settingTwice(s.word, seen[0]!.word.range));
      else if (seen) seen.push(s);
      else this.byWord.set(word, [s]);
    }
  }

  /** The setting given for `word` (the first, for a repeatable one). */
  get(word: string): SettingAst | undefined {
    return this.byWord.get(word)?.[0];
  }

  all(word: string): readonly SettingAst[] {
    return this.byWord.get(word) ?? [];
  }

  /** The one string value of `word`, if given; E1003 if its values are not one string. */
  string(word: string): Str | undefined {
    return this.one(word, "string", "one string");
  }
  /** The one number of `word`. */
  number(word: string): Num | undefined {
    return this.one(word, "number", "one number");
  }
  /** The one name of `word`. */
  name(word: string): Ident | undefined {
    return this.one(word, "name", "one name");
  }
  /** A comma-separated list of names (`statistics moran, lisa`). */
  names(word: string): Ident[] | undefined {
    const s = this.get(word);
    if (!s) return undefined;
    const names = namesList(s.values);
    if (names === undefined) {
      this.ctx.report(settingShape(s.word, s.range, "names separated by commas"));
      return undefined;
    }
    return names;
  }

  private one<K extends "string" | "number" | "name">(
    word: string,
    kind: K,
    expected: string,
  ): (K extends "string" ? Str : K extends "number" ? Num : Ident) | undefined {
    const s = this.get(word);
    if (!s) return undefined;
    const v = s.values[0];
    if (s.values.length !== 1 || v?.kind !== kind) {
      this.ctx.report(settingShape(s.word, s.range, expected));
      return undefined;
    }
    const out =
      v.kind === "string"
        ? v.str
        : v.kind === "number"
          ? v.num
          : v.kind === "name"
            ? v.ident
            : undefined;
    return out as (K extends "string" ? Str : K extends "number" ? Num : Ident) | undefined;
  }
}

/** `a, b, c` as names; undefined if the values are anything else (or empty). */
export function namesList(values: readonly SettingValue[]): Ident[] | undefined {
  const out: Ident[] = [];
  for (const [i, v] of values.entries()) {
    const wantName = i % 2 === 0;
    if (wantName && v.kind === "name") out.push(v.ident);
    else if (wantName || v.kind !== "comma") return undefined;
  }
  return out.length > 0 && values.length % 2 === 1 ? out : undefined;
}
