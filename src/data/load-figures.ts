/**
 * Loads what the maps and charts draw: the places, datasets and figure files
 * from content/, the base-map geometry (content/maps/, made once by
 * scripts/maps/prepare-coast.sh) and Natural Earth from the world-atlas
 * package. No checks here (lib/figures/check-figures.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getCollection } from 'astro:content';
import type { FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { DatasetFile, FigureFile } from '../lib/figures/check-figures.ts';
import type { Place } from '../lib/figures/places.ts';

export interface LoadedFigures {
  figures: FigureFile[];
  places: Map<string, Place>;
  datasets: Map<string, DatasetFile>;
}

const filePathOf = (entry: { filePath?: string | undefined; id: string }, folder: string) =>
  entry.filePath ?? `content/${folder}/${entry.id}.json`;

export async function loadFigures(): Promise<LoadedFigures> {
  const places = new Map<string, Place>();
  for (const entry of await getCollection('places')) {
    places.set(entry.id, { id: entry.id, filePath: filePathOf(entry, 'places'), ...entry.data });
  }
  const datasets = new Map<string, DatasetFile>();
  for (const entry of await getCollection('datasets')) {
    datasets.set(entry.id, { id: entry.id, filePath: filePathOf(entry, 'datasets'), data: entry.data });
  }
  const figures = (await getCollection('figures')).map((entry) => ({ id: entry.id, filePath: filePathOf(entry, 'figures'), data: entry.data }));
  return { figures, places, datasets };
}

/** A GeoJSON file of content/maps/, read once. */
const geojsonCache = new Map<string, FeatureCollection>();
export function readGeoJson<G extends Polygon | MultiPolygon | LineString>(file: string): FeatureCollection<G> {
  let found = geojsonCache.get(file);
  if (!found) {
    found = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
    if (found.type !== 'FeatureCollection') throw new Error(`${file}: expected a GeoJSON FeatureCollection`);
    geojsonCache.set(file, found);
  }
  return found as FeatureCollection<G>;
}

/** Natural Earth's countries as TopoJSON (world-atlas, ISC; the data is public domain). */
export function naturalEarth(scale: '50m' | '110m'): Topology {
  const require = createRequire(import.meta.url);
  return require(`world-atlas/countries-${scale}.json`) as Topology;
}

/** The country names Natural Earth uses, for checking the units a map names. */
export function naturalEarthNames(scale: '50m' | '110m'): Set<string> {
  const countries = naturalEarth(scale).objects['countries'];
  if (!countries || countries.type !== 'GeometryCollection') throw new Error(`world-atlas countries-${scale}.json: no "countries" collection`);
  return new Set(countries.geometries.map((g) => String((g.properties as { name?: string } | undefined)?.name)));
}
