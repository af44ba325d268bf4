/**
 * The geometry under a map figure: land and rivers from content/maps/ for the
 * city maps, Natural Earth countries (world-atlas) for the borderlands, with
 * topojson-client merging modern units into the shapes a figure names.
 */
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { MapGeometry } from '../lib/figures/draw-map.ts';
import type { BaseMap } from '../lib/figures/maps.ts';
import { naturalEarth, readGeoJson } from './load-figures.ts';

type Land = Feature<Polygon | MultiPolygon>;

const nameOf = (geometry: unknown) => (geometry as { properties?: { name?: string } }).properties?.name ?? '';

export function mapGeometry(base: BaseMap): MapGeometry {
  const lines = base.lines ? (readGeoJson<LineString>(base.lines.file).features as MapGeometry['lines']) : [];
  if ('file' in base.land) {
    return { land: readGeoJson<Polygon | MultiPolygon>(base.land.file).features as Land[], lines };
  }
  const topology = naturalEarth(base.land.naturalEarth);
  const countries = topology.objects['countries'] as GeometryCollection<{ name: string }>;
  const land = feature(topology, topology.objects['land'] as GeometryCollection) as unknown as { features: Land[] } | Land;
  return {
    land: 'features' in land ? land.features : [land],
    lines,
    merge: (names) => {
      const wanted = countries.geometries.filter((g) => names.includes(nameOf(g)));
      return { type: 'Feature', properties: {}, geometry: merge(topology, wanted as never) as MultiPolygon };
    },
    border: (inside, among) => {
      const within = (g: unknown) => among.includes(nameOf(g));
      const geometry = mesh(topology, countries, (a, b) => a !== b && within(a) && within(b) && inside.includes(nameOf(a)) !== inside.includes(nameOf(b)));
      return { type: 'Feature', properties: {}, geometry };
    },
  };
}
