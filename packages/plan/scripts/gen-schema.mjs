// Regenerates schema/plan.schema.json from the TypeBox source (run after `tsc -b`).
import { writeFileSync } from "node:fs";
import { PlanSchema, stableStringify } from "../dist/index.js";

writeFileSync(new URL("../schema/plan.schema.json", import.meta.url), stableStringify(PlanSchema));
