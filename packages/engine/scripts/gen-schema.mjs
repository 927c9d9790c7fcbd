// Regenerates schema/result.schema.json from the TypeBox source (run after `tsc -b`).
import { writeFileSync } from "node:fs";
import { stableStringify } from "@ccdc/plan";
import { ResultSchema } from "../dist/index.js";

writeFileSync(
  new URL("../schema/result.schema.json", import.meta.url),
  stableStringify(ResultSchema),
);
