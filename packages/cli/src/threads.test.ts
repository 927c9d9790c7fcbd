import { describe, expect, it } from "vitest";
import { UserError } from "./errors.js";
import { threadsFromEnv } from "./threads.js";

describe("CCDC_THREADS", () => {
  it("is a whole number from 1 to 256, or unset", () => {
    expect(threadsFromEnv({})).toBeUndefined();
    expect(threadsFromEnv({ CCDC_THREADS: "" })).toBeUndefined();
    expect(threadsFromEnv({ CCDC_THREADS: "1" })).toBe(1);
    expect(threadsFromEnv({ CCDC_THREADS: "4" })).toBe(4);
    for (const bad of ["0", "-1", "1.5", "two", "257"]) {
      expect(() => threadsFromEnv({ CCDC_THREADS: bad })).toThrow(UserError);
    }
  });

  it("asking for more than one thread while worker threads are off says so on stderr", () => {
    const lines: string[] = [];
    expect(threadsFromEnv({ CCDC_THREADS: "2" }, (l) => lines.push(l))).toBe(2);
    expect(threadsFromEnv({ CCDC_THREADS: "1" }, (l) => lines.push(l))).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ccdc: note: CCDC_THREADS=2 is not used: worker threads are off/);
  });
});
