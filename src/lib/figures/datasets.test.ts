import { describe, expect, test } from 'vitest';
import { datasetProblems, datasetSchema, type Dataset } from './datasets.ts';

const dataset = (rows: Dataset['rows'], total?: number, tolerance = 0): Dataset => ({
  title: 'Seats',
  source: { author: 'A', work: 'W', year: 1950 },
  unit: 'seats',
  rows,
  tolerance,
  ...(total === undefined ? {} : { total }),
});

describe('datasetProblems()', () => {
  test('accepts rows that add up to the total', () => {
    expect(datasetProblems('d.json', dataset([{ label: 'A', value: 3 }, { label: 'B', value: 4 }], 7))).toEqual([]);
  });

  test('names the file, the sum and the total when rows do not add up', () => {
    expect(datasetProblems('content/datasets/x.json', dataset([{ label: 'A', value: 3 }, { label: 'B', value: 4 }], 8))).toEqual([
      'content/datasets/x.json: the rows add up to 7, not the total 8 (off by -1; tolerance 0)',
    ]);
  });

  test('allows rounded shares within their tolerance', () => {
    const shares = dataset([{ label: 'A', value: 33.3 }, { label: 'B', value: 33.3 }, { label: 'C', value: 33.3 }], 100, 0.5);
    expect(datasetProblems('d.json', shares)).toEqual([]);
  });

  test('refuses a total over ranges, and a label given twice', () => {
    const problems = datasetProblems('d.json', dataset([{ label: 'A', low: 1, high: 2 }, { label: 'A', value: 1 }], 3));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/"A" appears twice/);
    expect(problems[1]).toMatch(/ranges/);
  });
});

describe('datasetSchema', () => {
  test('needs a year, or for an undated work the version read', () => {
    const base = { title: 'T', unit: 'seats', rows: [{ label: 'A', value: 1 }] };
    expect(datasetSchema.safeParse({ ...base, source: { author: 'A', work: 'W' } }).success).toBe(false);
    expect(datasetSchema.safeParse({ ...base, source: { author: 'A', work: 'W', via: 'the 2018 version' } }).success).toBe(true);
  });

  test('refuses a range whose low is above its high', () => {
    const parsed = datasetSchema.safeParse({
      title: 'T',
      unit: 'members',
      source: { author: 'A', work: 'W', year: 1918 },
      rows: [{ label: 'A', low: 5, high: 4 }],
    });
    expect(parsed.success).toBe(false);
  });
});
