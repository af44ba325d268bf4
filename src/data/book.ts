/**
 * Loads the book from the content collections: sections, chapters in order
 * with their headings, and the companion's glossary and people entries.
 * Before anything renders it checks every date, cross-link and mention in
 * every content file, so one bad reference fails the build with its file and
 * line; and it works out which chapters mention each entry. This is the only
 * module outside pages that reads `astro:content`; its logic lives in src/lib.
 */
import { readFileSync } from 'node:fs';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildBook, SECTION_IDS, type Book, type ChapterInfo, type SectionId } from '../lib/chapters';
import {
  chapterSpellings,
  collectMentions,
  entryKey,
  type CompanionEntry,
  type CompanionKind,
} from '../lib/companion';
import { checkUsages, findHandTypedDates, readUsages } from '../lib/content-checks';
import { collectEvents, type TimelineEvent } from '../lib/events';
import type { ComponentUsage } from '../lib/mdx-usages';

export type ChapterEntry = CollectionEntry<SectionId>;
export type CompanionCollectionEntry = CollectionEntry<CompanionKind>;

export interface LoadedBook {
  book: Book;
  /** Collection entries behind the chapters, by `section/slug`. */
  chapterEntries: Map<string, ChapterEntry>;
  /** Every glossary and people entry, by `kind/id`. */
  companion: Map<string, CompanionEntry>;
  /** Collection entries behind the companion, by `kind/id`. */
  companionEntries: Map<string, CompanionCollectionEntry>;
  /** The chapters that mention each entry, in reading order, by `kind/id`. */
  mentions: Map<string, ChapterInfo[]>;
  /** Other spellings of the entries each chapter mentions, by `section/slug`, for search. */
  spellings: Map<string, string[]>;
  /** Every event the chapters mark, in time order. */
  events: TimelineEvent[];
}

export const chapterKey = (chapter: Pick<ChapterInfo, 'section' | 'slug'>) => `${chapter.section}/${chapter.slug}`;

async function loadChapters() {
  const chapterEntries = new Map<string, ChapterEntry>();
  const chapters: ChapterInfo[] = [];
  for (const section of SECTION_IDS) {
    for (const entry of await getCollection(section)) {
      const { headings } = await render(entry);
      const chapter: ChapterInfo = {
        section,
        slug: entry.id,
        order: entry.data.order,
        title: entry.data.title,
        summary: entry.data.summary,
        filePath: entry.filePath ?? `content/${section}/${entry.id}.mdx`,
        headings,
      };
      chapterEntries.set(chapterKey(chapter), entry);
      chapters.push(chapter);
    }
  }
  return { chapters, chapterEntries };
}

async function loadCompanion() {
  const companion = new Map<string, CompanionEntry>();
  const companionEntries = new Map<string, CompanionCollectionEntry>();
  for (const kind of ['glossary', 'people'] as const) {
    for (const entry of await getCollection(kind)) {
      const { name, definition, aliases, russian, sortAs } = entry.data;
      const key = entryKey({ kind, id: entry.id });
      companion.set(key, {
        kind,
        id: entry.id,
        name,
        definition,
        aliases,
        russian,
        sortAs: sortAs ?? name,
        filePath: entry.filePath ?? `content/${kind}/${entry.id}.mdx`,
      });
      companionEntries.set(key, entry);
    }
  }
  return { companion, companionEntries };
}

async function loadBook(): Promise<LoadedBook> {
  const sections = await getCollection('sections');
  const { chapters, chapterEntries } = await loadChapters();
  const { companion, companionEntries } = await loadCompanion();
  const book = buildBook(
    sections.map(({ data }) => data),
    chapters,
  );

  // Checked against the files as written, frontmatter included, so that line numbers are the editor's.
  const pages = await getCollection('pages');
  const files = [
    ...book.chapters.map((c) => c.filePath),
    ...[...companion.values()].map((e) => e.filePath),
    ...pages.flatMap((p) => p.filePath ?? []),
  ];
  const usagesByFile = new Map<string, ComponentUsage[]>();
  const sources = new Map<string, string>();
  const problems = files.flatMap((filePath) => {
    const source = readFileSync(filePath, 'utf8');
    sources.set(filePath, source);
    const { usages, problems: unreadable } = readUsages(filePath, source);
    usagesByFile.set(filePath, usages);
    return [
      ...unreadable,
      ...checkUsages(filePath, usages, { book, entries: companion }),
      ...findHandTypedDates(filePath, source),
    ];
  });
  if (problems.length) {
    throw new Error(`Bad dates, links or mentions in content/:\n  ${problems.join('\n  ')}`);
  }

  const chapterUsages = book.chapters.map((chapter) => ({ chapter, usages: usagesByFile.get(chapter.filePath) ?? [] }));
  const spellings = new Map(
    chapterUsages.map(({ chapter, usages }) => [chapterKey(chapter), chapterSpellings(usages, companion, sources.get(chapter.filePath))]),
  );
  return {
    book,
    chapterEntries,
    companion,
    companionEntries,
    mentions: collectMentions(chapterUsages),
    spellings,
    events: collectEvents(chapterUsages),
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

/** The collection entry behind a chapter, for rendering it. */
export async function getChapterEntry(chapter: ChapterInfo): Promise<ChapterEntry> {
  const entry = (await getBook()).chapterEntries.get(chapterKey(chapter));
  if (!entry) throw new Error(`no entry for chapter ${chapterKey(chapter)}`);
  return entry;
}
