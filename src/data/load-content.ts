/**
 * Loads the content collections into plain data: the book's sections and
 * chapters (with their headings), the companion's entries, the sources and
 * the self-check files, plus the collection entries behind them for
 * rendering. No checks here (lib/check-book.ts) and no indexing
 * (lib/index-book.ts). The only module that reads `astro:content` for the
 * book; pages read a few stand-alone pages (home, sources, calendar) themselves.
 */
import { readFileSync } from 'node:fs';
import { getCollection, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { ChapterData } from '../content.config.ts';
import { buildBook, chapterKey, type Book, type ChapterInfo } from '../lib/chapters.ts';
import type { ContentFile } from '../lib/check-book.ts';
import { readContentFile } from '../lib/content-checks.ts';
import { checkNameRules, HOUSE_STYLE_FILE, type NameRule } from '../lib/house-style.ts';
import { entryKey, type CompanionEntry, type CompanionKind } from '../lib/companion.ts';
import type { Question } from '../lib/self-checks.ts';
import { SECTIONS } from '../lib/sections.ts';
import type { SourceInfo } from '../lib/sources.ts';

/** The chapter collections: one per section, named after it (src/content.config.ts). */
type ChapterCollection = Exclude<CollectionKey, 'pages' | 'glossary' | 'people' | 'sources' | 'selfChecks'>;
export type ChapterEntry = CollectionEntry<ChapterCollection>;
export type CompanionCollectionEntry = CollectionEntry<CompanionKind>;

/** The collection entries behind the book's chapters, entries and sources; each throws naming what it lacks. */
export interface ContentEntries {
  chapter: (chapter: Pick<ChapterInfo, 'section' | 'slug'>) => ChapterEntry;
  companion: <K extends CompanionKind>(entry: { kind: K; id: string }) => CollectionEntry<K>;
  source: (id: string) => CollectionEntry<'sources'>;
}

export interface LoadedContent {
  book: Book;
  companion: Map<string, CompanionEntry>;
  sources: Map<string, SourceInfo>;
  /** Each chapter, in reading order, with the source ids its frontmatter lists. */
  chapterSources: { chapter: ChapterInfo; sources: string[] }[];
  selfCheckFiles: { id: string; filePath: string; questions: Question[] }[];
  /** Every MDX file whose components and text the build checks, read through its syntax tree. */
  files: ContentFile[];
  nameRules: NameRule[];
  entries: ContentEntries;
}

const filePathOf = (entry: { filePath?: string | undefined; id: string }, folder: string, extension = 'mdx') =>
  entry.filePath ?? `content/${folder}/${entry.id}.${extension}`;

/** A content file read as written, frontmatter included, so that line numbers are the editor's. */
const readFile = (filePath: string): ContentFile => ({ filePath, ...readContentFile(filePath, readFileSync(filePath, 'utf8')) });

function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const found = map.get(key);
  if (!found) throw new Error(`no ${what} "${key}" in content/`);
  return found;
}

async function loadChapters() {
  const entries = new Map<string, ChapterEntry>();
  const chapters: { chapter: ChapterInfo; sources: string[] }[] = [];
  const files: ContentFile[] = [];
  for (const section of SECTIONS) {
    for (const entry of await getCollection(section.id as ChapterCollection)) {
      // The section collections are made from a list (content/sections.json), so the type
      // system cannot name them; each was checked against the chapter schema on loading.
      const data = entry.data as ChapterData;
      const file = readFile(filePathOf(entry, section.id));
      files.push(file);
      // Headings come from Astro's own render, as the page will have them; a file the MDX
      // parser cannot read is not rendered here, so its problem is reported with all the others.
      const headings = file.problems.length ? [] : (await render(entry)).headings;
      const chapter: ChapterInfo = {
        section: section.id,
        slug: entry.id,
        order: data.order,
        title: data.title,
        summary: data.summary,
        filePath: file.filePath,
        headings,
      };
      entries.set(chapterKey(chapter), entry);
      chapters.push({ chapter, sources: data.sources });
    }
  }
  return { chapters, entries, files };
}

async function loadCompanion() {
  const companion = new Map<string, CompanionEntry>();
  const entries = new Map<string, CompanionCollectionEntry>();
  for (const kind of ['glossary', 'people'] as const) {
    for (const entry of await getCollection(kind)) {
      const { name, definition, aliases, russian, sortAs, stressed, respelling } = entry.data;
      const key = entryKey({ kind, id: entry.id });
      companion.set(key, { kind, id: entry.id, name, definition, aliases, russian, stressed, respelling, sortAs: sortAs ?? name, filePath: filePathOf(entry, kind) });
      entries.set(key, entry);
    }
  }
  return { companion, entries };
}

async function loadSources() {
  const sources = new Map<string, SourceInfo>();
  const entries = new Map<string, CollectionEntry<'sources'>>();
  for (const entry of await getCollection('sources')) {
    sources.set(entry.id, { id: entry.id, ...entry.data, filePath: filePathOf(entry, 'sources') });
    entries.set(entry.id, entry);
  }
  return { sources, entries };
}

export async function loadContent(): Promise<LoadedContent> {
  const chapters = await loadChapters();
  const companion = await loadCompanion();
  const sources = await loadSources();
  const book = buildBook(
    SECTIONS,
    chapters.chapters.map(({ chapter }) => chapter),
  );
  const chapterSources = book.chapters.map((chapter) => ({
    chapter,
    sources: chapters.chapters.find((c) => c.chapter === chapter)?.sources ?? [],
  }));
  const pages = await getCollection('pages');
  const selfCheckFiles = (await getCollection('selfChecks')).map((entry) => ({
    id: entry.id,
    filePath: filePathOf(entry, 'self-checks', 'json'),
    questions: entry.data.questions,
  }));
  return {
    book,
    companion: companion.companion,
    sources: sources.sources,
    chapterSources,
    selfCheckFiles,
    files: [
      ...chapters.files,
      ...[
        ...[...companion.companion.values()].map((e) => e.filePath),
        ...pages.map((p) => filePathOf(p, 'pages')),
        ...[...sources.sources.values()].map((s) => s.filePath),
      ].map(readFile),
    ],
    nameRules: checkNameRules(JSON.parse(readFileSync(HOUSE_STYLE_FILE, 'utf8')), HOUSE_STYLE_FILE),
    entries: {
      chapter: (chapter) => lookup(chapters.entries, chapterKey(chapter), 'chapter'),
      companion: <K extends CompanionKind>(entry: { kind: K; id: string }) => {
        const found = lookup(companion.entries, entryKey(entry), 'entry');
        if (found.collection !== entry.kind) throw new Error(`${entryKey(entry)} is a ${found.collection} entry`);
        return found as CollectionEntry<K>;
      },
      source: (id) => lookup(sources.entries, id, 'source'),
    },
  };
}
