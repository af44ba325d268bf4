/**
 * The geometry under a map figure: land and rivers from content/maps/ for the
 * city maps, Natural Earth countries (world-atlas) for the borderlands, with
 * topojson-client merging modern units into the shapes a figure names.
 */
import type { Feature, GeometryCollection as GeoJsonGeometryCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { MapGeometry } from '../lib/figures/draw-map.ts';
import type { BaseMap } from '../lib/figures/maps.ts';
import { naturalEarth, readGeoJson } from './load-figures.ts';

type Land = Feature<Polygon | MultiPolygon>;

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
      const wanted = countries.geometries.filter((g) => names.includes((g.properties as { name?: string } | undefined)?.name ?? ''));
      return { type: 'Feature', properties: {}, geometry: merge(topology, wanted as never) as MultiPolygon };
    },
  };
}

export type { GeoJsonGeometryCollection, MultiLineString };
