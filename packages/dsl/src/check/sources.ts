/**
 * Pass `sources`: every source has a name, a path, a format (written, or inferred from a
 * `.csv`/`.xlsx` extension), a sheet only if it is xlsx, and a layout with the columns its shape
 * needs. Records each source's format in the side tables.
 *
 * Codes: E0210 (no name), E0211 (no path), E0212 (unknown format), E0213 (format not
 * inferable), E0214 (sheet on csv), E0215 (no layout), E0216 (unknown layout shape),
 * E0217 (layout lacks a column), E0218 (column role twice), W0905 (unknown column role).
 */
import type { LayoutDecl, SourceDecl } from "../ast.js";
import type { Range } from "../diagnostic.js";
import {
  cannotInferFormat,
  duplicateLayoutRole,
  missingLayoutColumn,
  noLayout,
  sheetNotXlsx,
  sourceNoName,
  sourceNoPath,
  unknownFormat,
  unknownLayout,
  unknownLayoutRole,
} from "../messages.js";
import type { CheckContext } from "./context.js";

export const LAYOUT_ROLES = {
  long: ["region", "year", "variable", "value"],
  wide: ["region", "year"],
} as const;

export function checkSources(ctx: CheckContext): void {
  for (const item of ctx.ast.items) {
    if (item.kind !== "source") continue;
    if (!item.name) ctx.report(sourceNoName(item.range));
    const at = item.name?.range ?? item.range;
    if (!item.path) ctx.report(sourceNoPath(at));
    const format = checkFormat(ctx, item);
    if (format) ctx.tables.format.set(item, format);
    if (item.sheet && format === "csv") ctx.report(sheetNotXlsx(item.sheet.range));
    if (item.layout) checkLayout(ctx, item.layout);
    else ctx.report(noLayout(at));
  }
}

function checkFormat(ctx: CheckContext, source: SourceDecl): "csv" | "xlsx" | undefined {
  if (source.format) {
    const f = source.format.name;
    if (f === "csv" || f === "xlsx") return f;
    ctx.report(unknownFormat(source.format));
    return undefined;
  }
  if (!source.path) return undefined;
  const ext = /\.([A-Za-z0-9]+)$/.exec(source.path.value)?.[1]?.toLowerCase();
  if (ext === "csv" || ext === "xlsx") return ext;
  ctx.report(cannotInferFormat(source.path));
  return undefined;
}

function checkLayout(ctx: CheckContext, layout: LayoutDecl): void {
  const shape = layout.shape.name;
  if (shape !== "long" && shape !== "wide") {
    ctx.report(unknownLayout(layout.shape));
    return;
  }
  const roles: readonly string[] = LAYOUT_ROLES[shape];
  const seen = new Map<string, Range>();
  for (const { role } of layout.columns) {
    const first = seen.get(role.name);
    if (first !== undefined) ctx.report(duplicateLayoutRole(role, first));
    else seen.set(role.name, role.range);
    if (!roles.includes(role.name)) ctx.report(unknownLayoutRole(role, shape, roles));
  }
  for (const role of roles) {
    if (!seen.has(role)) ctx.report(missingLayoutColumn(layout.shape.range, shape, role));
  }
}
