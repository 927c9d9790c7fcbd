import { readFileSync } from "node:fs";
import { stableStringify } from "@ccdc/plan";
import { expect, it } from "vitest";
import { ResultSchema } from "./result-schema.js";

it("schema/result.schema.json is fresh (regenerate with `pnpm --filter @ccdc/engine gen`)", () => {
  const published = readFileSync(new URL("../schema/result.schema.json", import.meta.url), "utf8");
  expect(published).toBe(stableStringify(ResultSchema));
});
