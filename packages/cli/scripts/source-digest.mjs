// The SHA-256 of the TypeScript sources that go into the CLI bundle (every non-test .ts file under
// packages/{plan,dsl,engine,cli}/src, by path and content, in sorted order). bundle.mjs writes it
// beside the bundle; tests that spawn bin/ccdc.js (test/built-cli.ts) compare it with the sources
// they see, so that a test run after an edit without `pnpm build` stops instead of testing old
// code. Content, not modification times: turbo leaves a cached build's files untouched when only
// a file's time changed.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const packages = fileURLToPath(new URL("../..", import.meta.url));
const BUNDLED = ["plan", "dsl", "engine", "cli"];

/** Every non-test .ts file under `dir`, recursively. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** The digest of the bundled packages' sources as they are now on disk (hex SHA-256). */
export function sourceDigest() {
  const files = BUNDLED.flatMap((name) => sources(join(packages, name, "src")))
    .map((path) => relative(packages, path).split("\\").join("/"))
    .sort();
  const hash = createHash("sha256");
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(packages, file)))
      .update("\0");
  return hash.digest("hex");
}

/** Where bundle.mjs writes the digest of the sources it bundled. */
export const digestPath = fileURLToPath(new URL("../dist/ccdc.bundle.sources", import.meta.url));
