import { readFileSync } from "node:fs";

/** The version in packages/cli/package.json (one level above both src/ and dist/). */
export function ccdcVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version?: unknown;
  };
  return typeof pkg.version === "string" ? pkg.version : "0.0.0";
}
