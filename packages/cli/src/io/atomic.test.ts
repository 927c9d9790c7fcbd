import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { UserError } from "../errors.js";
import { assertOverwritable, type OverwriteRule, writeFileAtomic } from "./atomic.js";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "ccdc-atomic-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("writeFileAtomic", () => {
  test("writes through a temporary and replaces an existing file", async () => {
    const path = join(root, "deep", "plan.json");
    await writeFileAtomic(path, "one");
    await writeFileAtomic(path, "two");
    expect(readFileSync(path, "utf8")).toBe("two");
    expect(readdirSync(join(root, "deep"))).toEqual(["plan.json"]);
  });
});

describe("assertOverwritable", () => {
  const rule = (inputs: OverwriteRule["inputs"] = []): OverwriteRule => ({
    option: "-o",
    shown: "x",
    inputs,
    isOurs: (text) => text.startsWith("{"),
    ours: "a ccdc plan",
  });
  const refusal = (target: string, r = rule()) => {
    try {
      assertOverwritable(target, r);
      return undefined;
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      return (err as Error).message;
    }
  };

  test("an absent file, or one ccdc wrote: allowed", () => {
    expect(refusal(join(root, "new.json"))).toBeUndefined();
    writeFileSync(join(root, "plan.json"), "{}");
    expect(refusal(join(root, "plan.json"))).toBeUndefined();
  });

  test("an input of the run, even through a link or `..`: refused", () => {
    writeFileSync(join(root, "study.ccd"), "{ looks like ours }");
    const inputs = [{ path: join(root, "study.ccd"), what: "the spec being compiled" }];
    expect(refusal(join(root, "study.ccd"), rule(inputs))).toMatch(/it is the spec/);
    mkdirSync(join(root, "d"));
    expect(refusal(join(root, "d", "..", "study.ccd"), rule(inputs))).toMatch(/it is the spec/);
    symlinkSync(join(root, "study.ccd"), join(root, "alias.ccd"));
    expect(refusal(join(root, "alias.ccd"), rule(inputs))).toMatch(/it is the spec/);
  });

  test("a directory, a FIFO or device, a link, a foreign file: refused", () => {
    mkdirSync(join(root, "dir"));
    expect(refusal(join(root, "dir"))).toMatch(/a directory/);
    expect(refusal("/dev/null")).toMatch(/not a regular file/);
    writeFileSync(join(root, "plan.json"), "{}");
    symlinkSync(join(root, "plan.json"), join(root, "link.json"));
    expect(refusal(join(root, "link.json"))).toMatch(/symbolic link/);
    writeFileSync(join(root, "notes.txt"), "mine");
    expect(refusal(join(root, "notes.txt"))).toMatch(/exists and is not a ccdc plan; refusing/);
    expect(readFileSync(join(root, "notes.txt"), "utf8")).toBe("mine");
  });
});
