/**
 * Map geometry at build time: which places lie inside a map, the projection
 * that fits a map's bounds to its drawing, and GeoJSON as SVG path strings.
 * d3-geo does the projecting and @turf/bbox-clip the clipping; this module
 * only fixes the conventions (longitude/latitude bounds, rounding) the maps share.
 */
import bboxClip from '@turf/bbox-clip';
import { geoConicConformal, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';

/** A map's extent in degrees: west and east longitude, south and north latitude. */
export interface Bounds {
  west: number;
  east: number;
  south: number;
  north: number;
}

export interface LonLat {
  lon: number;
  lat: number;
}

/** Checks a bounds object makes sense; throws naming the value. */
export function checkBounds(bounds: Bounds): Bounds {
  const { west, east, south, north } = bounds;
  if (!(west < east) || !(south < north) || south < -85 || north > 85) {
    throw new Error(`bounds ${describeBounds(bounds)} are not a box (west < east, south < north, within ±85°)`);
  }
  return bounds;
}

export const describeBounds = ({ west, east, south, north }: Bounds) =>
  `${west}–${east}° E, ${south}–${north}° N`;

export const contains = (bounds: Bounds, { lon, lat }: LonLat): boolean =>
  lon >= bounds.west && lon <= bounds.east && lat >= bounds.south && lat <= bounds.north;

/** The drawing a map is fitted to, in SVG user units, and the margin kept clear at its edges. */
export interface Frame {
  width: number;
  height: number;
  margin: number;
}

/**
 * A projection that fits the bounds inside the frame. Small areas (a city,
 * its approaches) use Mercator, which keeps angles and, at this scale,
 * distances; a subcontinent uses a conformal conic with standard parallels
 * at a sixth and five-sixths of its height, as atlases of Russia do.
 */
export function fitProjection(bounds: Bounds, frame: Frame): GeoProjection {
  checkBounds(bounds);
  const span = bounds.north - bounds.south;
  const projection =
    span > 5
      ? geoConicConformal()
          .parallels([bounds.south + span / 6, bounds.north - span / 6])
          .rotate([-(bounds.west + bounds.east) / 2, 0])
      : geoMercator();
  // Corners and edge midpoints as points: a polygon's edges would be great-circle arcs, not parallels.
  const { west, east, south, north } = bounds;
  const midLon = (west + east) / 2;
  const midLat = (south + north) / 2;
  const outline = {
    type: 'MultiPoint' as const,
    coordinates: [
      [west, south], [midLon, south], [east, south], [east, midLat],
      [east, north], [midLon, north], [west, north], [west, midLat],
    ],
  };
  return projection.fitExtent(
    [
      [frame.margin, frame.margin],
      [frame.width - frame.margin, frame.height - frame.margin],
    ],
    outline,
  );
}

/** A point's position on the drawing, rounded to a tenth of a unit. */
export function projectPoint(projection: GeoProjection, { lon, lat }: LonLat): [number, number] {
  const xy = projection([lon, lat]);
  if (!xy) throw new Error(`${lon}, ${lat} cannot be projected`);
  return [round1(xy[0]), round1(xy[1])];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

type Drawable = Feature<Polygon | MultiPolygon | LineString | MultiLineString>;

/** Twice the signed area of a ring in longitude/latitude, positive when it runs counter-clockwise with north up. */
function signedArea(ring: readonly number[][]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0 = 0, y0 = 0] = ring[j] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    sum += (x0 - x1) * (y0 + y1);
  }
  return sum;
}

/**
 * A polygon's rings in d3-geo's winding: outer rings clockwise, holes
 * counter-clockwise. GeoJSON files (RFC 7946) wind the other way, which d3
 * would read as "the whole globe except this island"; small map areas can
 * be judged on the flat longitude/latitude plane.
 */
export function windForD3<G extends Polygon | MultiPolygon | LineString | MultiLineString>(feature: Feature<G>): Feature<G> {
  const fix = (rings: number[][][]) =>
    rings.map((ring, i) => {
      const clockwise = signedArea(ring) < 0;
      return clockwise === (i === 0) ? ring : [...ring].reverse();
    });
  const { geometry } = feature;
  if (geometry.type === 'Polygon') return { ...feature, geometry: { ...geometry, coordinates: fix(geometry.coordinates) } };
  if (geometry.type === 'MultiPolygon') return { ...feature, geometry: { ...geometry, coordinates: geometry.coordinates.map(fix) } };
  return feature;
}

/**
 * Features clipped to the bounds in longitude and latitude first, then
 * projected to one SVG path string with a tenth-of-a-unit precision. Clipping
 * first keeps a continent's outline from flooding the drawing (d3's own
 * clipExtent fills the sea outside a huge polygon) and keeps the SVG small.
 */
export function pathOf(projection: GeoProjection, bounds: Bounds, features: readonly Drawable[]): string {
  const box: [number, number, number, number] = [bounds.west, bounds.south, bounds.east, bounds.north];
  const clipped = features.map((feature) => windForD3(bboxClip(feature, box) as Drawable));
  const path = geoPath(projection).digits(1);
  return clipped.map((feature) => path(feature) ?? '').join('');
}
