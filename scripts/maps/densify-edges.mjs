#!/usr/bin/env node
// Helper for scripts/maps/prepare-coast.sh (one-off; the site build never runs it).
//
// Why: the land polygons are clipped to the region's rectangle, so their
// north and south edges are parallels of latitude with a vertex only at each
// end. GeoJSON (RFC 7946) means a straight line in lon/lat between them, but
// spherical renderers such as d3-geo draw a great circle, which bulges
// poleward (about 130 m over 1.1 degrees of longitude at 59.5 N) and leaves a
// sliver of "water" along the southern edge. Adding a vertex every STEP
// degrees along those edges keeps the bulge under a metre for any renderer.
//
// Usage: node densify-edges.mjs <south> <north> [step=0.02] < in.geojson > out.geojson
import { readFileSync } from 'node:fs';

const s = Number(process.argv[2]);
const n = Number(process.argv[3]);
const step = Number(process.argv[4] ?? 0.02);
if (![s, n, step].every(Number.isFinite) || step <= 0) {
  console.error('usage: node densify-edges.mjs <south> <north> [step] < in.geojson');
  process.exit(2);
}
const round = (v) => Math.round(v * 1e5) / 1e5;
const onParallel = (a, b) =>
  a[1] === b[1] && (Math.abs(a[1] - s) < 1e-9 || Math.abs(a[1] - n) < 1e-9);

function densifyRing(ring) {
  const out = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1];
    const b = ring[i];
    if (onParallel(a, b)) {
      const k = Math.floor(Math.abs(b[0] - a[0]) / step);
      for (let j = 1; j <= k; j++) {
        const x = round(a[0] + ((b[0] - a[0]) * j) / (k + 1));
        if (x !== a[0] && x !== b[0]) out.push([x, a[1]]);
      }
    }
    out.push(b);
  }
  return out;
}

const fc = JSON.parse(readFileSync(0, 'utf8'));
for (const f of fc.features) {
  const g = f.geometry;
  if (g.type === 'Polygon') g.coordinates = g.coordinates.map(densifyRing);
  else if (g.type === 'MultiPolygon') g.coordinates = g.coordinates.map((p) => p.map(densifyRing));
}
// One feature per line keeps the committed files readable in diffs.
process.stdout.write(
  '{"type":"FeatureCollection","features":[\n' +
    fc.features.map((f) => JSON.stringify(f)).join(',\n') +
    '\n]}\n',
);
