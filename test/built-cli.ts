/**
 * The built command a user runs, `node packages/cli/bin/ccdc.js`, for tests that spawn it. It
 * runs the bundle in packages/cli/dist, not the TypeScript sources the other tests import, so a
 * test run after editing a source without `pnpm build` would test old code and pass or fail for
 * the wrong reason. `builtCli()` stops such a run with the fix instead (the root `pnpm test`
 * builds first, so it never trips there).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { digestPath, sourceDigest } from "../packages/cli/scripts/source-digest.mjs";

/**
 * The absolute path of `packages/cli/bin/ccdc.js`, after checking that its bundle was built from
 * the sources on disk now; throws with the command to run if not.
 */
export function builtCli(): string {
  if (!existsSync(digestPath)) {
    throw new Error("packages/cli is not built: run `pnpm build` (the root `pnpm test` does)");
  }
  if (readFileSync(digestPath, "utf8").trim() !== sourceDigest()) {
    throw new Error(
      "packages/cli/dist/ccdc.bundle.cjs was built from other sources than those on disk: " +
        "run `pnpm build` first (the root `pnpm test` does), or this test runs old code",
    );
  }
  return fileURLToPath(new URL("../packages/cli/bin/ccdc.js", import.meta.url));
}
