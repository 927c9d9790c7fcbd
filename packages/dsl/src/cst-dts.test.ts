import { readFileSync, writeFileSync } from "node:fs";
import { generateCstDts } from "chevrotain";
import { expect, test } from "vitest";
import { specParser } from "./parser.js";

// cst.d.ts is generated from the grammar and committed. To regenerate after a grammar change:
//   CCDC_UPDATE_CST=1 npx vitest run --project dsl src/cst-dts.test.ts  (or `pnpm test:update`)
const HEADER =
  "// Generated from parser.ts by chevrotain's generateCstDts; do not edit (see cst-dts.test.ts).\n";

test("cst.d.ts is fresh", () => {
  const file = new URL("./cst.d.ts", import.meta.url);
  const generated = HEADER + generateCstDts(specParser.getGAstProductions());
  if (process.env.CCDC_UPDATE_CST) writeFileSync(file, generated);
  expect(readFileSync(file, "utf8")).toBe(generated);
});
