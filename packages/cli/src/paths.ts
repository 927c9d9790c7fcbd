/**
 * Paths inside a plan are relative to a base directory: `sources[].path` to the directory the
 * engine resolves data from, `sourceMap[].file` to the directory the spec path is relative to.
 * When a plan is written somewhere else, both are rewritten so they stay valid relative to the
 * plan file's folder. Absolute paths are kept; separators are always "/".
 */
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { Plan, SpecRange } from "@ccdc/plan";

export const toPosix = (p: string): string => (sep === "/" ? p : p.split(sep).join("/"));

/** `path` (relative to `fromDir`, or absolute) rewritten relative to `toDir`. */
export function rebasePath(path: string, fromDir: string, toDir: string): string {
  if (isAbsolute(path)) return path;
  const rel = relative(toDir, resolve(fromDir, path));
  return toPosix(rel === "" ? "." : rel);
}

export interface PlanBases {
  /** What `sources[].path` is relative to. */
  readonly sources: string;
  /** What `sourceMap[].file` is relative to. */
  readonly sourceMap: string;
}

export function rebaseSourceMap(
  sourceMap: Readonly<Record<string, SpecRange>>,
  fromDir: string,
  toDir: string,
): Record<string, SpecRange> {
  const out: Record<string, SpecRange> = {};
  for (const [pointer, range] of Object.entries(sourceMap)) {
    out[pointer] = { ...range, file: rebasePath(range.file, fromDir, toDir) };
  }
  return out;
}

/** The plan with every path relative to `toDir` (the folder the plan file will sit in). */
export function rebasePlan(plan: Plan, from: PlanBases, toDir: string): Plan {
  const specFiles =
    plan.specFiles &&
    Object.fromEntries(
      Object.entries(plan.specFiles).map(([f, h]) => [rebasePath(f, from.sourceMap, toDir), h]),
    );
  return {
    ...plan,
    sources: plan.sources.map((s) => ({ ...s, path: rebasePath(s.path, from.sources, toDir) })),
    ...rebaseSpatialPaths(plan, (p) => rebasePath(p, from.sources, toDir)),
    sourceMap: rebaseSourceMap(plan.sourceMap, from.sourceMap, toDir),
    ...(specFiles ? { specFiles } : {}),
  };
}

/** The map, neighbour and coordinate files of the spatial parts, rebased like sources. */
function rebaseSpatialPaths(
  plan: Plan,
  rebase: (path: string) => string,
): Pick<Plan, "maps" | "spatialWeights"> {
  const out: { maps?: Plan["maps"]; spatialWeights?: Plan["spatialWeights"] } = {};
  if (plan.maps) out.maps = plan.maps.map((m) => ({ ...m, path: rebase(m.path) }));
  if (plan.spatialWeights)
    out.spatialWeights = plan.spatialWeights.map((w) => {
      const c = w.construction;
      if (c.kind === "neighbours") return { ...w, construction: { ...c, path: rebase(c.path) } };
      if (c.kind === "knn" || c.kind === "distance_band" || c.kind === "inverse_distance")
        return {
          ...w,
          construction: {
            ...c,
            coordinates: { ...c.coordinates, path: rebase(c.coordinates.path) },
          },
        };
      return w;
    });
  return out;
}

/** How to show a path to the user: relative to the working directory, or absolute if shorter. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  if (rel === "") return ".";
  if (isAbsolute(rel)) return toPosix(rel);
  return rel.startsWith("..") && absolute.length < rel.length ? toPosix(absolute) : toPosix(rel);
}
