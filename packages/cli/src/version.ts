import { readFileSync } from "node:fs";
import { cliPackageUrl } from "./package-dir.js";

/** The version in packages/cli/package.json (one level above both src/ and dist/). */
export function ccdcVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("package.json", cliPackageUrl), "utf8")) as {
    version?: unknown;
  };
  return typeof pkg.version === "string" ? pkg.version : "0.0.0";
}
