/**
 * The site's base maps: each one's extent, drawing size and what is drawn
 * under the markers. A figure names one of these (content/figures/*.json),
 * and every place it marks must lie inside the extent.
 */
import type { Bounds, Frame } from './geo.ts';

export interface BaseMap {
  /** What the map shows, for its accessible title: "central Petrograd". */
  area: string;
  /** What the drawing shows: the projection fits these bounds to the frame. */
  bounds: Bounds;
  /** Degrees added around the bounds when clipping, so that shapes run off the drawing's edges instead of stopping short. */
  bleed: number;
  frame: Frame;
  /** Whether markers carry their place's name beside the number (maps with few markers). */
  named: boolean;
  /**
   * Where its land comes from: a GeoJSON file of land polygons in content/maps/
   * (made once by scripts/maps/prepare-coast.sh), or Natural Earth units
   * from the world-atlas package.
   */
  land: { file: string } | { naturalEarth: '50m' | '110m' };
  /** Hand-drawn rivers and canals (content/maps/), drawn as schematic lines. */
  lines?: { file: string };
  /** Water bodies labelled on the map, at a longitude and latitude. */
  labels: { text: string; lon: number; lat: number; kind: 'water' | 'land' }[];
}

export const MAPS = {
  petrograd: {
    area: 'central Petrograd',
    bounds: { west: 30.24, east: 30.415, south: 59.875, north: 59.97 },
    bleed: 0.01,
    frame: { width: 640, height: 680, margin: 0 },
    named: false,
    land: { file: 'content/maps/neva-delta.geojson' },
    lines: { file: 'content/maps/petrograd-schematic.geojson' },
    labels: [
      { text: 'Neva', lon: 30.3235, lat: 59.9445, kind: 'water' },
      { text: 'Vasilievsky Island', lon: 30.262, lat: 59.9435, kind: 'land' },
      { text: 'Petrograd Side', lon: 30.305, lat: 59.962, kind: 'land' },
    ],
  },
  approaches: {
    area: 'Petrograd and its southern approaches',
    bounds: { west: 29.62, east: 30.6, south: 59.53, north: 60.07 },
    bleed: 0.02,
    frame: { width: 640, height: 640, margin: 0 },
    named: true,
    land: { file: 'content/maps/petrograd-approaches.geojson' },
    labels: [{ text: 'Gulf of Finland', lon: 29.75, lat: 60.02, kind: 'water' }],
  },
  borderlands: {
    area: 'the western and southern borderlands of the former Russian Empire',
    bounds: { west: 20, east: 73, south: 38, north: 63 },
    bleed: 6,
    frame: { width: 640, height: 440, margin: 0 },
    named: true,
    land: { naturalEarth: '110m' },
    labels: [
      { text: 'Baltic Sea', lon: 19.5, lat: 56.4, kind: 'water' },
      { text: 'Black Sea', lon: 34, lat: 43.2, kind: 'water' },
      { text: 'Caspian Sea', lon: 50.5, lat: 42.2, kind: 'water' },
    ],
  },
} as const satisfies Record<string, BaseMap>;

export type MapId = keyof typeof MAPS;
export const MAP_IDS = Object.keys(MAPS) as [MapId, ...MapId[]];
