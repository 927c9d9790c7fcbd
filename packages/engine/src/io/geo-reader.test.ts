import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type MapDef, minimalPlan, type Plan } from "@ccdc/plan";
import { describe, expect, test } from "vitest";
import { gridCells, squaresGeoJson } from "../testing/squares.js";
import { readMap, regionMapFromJson } from "./geo-reader.js";

/** minimalPlan's regions (keys "North", "South") plus the given map. */
function planWith(map: Partial<MapDef> = {}): Plan {
  const plan = minimalPlan();
  const def: MapDef = {
    id: "m",
    path: "m.geojson",
    format: "geojson",
    featureKey: "name",
    match: { kind: "key" },
    matchOrigin: "default",
    ...map,
  };
  return { ...plan, maps: [def] };
}
const keys = (p: Plan) => p.regions.map((r) => r.key);

describe("regionMapFromJson (GeoJSON)", () => {
  test("one shape per region in plan order, rings closed, bbox, approval", () => {
    const plan = planWith({ approval: "GS(2019)1822号" });
    const [k0, k1] = keys(plan);
    // Features in the opposite order from the plan's regions.
    const json = squaresGeoJson(gridCells(1, 2, [k1!, k0!]));
    const r = regionMapFromJson(plan, 0, json);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.map.regions.map((s) => [s.region, s.featureKey])).toEqual(
      plan.regions.map((p) => [p.id, p.key]),
    );
    // Region 0 is the second cell: x from 101 to 102, y from 39 to 40.
    expect(r.map.regions[0]!.polygons).toEqual([
      [
        [
          [101, 39],
          [102, 39],
          [102, 40],
          [101, 40],
          [101, 39],
        ],
      ],
    ]);
    expect(r.map.bbox).toEqual([100, 39, 102, 40]);
    expect(r.map.approval).toBe("GS(2019)1822号");
    expect(r.warnings).toEqual([]);
  });

  test("W0601 lists features that match no region; D0605 names each region without one", () => {
    const plan = planWith();
    const [k0] = keys(plan);
    const r = regionMapFromJson(plan, 0, squaresGeoJson(gridCells(1, 3, [k0!, "Atlantis", "Mu"])));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.warnings.map((w) => [w.code, w.message])).toEqual([
      ["W0601", '2 features of m.geojson match no region and are not used: "Atlantis", "Mu"'],
    ]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({
      code: "D0605",
      file: "m.geojson",
      pointer: "/maps/0/match",
    });
    const [, second] = plan.regions;
    expect(r.errors[0]!.message).toBe(
      `region with no feature in m.geojson: ${second!.id} ("${second!.key}")`,
    );
    expect(r.errors[0]!.hint).toContain('features matching no region: "Atlantis", "Mu"');
  });

  test("numbers match as their decimal text; match by id and by label", () => {
    const plan = planWith({ match: { kind: "id" }, featureKey: "code" });
    const ids = plan.regions.map((r) => r.id);
    expect(
      regionMapFromJson(plan, 0, squaresGeoJson(gridCells(1, 2, ids), { property: "code" })).ok,
    ).toBe(true);
    const byLabel = planWith({ match: { kind: "label", lang: "en" } });
    const labels = byLabel.regions.map((r) => r.labels.en!);
    expect(regionMapFromJson(byLabel, 0, squaresGeoJson(gridCells(1, 2, labels))).ok).toBe(true);
    const numeric = planWith();
    const withCodes = {
      ...numeric,
      regions: numeric.regions.map((r, i) => ({ ...r, key: String(110000 + i) })),
    };
    const json = squaresGeoJson(gridCells(1, 2, ["x", "y"]));
    json.features.forEach((f, i) => {
      (f as { properties: Record<string, unknown> }).properties.name = 110000 + i;
    });
    expect(regionMapFromJson(withCodes, 0, json).ok).toBe(true);
  });

  test("D0606: two features with one key; D0603: no key property, or a point geometry", () => {
    const plan = planWith();
    const [k0, k1] = keys(plan);
    const dup = regionMapFromJson(plan, 0, squaresGeoJson(gridCells(1, 3, [k0!, k1!, k0!])));
    expect(!dup.ok && dup.errors.map((e) => e.code)).toEqual(["D0606"]);
    const noKey = squaresGeoJson(gridCells(1, 2, [k0!, k1!]));
    (noKey.features[1] as { properties: object }).properties = { other: 1 };
    const r = regionMapFromJson(plan, 0, noKey);
    expect(!r.ok && r.errors.map((e) => [e.code, e.hint])).toEqual([
      ["D0603", "its properties are: other"],
      ["D0605", expect.any(String)],
    ]);
    const point = squaresGeoJson(gridCells(1, 2, [k0!, k1!]));
    (point.features[0] as { geometry: object }).geometry = { type: "Point", coordinates: [1, 2] };
    const p = regionMapFromJson(plan, 0, point);
    expect(!p.ok && p.errors.map((e) => e.code)).toEqual(["D0603"]);
  });

  test("D0604: a coordinate out of range names the feature and the region", () => {
    const plan = planWith();
    const [k0, k1] = keys(plan);
    const projected = squaresGeoJson(gridCells(1, 2, [k0!, k1!]), { x0: 500000 });
    const r = regionMapFromJson(plan, 0, projected);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code)).toEqual(["D0604", "D0604"]);
    expect(r.errors[0]!.message).toContain(`feature 0 ("${k0}", region ${plan.regions[0]!.id})`);
  });

  test("D0602: not a FeatureCollection (a TopoJSON file declared as GeoJSON)", () => {
    const r = regionMapFromJson(planWith(), 0, { type: "Topology", objects: {} });
    expect(!r.ok && r.errors.map((e) => [e.code, e.hint])).toEqual([
      ["D0602", "the file is TopoJSON: write `format topojson`"],
    ]);
  });
});

