/**
 * Ring orientation for drawing. GeoJSON (RFC 7946) winds outer rings counter-clockwise; d3-geo,
 * which Vega's geoshape uses, reads a polygon as the area to the *right* of its ring on the
 * sphere, so a counter-clockwise square is drawn as the whole globe minus the square. Outer
 * rings are therefore made clockwise and holes counter-clockwise before drawing.
 */
import type { Polygon, Ring } from "@ccdc/engine";

/** Twice the signed planar area of a closed ring (shoelace formula): > 0 counter-clockwise. */
export function signedArea2(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (a && b) sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

const clockwise = (ring: Ring): Ring => (signedArea2(ring) > 0 ? [...ring].reverse() : ring);
const counterClockwise = (ring: Ring): Ring => (signedArea2(ring) < 0 ? [...ring].reverse() : ring);

/** The polygon with its outer ring clockwise and its holes counter-clockwise (d3-geo's order). */
export function d3Winding(polygon: Polygon): Polygon {
  return polygon.map((ring, i) => (i === 0 ? clockwise(ring) : counterClockwise(ring)));
}
