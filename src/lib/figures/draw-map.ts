/**
 * Lays out a map figure: the base map's land, rivers and labels, the Empire's
 * outline and the regions, hand-placed lines, a route, and the numbered
 * markers, all projected to SVG coordinates. Pure: the caller passes the
 * geometry in, and a component turns the result into SVG.
 */
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeoProjection } from 'd3-geo';
import { pathOf, projectPoint, fitProjection, type Bounds, type Frame, type LonLat } from './geo.ts';
import type { MapFigureData } from './figure-schema.ts';
import type { BaseMap } from './maps.ts';
import type { Place } from './places.ts';

export interface MapGeometry {
  /** Land polygons, already in the map's area or larger. */
  land: readonly Feature<Polygon | MultiPolygon>[];
  /** Hand-drawn rivers and canals, with their names. */
  lines: readonly Feature<LineString | MultiLineString, { name?: string; schematic?: boolean; kind?: string }>[];
  /** Natural Earth units by name, for an outline and regions. */
  units?: ReadonlyMap<string, Feature<Polygon | MultiPolygon>>;
  /** Merges units into one shape (topojson's merge). */
  merge?: (names: readonly string[]) => Feature<Polygon | MultiPolygon>;
  /** The borders between the `inside` units and the other units of `among` (topojson's mesh). */
  border?: (inside: readonly string[], among: readonly string[]) => Feature<MultiLineString>;
}

export interface DrawnMarker {
  number: number;
  /** Where the marker is drawn: on its place, or nudged clear of an earlier marker. */
  x: number;
  y: number;
  /** Where its place really is, when the marker had to be moved off it. */
  at: [number, number] | undefined;
  place: Place;
  /** The place's name beside the marker, on maps with few markers. */
  name: string | undefined;
  /** Whether the name goes to the marker's left, near the drawing's right edge. */
  nameLeft: boolean;
}

/** A place's name without its gloss or detail, for a map label: "Kiev (Kyiv): Pedagogical Museum" → "Kiev". */
export const shortName = (name: string) => name.replace(/\s*[(:].*$/, '');

/** A marker's radius in SVG units; markers closer than two radii are nudged apart. */
export const MARKER_RADIUS = 9;

/**
 * Moves each marker that would cover an earlier one to the nearest free spot
 * on rings around its place (eight directions, then further out), so that
 * every number stays readable; a leader line then joins it to its place.
 */
export function spreadMarkers(points: readonly [number, number][], radius = MARKER_RADIUS): { x: number; y: number; moved: boolean }[] {
  const placed: [number, number][] = [];
  const clear = (x: number, y: number) => placed.every(([px, py]) => Math.hypot(px - x, py - y) >= 2 * radius + 1);
  return points.map(([x, y]) => {
    let spot: [number, number] = [x, y];
    search: for (let ring = 1; !clear(...spot) && ring < 8; ring++) {
      for (let k = 0; k < 8; k++) {
        const angle = (k * Math.PI) / 4 - Math.PI / 2;
        const candidate: [number, number] = [
          Math.round((x + Math.cos(angle) * ring * 2.2 * radius) * 10) / 10,
          Math.round((y + Math.sin(angle) * ring * 2.2 * radius) * 10) / 10,
        ];
        if (clear(...candidate)) {
          spot = candidate;
          break search;
        }
      }
    }
    placed.push(spot);
    return { x: spot[0], y: spot[1], moved: spot[0] !== x || spot[1] !== y };
  });
}

export interface DrawnMap {
  width: number;
  height: number;
  land: string;
  outline: string;
  regions: { name: string; d: string }[];
  waterLines: { name: string; d: string; schematic: boolean; wide: boolean }[];
  handLines: { name: string; d: string; precision: string }[];
  route: { name: string; d: string } | undefined;
  labels: { text: string; x: number; y: number; kind: 'water' | 'land' }[];
  markers: DrawnMarker[];
}

/** The longitudes and latitudes the frame shows, from its corners and edge midpoints, widened by `bleed` degrees. */
export function visibleBounds(projection: GeoProjection, frame: Frame, bleed: number): Bounds {
  const { width: w, height: h } = frame;
  const points = [[0, 0], [w / 2, 0], [w, 0], [w, h / 2], [w, h], [w / 2, h], [0, h], [0, h / 2]]
    .map(([x = 0, y = 0]) => projection.invert?.([x, y]))
    .filter((p): p is [number, number] => p !== null && p !== undefined);
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return {
    west: Math.min(...lons) - bleed,
    east: Math.max(...lons) + bleed,
    south: Math.max(-85, Math.min(...lats) - bleed),
    north: Math.min(85, Math.max(...lats) + bleed),
  };
}

/** Projects a figure onto its base map. Places must exist (checked before rendering); throws naming the id otherwise. */
export function drawMap(base: BaseMap, figure: MapFigureData, places: ReadonlyMap<string, Place>, geometry: MapGeometry): DrawnMap {
  const { frame } = base;
  const projection = fitProjection(base.bounds, frame);
  // Shapes are clipped a little beyond the whole drawing (wider than the bounds where the
  // frame's shape is), so that they run off its edges instead of stopping short.
  const bounds = visibleBounds(projection, frame, base.bleed);
  const place = (id: string) => {
    const found = places.get(id);
    if (!found) throw new Error(`no place "${id}" in content/places/`);
    return found;
  };
  const line = (points: readonly LonLat[]) =>
    points.map((p, i) => `${i ? 'L' : 'M'}${projectPoint(projection, p).join(',')}`).join('');
  const borderLine = (border: { name: string; units: string[]; against: string[]; precision: string }) => {
    if (!geometry.border) throw new Error('this base map has no Natural Earth units to draw borders from');
    const d = pathOf(projection, bounds, [geometry.border(border.units, [...border.units, ...border.against])]);
    return { name: border.name, d, precision: border.precision };
  };
  const merged = (names: readonly string[]) => {
    if (!geometry.merge) throw new Error('this base map has no Natural Earth units to merge');
    return pathOf(projection, bounds, [geometry.merge(names)]);
  };
  const markers = (): DrawnMarker[] => {
    const places = figure.markers.map((marker) => place(marker.place));
    const at = places.map((p) => projectPoint(projection, p));
    return spreadMarkers(at).map((spot, i) => ({
      number: i + 1,
      x: spot.x,
      y: spot.y,
      at: spot.moved ? at[i] : undefined,
      place: places[i] as Place,
      name: base.named ? shortName(places[i]?.name ?? '') : undefined,
      nameLeft: spot.x > frame.width - 130,
    }));
  };
  return {
    width: frame.width,
    height: frame.height,
    land: pathOf(projection, bounds, geometry.land),
    outline: figure.outline ? merged(figure.outline.units) : '',
    regions: figure.regions.map((region) => ({ name: region.name, d: merged(region.units) })),
    waterLines: geometry.lines.map((feature) => ({
      name: feature.properties.name ?? '',
      d: pathOf(projection, bounds, [feature]),
      schematic: feature.properties.schematic === true,
      wide: feature.properties.kind === 'river-wide',
    })),
    handLines: [
      ...(figure.border ? [borderLine(figure.border)] : []),
      ...figure.lines.map((l) => ({ name: l.name, d: line(l.coordinates.map(([lon, lat]) => ({ lon, lat }))), precision: l.precision })),
    ],
    route: figure.route && { name: figure.route.name, d: line(figure.route.places.map(place)) },
    labels: base.labels.map(({ text, kind, ...at }) => {
      const [x, y] = projectPoint(projection, at);
      return { text, kind, x, y };
    }),
    markers: markers(),
  };
}