describe("regionMapFromJson (TopoJSON)", () => {
  // Two unit squares sharing the edge x = 1; arcs in absolute coordinates (no transform).
  // arc 0: (1,0)→(1,1), the shared edge; arc 1: (1,1)→(0,1)→(0,0)→(1,0); arc 2: (1,0)→(2,0)→(2,1)→(1,1).
  // Left square = arcs [0, 1]; right square = arcs [2, ~0] (~0 = -1: arc 0 reversed).
  const topology = (k0: string, k1: string) => ({
    type: "Topology",
    objects: {
      regions: {
        type: "GeometryCollection",
        geometries: [
          { type: "Polygon", arcs: [[0, 1]], properties: { name: k0 } },
          { type: "Polygon", arcs: [[2, -1]], properties: { name: k1 } },
        ],
      },
    },
    arcs: [
      [
        [1, 0],
        [1, 1],
      ],
      [
        [1, 1],
        [0, 1],
        [0, 0],
        [1, 0],
      ],
      [
        [1, 0],
        [2, 0],
        [2, 1],
        [1, 1],
      ],
    ],
  });

  test("decodes the arcs into closed rings", () => {
    const plan = planWith({ format: "topojson", path: "m.topojson" });
    const [k0, k1] = keys(plan);
    const r = regionMapFromJson(plan, 0, topology(k0!, k1!));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.map.regions[0]!.polygons).toEqual([
      [
        [
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
          [1, 0],
        ],
      ],
    ]);
    expect(r.map.regions[1]!.polygons[0]![0]).toEqual([
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 0],
    ]);
  });

  test("D0602: several objects and none named, or a named object that is absent", () => {
    const [k0, k1] = keys(planWith());
    const t = topology(k0!, k1!);
    const two = {
      ...t,
      objects: { ...t.objects, rivers: { type: "GeometryCollection", geometries: [] } },
    };
    const r = regionMapFromJson(planWith({ format: "topojson" }), 0, two);
    expect(!r.ok && r.errors.map((e) => [e.code, e.message, e.hint])).toEqual([
      [
        "D0602",
        "m.geojson has 2 objects; the map must name one",
        'add `object "…"` with one of: "regions", "rivers"',
      ],
    ]);
    const named = regionMapFromJson(planWith({ format: "topojson", object: "regions" }), 0, two);
    expect(named.ok).toBe(true);
    const absent = regionMapFromJson(planWith({ format: "topojson", object: "lakes" }), 0, two);
    expect(!absent.ok && absent.errors[0]!.message).toBe('m.geojson has no object "lakes"');
  });
});

describe("readMap", () => {
  test("reads the file relative to baseDir; D0601 for an absent file or bad JSON", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ccdc-map-"));
    const plan = planWith();
    const [k0, k1] = keys(plan);
    writeFileSync(
      join(dir, "m.geojson"),
      JSON.stringify(squaresGeoJson(gridCells(1, 2, [k0!, k1!]))),
    );
    const ok = await readMap(plan, 0, dir);
    expect(ok.ok).toBe(true);
    const absent = await readMap(planWith({ path: "nope.geojson" }), 0, dir);
    expect(!absent.ok && absent.errors.map((e) => [e.code, e.message])).toEqual([
      ["D0601", "cannot read the map nope.geojson: no such file"],
    ]);
    writeFileSync(join(dir, "bad.geojson"), "{ not json");
    const bad = await readMap(planWith({ path: "bad.geojson" }), 0, dir);
    expect(!bad.ok && bad.errors[0]!.code).toBe("D0601");
  });
});
