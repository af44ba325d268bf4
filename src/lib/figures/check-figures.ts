/**
 * Checks the maps and charts against what they draw, before anything renders:
 * every place a figure names exists and lies inside its map, every dataset
 * exists and adds up, every hand-placed line stays on its map, and every
 * figure appears in exactly one chapter. Each problem names the file and value.
 */
import { resolveChapterLink, type Book } from '../chapters.ts';
import { messageOf } from '../errors.ts';
import { datasetProblems, type Dataset } from './datasets.ts';
import type { FigureData } from './figure-schema.ts';
import { contains, describeBounds } from './geo.ts';
import { MAPS } from './maps.ts';
import type { Place } from './places.ts';

export interface FigureFile {
  id: string;
  filePath: string;
  data: FigureData;
}

export interface DatasetFile {
  id: string;
  filePath: string;
  data: Dataset;
}

export interface FiguresToCheck {
  figures: readonly FigureFile[];
  places: ReadonlyMap<string, Place>;
  datasets: ReadonlyMap<string, DatasetFile>;
  /** Keys `glossary/<id>` and `people/<id>` of every companion entry. */
  entries: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  book: Book;
  /** Where each `<Figure id>` is used: `file:line`, by figure id. */
  uses: ReadonlyMap<string, readonly string[]>;
  /** The country names in the Natural Earth data, for regions drawn from them. */
  naturalEarthNames: ReadonlySet<string>;
  /** Problems in a piece of prose a reader sees (dates typed by hand, names not in the house style), at `where`. */
  proseProblems?: (where: string, text: string) => string[];
}

/** The prose of a figure a reader sees, each with where it is in the file. */
function figureProse({ data }: FigureFile): [string, string][] {
  const own: [string, string][] = [['title', data.title], ['caption', data.caption], ['source', data.source]];
  if ('period' in data.when) own.push(['when', data.when.period]);
  if (data.kind === 'map') data.markers.forEach((m, i) => own.push([`marker ${i + 1}`, m.text]));
  return own;
}

function placeProblems(place: Place, { entries, book }: FiguresToCheck): string[] {
  const problems: string[] = [];
  if (place.glossary && !entries.has(`glossary/${place.glossary}`)) {
    problems.push(`${place.filePath}: glossary "${place.glossary}" has no file content/glossary/${place.glossary}.mdx`);
  }
  for (const person of place.people) {
    if (!entries.has(`people/${person}`)) problems.push(`${place.filePath}: people "${person}" has no file content/people/${person}.mdx`);
  }
  if (place.chapter) {
    try {
      resolveChapterLink(book, place.chapter);
    } catch (error) {
      problems.push(`${place.filePath}: chapter "${place.chapter}": ${messageOf(error)}`);
    }
  }
  if (!place.glossary && !place.chapter) problems.push(`${place.filePath}: give a glossary entry or a chapter for readers to follow`);
  return problems;
}

function mapProblems(figure: FigureFile & { data: { kind: 'map' } }, input: FiguresToCheck): string[] {
  const { data, filePath } = figure;
  const map = MAPS[data.map];
  const problems: string[] = [];
  const named: { what: string; id: string; link?: 'glossary' | 'chapter' | undefined }[] = [
    ...data.markers.map((m, i) => ({ what: `marker ${i + 1}`, id: m.place, link: m.link })),
    ...(data.route?.places ?? []).map((id, i) => ({ what: `route stop ${i + 1}`, id })),
  ];
  for (const { what, id, link } of named) {
    const place = input.places.get(id);
    if (!place) {
      problems.push(`${filePath}: ${what} names the place "${id}", which has no file content/places/${id}.json`);
      continue;
    }
    if (!contains(map.bounds, place)) {
      problems.push(
        `${place.filePath}: ${place.name} at ${place.lat}° N, ${place.lon}° E lies outside the map "${data.map}" (${describeBounds(map.bounds)}) that ${filePath} marks it on`,
      );
    }
    if (link === 'glossary' && !place.glossary) problems.push(`${filePath}: ${what} links to the glossary, but ${place.filePath} names no glossary entry`);
    if (link === 'chapter' && !place.chapter) problems.push(`${filePath}: ${what} links to its chapter, but ${place.filePath} names no chapter`);
  }
  for (const line of data.lines) {
    const off = line.coordinates.find(([lon, lat]) => !contains(map.bounds, { lon, lat }));
    if (off) problems.push(`${filePath}: line "${line.name}" has the point ${off[0]}, ${off[1]} outside the map "${data.map}" (${describeBounds(map.bounds)})`);
  }
  const units = [...(data.outline?.units ?? []), ...data.regions.flatMap((r) => r.units), ...(data.border?.units ?? []), ...(data.border?.against ?? [])];
  for (const unit of units) {
    if (!input.naturalEarthNames.has(unit)) problems.push(`${filePath}: "${unit}" is not a country name in the Natural Earth data (world-atlas)`);
  }
  return problems;
}

function chartProblems({ data, filePath }: FigureFile & { data: { kind: 'chart' } }, input: FiguresToCheck): string[] {
  if (data.chart === 'hours') return data.datasets.length ? [`${filePath}: an "hours" chart draws the chapters' events; remove "datasets"`] : [];
  if (!data.datasets.length) return [`${filePath}: a "${data.chart}" chart needs at least one dataset id in "datasets"`];
  const problems: string[] = [];
  for (const id of data.datasets) {
    const dataset = input.datasets.get(id);
    if (!dataset) {
      problems.push(`${filePath}: dataset "${id}" has no file content/datasets/${id}.json`);
      continue;
    }
    const ranges = dataset.data.rows.some((row) => !('value' in row));
    if (ranges !== (data.chart === 'ranges')) {
      problems.push(`${filePath}: dataset "${id}" ${ranges ? 'gives ranges; chart it as "ranges"' : `gives single values, which a "ranges" chart cannot draw`}`);
    }
  }
  return problems;
}

/** Every problem in the figures, places and datasets. */
export function checkFigures(input: FiguresToCheck): string[] {
  return [
    ...[...input.places.values()].flatMap((place) => placeProblems(place, input)),
    ...[...input.datasets.values()].flatMap(({ filePath, data }) => [
      ...datasetProblems(filePath, data),
      ...(input.proseProblems?.(`${filePath}: title`, data.title) ?? []),
    ]),
    ...input.figures.flatMap((figure) => {
      const uses = input.uses.get(figure.id) ?? [];
      const placement =
        uses.length === 0
          ? [`${figure.filePath}: no chapter shows this figure; add <Figure id="${figure.id}" /> where its story is told`]
          : uses.length > 1
            ? [`${figure.filePath}: shown ${uses.length} times (${uses.join(', ')}); a figure belongs to one chapter`]
            : [];
      const own =
        figure.data.kind === 'map'
          ? mapProblems(figure as FigureFile & { data: { kind: 'map' } }, input)
          : chartProblems(figure as FigureFile & { data: { kind: 'chart' } }, input);
      const prose = input.proseProblems
        ? figureProse(figure).flatMap(([field, text]) => input.proseProblems?.(`${figure.filePath}: ${field}`, text) ?? [])
        : [];
      return [...placement, ...own, ...prose];
    }),
  ];
}
