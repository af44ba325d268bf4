/**
 * Loads the book from the content collections: sections, chapters in order
 * with their headings, and the companion's glossary and people entries.
 * Before anything renders it checks every date, cross-link and mention in
 * every content file, so one bad reference fails the build with its file and
 * line; and it works out which chapters mention each entry. This is the only
 * module outside pages that reads `astro:content`; its logic lives in src/lib.
 */
import { execFileSync } from 'node:child_process';
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
import { lastChangedFromGitLog } from '../lib/citation';
import { resolveSelfChecks, type SelfCheck } from '../lib/self-checks';
import { chaptersBySource, checkSources, type SourceInfo } from '../lib/sources';

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
  /** The works the site draws on, by id, in the order of content/sources/ file names. */
  sources: Map<string, SourceInfo>;
  sourceEntries: Map<string, CollectionEntry<'sources'>>;
  /** The chapters that use each source, by source id. */
  sourceUse: Map<string, ChapterInfo[]>;
  /** Each chapter's sources, by `section/slug`. */
  chapterSources: Map<string, SourceInfo[]>;
  /** One "check your understanding" per section, in book order. */
  selfChecks: SelfCheck[];
  /** When a content file last changed: its last commit, or the build when git cannot say. */
  lastChanged: (filePath: string) => Date;
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

async function loadSources() {
  const sources = new Map<string, SourceInfo>();
  const sourceEntries = new Map<string, CollectionEntry<'sources'>>();
  for (const entry of await getCollection('sources')) {
    sources.set(entry.id, { id: entry.id, ...entry.data, filePath: entry.filePath ?? `content/sources/${entry.id}.mdx` });
    sourceEntries.set(entry.id, entry);
  }
  return { sources, sourceEntries };
}

/** Last-commit dates of content files; none outside a git checkout (a copy, an unpacked archive). */
function gitDates(): Map<string, Date> {
  try {
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', 'content'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return lastChangedFromGitLog(log);
  } catch {
    return new Map();
  }
}

async function loadBook(): Promise<LoadedBook> {
  const sections = await getCollection('sections');
  const { chapters, chapterEntries } = await loadChapters();
  const { companion, companionEntries } = await loadCompanion();
  const { sources: sourceInfo, sourceEntries } = await loadSources();
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
    ...[...sourceInfo.values()].map((s) => s.filePath),
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
  const chapterSourceIds = book.chapters.map((chapter) => ({
    chapter,
    sources: chapterEntries.get(chapterKey(chapter))?.data.sources ?? [],
  }));
  problems.push(
    ...checkSources(sourceInfo, chapterSourceIds, new Set([...companion.values()].filter((e) => e.kind === 'people').map((e) => e.id))),
  );
  const { selfChecks, problems: selfCheckProblems } = resolveSelfChecks(
    book,
    (await getCollection('selfChecks')).map((entry) => {
      const filePath = entry.filePath ?? `content/self-checks/${entry.id}.json`;
      return { id: entry.id, filePath, questions: entry.data.questions };
    }),
  );
  problems.push(...selfCheckProblems);
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
    sources: sourceInfo,
    sourceEntries,
    sourceUse: chaptersBySource(chapterSourceIds),
    chapterSources: new Map(
      chapterSourceIds.map(({ chapter, sources: ids }) => [chapterKey(chapter), ids.flatMap((id) => sourceInfo.get(id) ?? [])]),
    ),
    selfChecks,
    lastChanged: (() => {
      const dates = gitDates();
      const built = new Date();
      return (filePath: string) => dates.get(filePath.replace(/^\.\//, '')) ?? built;
    })(),
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

/** Static paths for the pages of each section's self-check (the quiz and its answers). */
export async function selfCheckRoutes() {
  const { book, selfChecks } = await getBook();
  return selfChecks.flatMap((check) => {
    const section = book.sections.find((s) => s.id === check.section);
    return section ? [{ params: { section: check.section }, props: { check, section } }] : [];
  });
}
