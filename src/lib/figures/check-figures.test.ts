import { describe, expect, test } from 'vitest';
import type { Book, ChapterInfo } from '../chapters.ts';
import { checkFigures, type FiguresToCheck } from './check-figures.ts';
import type { FigureData } from './figure-schema.ts';
import type { Place } from './places.ts';

const chapter: ChapterInfo = {
  section: 'insurrection',
  slug: 'onset',
  order: 1,
  title: 'Onset',
  summary: 'x.',
  filePath: 'content/insurrection/20-onset.mdx',
  headings: [],
};
const book: Book = { sections: [{ id: 'insurrection', title: 'I', summary: 'x.', chapters: [chapter] }], chapters: [chapter] } as Book;

const place = (id: string, lat: number, lon: number, more: Partial<Place> = {}): Place => ({
  id,
  filePath: `content/places/${id}.json`,
  name: id,
  russian: 'Смольный',
  lat,
  lon,
  kind: 'building',
  people: [],
  chapter: 'insurrection/onset',
  checked: 'x',
  ...more,
});

const map = (markers: string[]): FigureData => ({
  kind: 'map',
  title: 'T',
  caption: 'C.',
  source: 'S.',
  when: { period: '1917' },
  map: 'petrograd',
  markers: markers.map((p) => ({ place: p, text: 'Something happened.' })),
  regions: [],
  lines: [],
});

const input = (over: Partial<FiguresToCheck> = {}): FiguresToCheck => ({
  figures: [{ id: 'city', filePath: 'content/figures/city.json', data: map(['smolny']) }],
  places: new Map([['smolny', place('smolny', 59.946, 30.396)]]),
  datasets: new Map(),
  entries: new Set(['glossary/smolny']),
  book,
  uses: new Map([['city', ['content/insurrection/20-onset.mdx:12']]]),
  naturalEarthNames: new Set(['Finland']),
  ...over,
});

describe('checkFigures()', () => {
  test('passes a map whose places exist and lie on it', () => {
    expect(checkFigures(input())).toEqual([]);
  });

  test('names the figure and the id of a place that does not exist', () => {
    const figures = [{ id: 'city', filePath: 'content/figures/city.json', data: map(['smolny', 'smolnyy']) }];
    expect(checkFigures(input({ figures }))).toEqual([
      'content/figures/city.json: marker 2 names the place "smolnyy", which has no file content/places/smolnyy.json',
    ]);
  });

  test('names the place file and its coordinates when it lies off the map', () => {
    const places = new Map([['smolny', place('smolny', 59.946, 31.396)]]);
    const [problem] = checkFigures(input({ places }));
    expect(problem).toMatch(/^content\/places\/smolny\.json: smolny at 59\.946° N, 31\.396° E lies outside the map "petrograd"/);
  });

  test('refuses a figure no chapter shows, or one shown twice', () => {
    expect(checkFigures(input({ uses: new Map() }))[0]).toMatch(/no chapter shows this figure/);
    expect(checkFigures(input({ uses: new Map([['city', ['a.mdx:1', 'b.mdx:2']]]) }))[0]).toMatch(/shown 2 times \(a\.mdx:1, b\.mdx:2\)/);
  });

  test('checks a chart against its datasets: unknown ids, totals, and ranges drawn as bars', () => {
    const chart: FigureData = { kind: 'chart', title: 'T', caption: 'C.', source: 'S.', when: { period: '1917' }, chart: 'bars', datasets: ['votes', 'members'] };
    const datasets = new Map([
      [
        'members',
        {
          id: 'members',
          filePath: 'content/datasets/members.json',
          data: { title: 'M', source: { author: 'A', work: 'W', year: 1918 }, unit: 'members' as const, tolerance: 0, total: 5, rows: [{ label: 'A', value: 2 }] },
        },
      ],
    ]);
    const problems = checkFigures(input({ figures: [{ id: 'city', filePath: 'content/figures/city.json', data: chart }], datasets }));
    expect(problems).toEqual([
      'content/datasets/members.json: the rows add up to 2, not the total 5 (off by -3; tolerance 0)',
      'content/figures/city.json: dataset "votes" has no file content/datasets/votes.json',
    ]);
  });

  test('names a glossary entry or a Natural Earth unit that does not exist', () => {
    const places = new Map([['smolny', place('smolny', 59.946, 30.396, { glossary: 'smolny-institute' })]]);
    expect(checkFigures(input({ places }))).toEqual([
      'content/places/smolny.json: glossary "smolny-institute" has no file content/glossary/smolny-institute.mdx',
    ]);
    const borderlands: FigureData = { ...map([]), map: 'borderlands', markers: [], regions: [{ name: 'Finland', units: ['Finnland'] }] } as FigureData;
    expect(checkFigures(input({ figures: [{ id: 'city', filePath: 'content/figures/city.json', data: borderlands }] }))).toEqual([
      'content/figures/city.json: "Finnland" is not a country name in the Natural Earth data (world-atlas)',
    ]);
  });
});
