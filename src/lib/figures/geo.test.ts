import { describe, expect, test } from 'vitest';
import { checkBounds, contains, fitProjection, pathOf, projectPoint, windForD3 } from './geo.ts';

const city = { west: 30.2, east: 30.4, south: 59.9, north: 60.0 };
const frame = { width: 400, height: 400, margin: 10 };

describe('contains()', () => {
  test('takes points on and inside the edges, and refuses points beyond them', () => {
    expect(contains(city, { lon: 30.3, lat: 59.95 })).toBe(true);
    expect(contains(city, { lon: 30.2, lat: 60.0 })).toBe(true);
    expect(contains(city, { lon: 30.41, lat: 59.95 })).toBe(false);
    expect(contains(city, { lon: 30.3, lat: 59.89 })).toBe(false);
  });
});

describe('checkBounds()', () => {
  test('names a box whose edges are the wrong way round', () => {
    expect(() => checkBounds({ west: 31, east: 30, south: 59, north: 60 })).toThrow(/31–30° E, 59–60° N/);
  });
});

describe('fitProjection()', () => {
  test('puts the corners of a city map inside the frame, north up and west left', () => {
    const projection = fitProjection(city, frame);
    const [x0, y0] = projectPoint(projection, { lon: city.west, lat: city.north });
    const [x1, y1] = projectPoint(projection, { lon: city.east, lat: city.south });
    for (const v of [x0, y0, x1, y1]) {
      expect(v).toBeGreaterThanOrEqual(frame.margin - 0.1);
      expect(v).toBeLessThanOrEqual(frame.width - frame.margin + 0.1);
    }
    expect(x0).toBeLessThan(x1);
    expect(y0).toBeLessThan(y1);
  });

  test('keeps true proportions at 60° N: a degree of longitude is half a degree of latitude', () => {
    const projection = fitProjection(city, frame);
    const [xa, ya] = projectPoint(projection, { lon: 30.25, lat: 59.95 });
    const [xb] = projectPoint(projection, { lon: 30.35, lat: 59.95 });
    const [, yc] = projectPoint(projection, { lon: 30.25, lat: 60.0 });
    // 0.1° of longitude against 0.05° of latitude at 59.95° N: cos(59.95°) × 0.1 / 0.05 ≈ 1.0
    expect((xb - xa) / (ya - yc)).toBeCloseTo(1.0, 1);
  });

  test('uses a conic projection for a subcontinent, so that meridians converge northwards', () => {
    const projection = fitProjection({ west: 20, east: 70, south: 36, north: 66 }, { width: 600, height: 400, margin: 0 });
    const [xSouth] = projectPoint(projection, { lon: 60, lat: 40 });
    const [xNorth] = projectPoint(projection, { lon: 60, lat: 64 });
    expect(xNorth).toBeLessThan(xSouth);
  });
});

describe('pathOf()', () => {
  test('clips a shape far larger than the map to the map before drawing it', () => {
    const projection = fitProjection(city, frame);
    const continent = {
      type: 'Feature' as const,
      properties: {},
      geometry: { type: 'Polygon' as const, coordinates: [[[0, 40], [0, 80], [100, 80], [100, 40], [0, 40]]] },
    };
    const d = pathOf(projection, city, [continent]);
    const numbers = d.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers) {
      expect(n).toBeGreaterThanOrEqual(frame.margin - 0.1);
      expect(n).toBeLessThanOrEqual(frame.width - frame.margin + 0.1);
    }
  });
});

describe('windForD3()', () => {
  const square = (ring: number[][]) => ({
    type: 'Feature' as const,
    properties: {},
    geometry: { type: 'Polygon' as const, coordinates: [ring] },
  });
  const ccw = [[30.3, 59.95], [30.35, 59.95], [30.35, 59.98], [30.3, 59.98], [30.3, 59.95]];

  test('turns a GeoJSON (counter-clockwise) island clockwise, so d3 draws the island and not the rest of the globe', () => {
    const projection = fitProjection(city, frame);
    const island = square(ccw);
    expect(windForD3(island).geometry.coordinates[0]).toEqual([...ccw].reverse());
    // Drawn, the island covers a small part of the frame, not all of it.
    const d = pathOf(projection, city, [island]);
    const xs = (d.match(/[ML](-?[\d.]+),/g) ?? []).map((m) => Number(m.slice(1, -1)));
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(frame.width / 2);
  });

  test('leaves a clockwise ring alone', () => {
    const cw = [...ccw].reverse();
    expect(windForD3(square(cw)).geometry.coordinates[0]).toEqual(cw);
  });
});
