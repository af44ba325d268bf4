/**
 * Loads the book from the content collections: sections, chapters in order,
 * each chapter's headings. Before anything renders it checks every date and
 * cross-link in every chapter, so one bad reference fails the build with its
 * file and line. This is the only module in src/ outside pages that reads
 * `astro:content`; the logic it calls lives in `src/lib`.
 */
import { readFileSync } from 'node:fs';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildBook, SECTION_IDS, type Book, type ChapterInfo, type SectionId } from '../lib/chapters';
import { checkContentSource, findHandTypedDates } from '../lib/content-checks';

export type ChapterEntry = CollectionEntry<SectionId>;

async function loadBook(): Promise<{ book: Book; entries: Map<string, ChapterEntry> }> {
  const sections = await getCollection('sections');
  const entries = new Map<string, ChapterEntry>();
  const chapters: ChapterInfo[] = [];
  for (const section of SECTION_IDS) {
    for (const entry of await getCollection(section)) {
      const { headings } = await render(entry);
      entries.set(`${section}/${entry.id}`, entry);
      chapters.push({
        section,
        slug: entry.id,
        order: entry.data.order,
        title: entry.data.title,
        summary: entry.data.summary,
        filePath: entry.filePath ?? `content/${section}/${entry.id}.mdx`,
        headings,
      });
    }
  }
  const book = buildBook(
    sections.map(({ data }) => data),
    chapters,
  );
  // Checked against the files as written, frontmatter included, so that line numbers are the editor's.
  const pages = await getCollection('pages');
  const files = [...book.chapters.map((c) => c.filePath), ...pages.flatMap((p) => p.filePath ?? [])];
  const problems = files.flatMap((filePath) => {
    const source = readFileSync(filePath, 'utf8');
    return [...checkContentSource(filePath, source, book), ...findHandTypedDates(filePath, source)];
  });
  if (problems.length) {
    throw new Error(`Bad dates or links in content/:\n  ${problems.join('\n  ')}`);
  }
  return { book, entries };
}

let loaded: ReturnType<typeof loadBook> | undefined;
let loadedAt = 0;

/**
 * The checked book, loaded once per build. In `astro dev` content changes
 * under a running server, so there it is reloaded when older than a second:
 * fresh for each page view, shared by the many links within one.
 */
export function getBook() {
  const stale = import.meta.env.DEV && Date.now() - loadedAt > 1000;
  if (!loaded || stale) {
    loaded = loadBook();
    loadedAt = Date.now();
  }
  return loaded;
}

/** The collection entry behind a chapter, for rendering it. */
export async function getChapterEntry(chapter: ChapterInfo): Promise<ChapterEntry> {
  const { entries } = await getBook();
  const entry = entries.get(`${chapter.section}/${chapter.slug}`);
  if (!entry) throw new Error(`no entry for chapter ${chapter.section}/${chapter.slug}`);
  return entry;
}
