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
});
