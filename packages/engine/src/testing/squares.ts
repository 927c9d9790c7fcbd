/**
 * Synthetic maps for tests: a grid of unit squares in longitude/latitude degrees, one GeoJSON
 * feature per cell, so no real boundary geometry is ever committed. Cell (row r, column c)
 * spans [x0 + c, x0 + c + 1] × [y0 − r − 1, y0 − r]: row 0 is the top row.
 */

export interface SquareCell {
  /** The value of the key property. */
  readonly key: string;
  readonly row: number;
  readonly col: number;
}

/** A GeoJSON FeatureCollection of unit squares, the key under `property` (default "name"). */
export function squaresGeoJson(
  cells: readonly SquareCell[],
  opts: { property?: string; x0?: number; y0?: number } = {},
): { type: "FeatureCollection"; features: object[] } {
  const property = opts.property ?? "name";
  const x0 = opts.x0 ?? 100;
  const y0 = opts.y0 ?? 40;
  return {
    type: "FeatureCollection",
    features: cells.map((cell) => {
      const left = x0 + cell.col;
      const top = y0 - cell.row;
      return {
        type: "Feature",
        properties: { [property]: cell.key },
        geometry: {
          type: "Polygon",
          // Counter-clockwise outer ring (RFC 7946), closed.
          coordinates: [
            [
              [left, top - 1],
              [left + 1, top - 1],
              [left + 1, top],
              [left, top],
              [left, top - 1],
            ],
          ],
        },
      };
    }),
  };
}

/** Cells of an r × c grid keyed by `keys` row by row (keys.length = rows × cols). */
export function gridCells(rows: number, cols: number, keys: readonly string[]): SquareCell[] {
  return keys
    .slice(0, rows * cols)
    .map((key, i) => ({ key, row: Math.floor(i / cols), col: i % cols }));
}
