/**
 * Lays out a map figure: the base map's land, rivers and labels, the Empire's
 * outline and the regions, hand-placed lines, a route, and the numbered
 * markers, all projected to SVG coordinates. Pure: the caller passes the
 * geometry in, and a component turns the result into SVG.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { pathOf, projectPoint, fitProjection, type LonLat } from './geo.ts';
import type { MapFigureData } from './figure-schema.ts';
import type { BaseMap } from './maps.ts';
import type { Place } from './places.ts';

export interface MapGeometry {
  /** Land polygons, already in the map's area or larger. */
  land: readonly Feature<Polygon | MultiPolygon>[];
  /** Hand-drawn rivers and canals, with their names. */
  lines: readonly Feature<LineString | MultiLineString, { name?: string; schematic?: boolean }>[];
  /** Natural Earth units by name, for an outline and regions. */
  units?: ReadonlyMap<string, Feature<Polygon | MultiPolygon>>;
  /** Merges units into one shape (topojson's merge). */
  merge?: (names: readonly string[]) => Feature<Polygon | MultiPolygon>;
}

export interface DrawnMarker {
  number: number;
  x: number;
  y: number;
  place: Place;
}

export interface DrawnMap {
  width: number;
  height: number;
  land: string;
  outline: string;
  regions: { name: string; d: string }[];
  waterLines: { name: string; d: string; schematic: boolean }[];
  handLines: { name: string; d: string; precision: string }[];
  route: { name: string; d: string } | undefined;
  labels: { text: string; x: number; y: number; kind: 'water' | 'land' }[];
  markers: DrawnMarker[];
}

const asCollection = <G extends Polygon | MultiPolygon | LineString | MultiLineString>(features: readonly Feature<G>[]) =>
  features as Feature<G>[];

/** Projects a figure onto its base map. Places must exist (checked before rendering); throws naming the id otherwise. */
export function drawMap(base: BaseMap, figure: MapFigureData, places: ReadonlyMap<string, Place>, geometry: MapGeometry): DrawnMap {
  const { bounds, frame } = base;
  const projection = fitProjection(bounds, frame);
  const place = (id: string) => {
    const found = places.get(id);
    if (!found) throw new Error(`no place "${id}" in content/places/`);
    return found;
  };
  const line = (points: readonly LonLat[]) =>
    points.map((p, i) => `${i ? 'L' : 'M'}${projectPoint(projection, p).join(',')}`).join('');
  const merged = (names: readonly string[]) => {
    if (!geometry.merge) throw new Error('this base map has no Natural Earth units to merge');
    return pathOf(projection, bounds, [geometry.merge(names)]);
  };
  return {
    width: frame.width,
    height: frame.height,
    land: pathOf(projection, bounds, asCollection(geometry.land)),
    outline: figure.outline ? merged(figure.outline.units) : '',
    regions: figure.regions.map((region) => ({ name: region.name, d: merged(region.units) })),
    waterLines: geometry.lines.map((feature) => ({
      name: feature.properties.name ?? '',
      d: pathOf(projection, bounds, [feature]),
      schematic: feature.properties.schematic === true,
    })),
    handLines: figure.lines.map((l) => ({
      name: l.name,
      d: line(l.coordinates.map(([lon, lat]) => ({ lon, lat }))),
      precision: l.precision,
    })),
    route: figure.route && { name: figure.route.name, d: line(figure.route.places.map(place)) },
    labels: base.labels.map(({ text, kind, ...at }) => {
      const [x, y] = projectPoint(projection, at);
      return { text, kind, x, y };
    }),
    markers: figure.markers.map((marker, i) => {
      const p = place(marker.place);
      const [x, y] = projectPoint(projection, p);
      return { number: i + 1, x, y, place: p };
    }),
  };
}

export type { FeatureCollection };
