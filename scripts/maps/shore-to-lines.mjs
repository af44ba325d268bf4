#!/usr/bin/env node
// Helper for scripts/maps/prepare-coast.sh (one-off map preparation; the site
// build never runs this).
//
// Reads the multisegment ASCII that `gmt coast -M -W` prints (shoreline
// segments, already cut at the region's edges) and writes a GeoJSON
// FeatureCollection of LineStrings: every shoreline segment, plus the
// rectangle of the region as one more line.
//
// Why the rectangle is built here: `gmt coast -M` cannot dump filled land
// polygons, only shoreline lines. mapshaper's `-polygons` turns a network of
// lines into faces, but only joins lines at vertices they share, so the frame
// must carry, as vertices, every point where a shoreline segment ends on the
// region's edge. Each face is later classified as land or water by GMT itself
// (gmt select on an inner point), so nothing here depends on the direction in
// which GSHHG draws its segments.
//
// Usage: node shore-to-lines.mjs <w> <e> <s> <n> < shore.txt > lines.geojson

import { readFileSync } from 'node:fs';

const [w, e, s, n] = process.argv.slice(2, 6).map(Number);
if ([w, e, s, n].some((v) => !Number.isFinite(v))) {
  console.error('usage: node shore-to-lines.mjs <w> <e> <s> <n> < shore.txt');
  process.exit(2);
}

const segments = [];
let cur = null;
for (const line of readFileSync(0, 'utf8').split('\n')) {
  if (line.startsWith('>')) {
    cur = { header: line.slice(1).trim(), coords: [] };
    segments.push(cur);
  } else if (line.trim() && !line.startsWith('#')) {
    if (!cur) {
      cur = { header: '', coords: [] };
      segments.push(cur);
    }
    const [x, y] = line.trim().split(/\s+/).map(Number);
    cur.coords.push([x, y]);
  }
}

// Position of a point along the frame, counter-clockwise from the SW corner,
// or null when it is not on the frame. GMT writes the cut points exactly on
// the edge values, so a tiny tolerance is enough.
const eps = 1e-9;
const W = e - w;
const H = n - s;
function perimeterPos([x, y]) {
  if (Math.abs(y - s) < eps) return x - w; // south edge, west to east
  if (Math.abs(x - e) < eps) return W + (y - s); // east edge, south to north
  if (Math.abs(y - n) < eps) return W + H + (e - x); // north edge, east to west
  if (Math.abs(x - w) < eps) return 2 * W + H + (n - y); // west edge, north to south
  return null;
}

const onFrame = [
  [0, [w, s]],
  [W, [e, s]],
  [W + H, [e, n]],
  [2 * W + H, [w, n]],
];
const features = [];
for (const seg of segments) {
  if (seg.coords.length < 2) continue;
  for (const p of [seg.coords[0], seg.coords[seg.coords.length - 1]]) {
    const t = perimeterPos(p);
    if (t !== null) onFrame.push([t, p]);
  }
  features.push({
    type: 'Feature',
    properties: { kind: 'shore', header: seg.header },
    geometry: { type: 'LineString', coordinates: seg.coords },
  });
}
onFrame.sort((a, b) => a[0] - b[0]);
const frame = [];
for (const [, p] of onFrame) {
  const last = frame[frame.length - 1];
  if (!last || last[0] !== p[0] || last[1] !== p[1]) frame.push(p);
}
frame.push(frame[0]);
features.push({
  type: 'Feature',
  properties: { kind: 'frame', header: 'region frame' },
  geometry: { type: 'LineString', coordinates: frame },
});

process.stdout.write(JSON.stringify({ type: 'FeatureCollection', features }) + '\n');
