import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { isSafeRelativePath, listedFiles, renderManifest } from "./manifest.js";

const sha = (s: string) => createHash("sha256").update(s).digest("hex");

test("the manifest: marker, inputs and files with sha256, sorted, without timestamps", () => {
  const m = {
    ccdcVersion: "0.1.0",
    nodeVersion: "v20.0.0",
    input: { kind: "spec" as const, path: "../specs/a.ccd", sha256: sha("study a {}") },
    data: [{ source: "panel", path: "../data/d.csv", sha256: sha("x,y\n") }],
    files: [
      { path: "report.txt", bytes: 1, sha256: sha("r") },
      { path: "coupling.csv", bytes: 1, sha256: sha("c") },
    ],
  };
  const text = renderManifest(m);
  expect(renderManifest(m)).toBe(text);
  const json = JSON.parse(text);
  expect(json.generator).toBe("ccdc output directory");
  expect(json.manifestVersion).toBe(2);
  expect(json.files.map((f: { path: string }) => f.path)).toEqual(["coupling.csv", "report.txt"]);
  expect(json.data[0]).toEqual({ source: "panel", path: "../data/d.csv", sha256: sha("x,y\n") });
  expect(json.input.kind).toBe("spec");
  expect(text).not.toMatch(/time|date/i);
  const listed = listedFiles(text);
  expect(listed.ok && [...listed.files.keys()]).toEqual(["coupling.csv", "report.txt"]);
});

describe("listedFiles", () => {
  test("refuses a manifest without the marker, or listing a path outside", () => {
    expect(listedFiles('{"files":[]}')).toMatchObject({ ok: false });
    expect(
      listedFiles('{"generator":"ccdc output directory","files":[{"path":"../x"}]}'),
    ).toMatchObject({ ok: false });
    expect(listedFiles("[")).toMatchObject({ ok: false });
  });

  test("refuses a manifest listing a file without its size and sha256", () => {
    const m = (f: unknown) =>
      listedFiles(JSON.stringify({ generator: "ccdc output directory", files: [f] }));
    expect(m({ path: "a.csv", bytes: 1 })).toEqual({
      ok: false,
      why: "its manifest.json lists a.csv without its size and sha256",
    });
    expect(m({ path: "a.csv", bytes: -1, sha256: "0".repeat(64) })).toMatchObject({ ok: false });
    expect(m({ path: "a.csv", bytes: 1, sha256: "0".repeat(64) })).toMatchObject({ ok: true });
  });

  test("safe relative paths", () => {
    expect(isSafeRelativePath("figures/a.svg")).toBe(true);
    for (const p of ["", "/a", "a/../b", "a//b", ".", "manifest.json", "a\\b", "a\nb"])
      expect(isSafeRelativePath(p), p).toBe(false);
  });
});
