import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { stableStringify } from "./json.js";
import { PlanSchema } from "./schema.js";

it("schema/plan.schema.json is fresh (regenerate with `pnpm --filter @ccdc/plan gen`)", () => {
  const published = readFileSync(new URL("../schema/plan.schema.json", import.meta.url), "utf8");
  expect(published).toBe(stableStringify(PlanSchema));
});
