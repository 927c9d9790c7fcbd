import type { Plan } from "@ccdc/plan";
import { describe, expect, it } from "vitest";
import { PARALLEL_MIN_VALUES, runThreads } from "./run.js";

/** A plan of `regions` × 20 years × 40 variables (runThreads reads only these counts). */
const planOf = (regions: number): Plan =>
  ({
    regions: { length: regions },
    study: { years: { length: 20 } },
    sources: [{ variables: { length: 40 } }],
  }) as unknown as Plan;

describe("runThreads: workers only for a large study, on cores that are free", () => {
  const large = planOf(30_000); // 24 M values
  const small = planOf(3_000); // 2.4 M values

  it("a study under PARALLEL_MIN_VALUES runs on one thread, whatever is asked or free", () => {
    expect(3_000 * 20 * 40).toBeLessThan(PARALLEL_MIN_VALUES);
    expect(runThreads(small, undefined, { cores: 8, load: 0 })).toBe(1);
    expect(runThreads(small, 4, { cores: 8, load: 0 })).toBe(1);
  });

  it("CCDC_THREADS is taken as given for a large study", () => {
    expect(runThreads(large, 1, { cores: 2, load: 0 })).toBe(1);
    expect(runThreads(large, 3, { cores: 2, load: 9 })).toBe(3);
  });

  it("by default the free cores: cores less the load average, rounded, 1 to 8", () => {
    expect(runThreads(large, undefined, { cores: 2, load: 0.2 })).toBe(2);
    expect(runThreads(large, undefined, { cores: 2, load: 1.2 })).toBe(1);
    expect(runThreads(large, undefined, { cores: 2, load: 9.5 })).toBe(1);
    expect(runThreads(large, undefined, { cores: 16, load: 2 })).toBe(8);
    expect(runThreads(large, undefined, { cores: 4, load: 1.4 })).toBe(3);
  });
});
