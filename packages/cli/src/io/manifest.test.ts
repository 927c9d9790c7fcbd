import { createHash } from "node:crypto";
import { expect, test } from "vitest";
import { renderManifest } from "./manifest.js";

test("the manifest lists inputs and files with sha256, sorted, without timestamps", () => {
  const m = {
    ccdcVersion: "0.1.0",
    nodeVersion: "v20.0.0",
    input: { kind: "spec" as const, path: "../specs/a.ccd", content: "study a {}" },
    data: [{ source: "panel", path: "../data/d.csv", content: Buffer.from("x,y\n") }],
    files: new Map([
      ["report.txt", "r"],
      ["coupling.csv", "c"],
    ]),
  };
  const text = renderManifest(m);
  expect(renderManifest(m)).toBe(text);
  const json = JSON.parse(text);
  // sha256("r") computed independently with node:crypto
  const r = createHash("sha256").update("r").digest("hex");
  expect(json.files).toEqual([
    { path: "coupling.csv", bytes: 1, sha256: createHash("sha256").update("c").digest("hex") },
    { path: "report.txt", bytes: 1, sha256: r },
  ]);
  // the well-known sha256 of "x,y\n" computed the same way
  expect(json.data[0]).toEqual({
    source: "panel",
    path: "../data/d.csv",
    sha256: createHash("sha256").update("x,y\n").digest("hex"),
  });
  expect(json.input.kind).toBe("spec");
  expect(json.ccdc).toBe("0.1.0");
  expect(text).not.toMatch(/time|date/i);
});
