/**
 * The checked book: loaded from the content collections (load-content.ts),
 * every content file read through its MDX syntax tree and checked before
 * anything renders (lib/check-book.ts), then indexed (lib/index-book.ts).
 * One bad date, link or mention fails the build with its file and line.
 *
 * Pages take what they need from here through src/data/routes.ts and pass it
 * down as props. Only the MDX components (ChapterLink, Mention), which get
 * nothing but their attributes, call getBook() themselves.
 */
import { checkBook } from '../lib/check-book.ts';
import type { CompanionEntry } from '../lib/companion.ts';
import { indexBook, type BookIndex } from '../lib/index-book.ts';
import type { SelfCheck } from '../lib/self-checks.ts';
import type { SourceInfo } from '../lib/sources.ts';
import { handTypedDateProblem, handTypedDates } from '../lib/content-checks.ts';
import { nameSlipProblem, nameSlips } from '../lib/house-style.ts';
import { checkFigures, type DatasetFile, type FigureFile } from '../lib/figures/check-figures.ts';
import type { Place } from '../lib/figures/places.ts';
import type { Book, ChapterInfo } from '../lib/chapters.ts';
import { lastChangedDates } from './git.ts';
import { loadContent, type ContentEntries } from './load-content.ts';
import { loadFigures, naturalEarthNames } from './load-figures.ts';

/** A figure with the chapter that shows it. */
export type PlacedFigure = FigureFile & { chapter: ChapterInfo };

export interface LoadedBook {
  book: Book;
  /** Every glossary and people entry, by `kind/id`. */
  companion: ReadonlyMap<string, CompanionEntry>;
  /** The works the site draws on, by id, in the order of their file names. */
  sources: ReadonlyMap<string, SourceInfo>;
  /** One "check your understanding" per section, in book order. */
  selfChecks: SelfCheck[];
  /** Mentions, other spellings, events and source use, worked out from the chapters. */
  index: BookIndex;
  /** The collection entries behind chapters, entries and sources, for render(). */
  entries: ContentEntries;
  /** Every map and chart, in reading order, with its chapter; and what they draw. */
  figures: {
    list: PlacedFigure[];
    byId: ReadonlyMap<string, PlacedFigure>;
    places: ReadonlyMap<string, Place>;
    datasets: ReadonlyMap<string, DatasetFile>;
  };
  /** When a content file last changed: its last commit, or the build when git cannot say. */
  lastChanged: (filePath: string) => Date;
}

async function loadBook(): Promise<LoadedBook> {
  const content = await loadContent();
  const loadedFigures = await loadFigures();
  const { book, companion, sources, files } = content;
  const figureIds = new Set(loadedFigures.figures.map((f) => f.id));
  const { problems, selfChecks } = checkBook({ ...content, figureIds });
  const readings = new Map(files.map((file) => [file.filePath, file.reading]));
  // Where each figure is shown: `file:line` of each <Figure id>, and the chapter.
  const uses = new Map<string, string[]>();
  const shownIn = new Map<string, { chapter: ChapterInfo; order: number }>();
  for (const chapter of book.chapters) {
    for (const usage of readings.get(chapter.filePath)?.usages ?? []) {
      const id = usage.name === 'Figure' && usage.attributes['id']?.kind === 'string' ? usage.attributes['id'].value : undefined;
      if (id === undefined) continue;
      uses.set(id, [...(uses.get(id) ?? []), `${chapter.filePath}:${usage.line}`]);
      shownIn.set(id, { chapter, order: shownIn.size });
    }
  }
  problems.push(
    ...checkFigures({
      ...loadedFigures,
      entries: companion,
      book,
      uses,
      naturalEarthNames: naturalEarthNames('110m'),
      // Figures' words follow the chapters' rules: dates in both calendars, names in the house style.
      proseProblems: (where, text) => [
        ...handTypedDates([[{ text, line: 1 }]]).map(({ date }) => handTypedDateProblem(where, date)),
        ...nameSlips([[{ text, line: 1 }]], [], content.nameRules).map((slip) => nameSlipProblem(where, slip)),
      ],
    }),
  );
  if (problems.length) {
    throw new Error(`Problems in content/ (dates, links, mentions, sources, names, figures):\n  ${problems.join('\n  ')}`);
  }
  // In reading order: chapters are read in book order, and figures within one in order of use.
  const list = loadedFigures.figures
    .flatMap((figure) => {
      const shown = shownIn.get(figure.id);
      return shown ? [{ ...figure, chapter: shown.chapter, order: shown.order }] : [];
    })
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...figure }) => figure);
  const chapters = content.chapterSources.map(({ chapter, sources: ids }) => ({
    chapter,
    sources: ids,
    reading: readings.get(chapter.filePath) ?? { usages: [], blocks: [], frontmatter: [] },
  }));
  const dates = lastChangedDates();
  const built = new Date();
  return {
    book,
    companion,
    sources,
    selfChecks,
    index: indexBook(chapters, companion, sources),
    entries: content.entries,
    figures: { list, byId: new Map(list.map((f) => [f.id, f])), places: loadedFigures.places, datasets: loadedFigures.datasets },
    lastChanged: (filePath) => dates.get(filePath.replace(/^\.\//, '')) ?? built,
  };
}

let loaded: Promise<LoadedBook> | undefined;
let loadedAt = 0;

/**
 * The checked book, loaded once per build. In `astro dev` content changes
 * under a running server, so there it is reloaded when older than a second:
 * fresh for each page view, shared by the many links within one.
 */
export function getBook(): Promise<LoadedBook> {
  const stale = import.meta.env.DEV && Date.now() - loadedAt > 1000;
  if (!loaded || stale) {
    loaded = loadBook();
    loadedAt = Date.now();
  }
  return loaded;
}
