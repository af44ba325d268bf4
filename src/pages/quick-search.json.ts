/**
 * The quick index the search page answers from as the reader types
 * (lib/quick-search.ts): pages, headings, names and events, some 20 KB gzip.
 * Fetched by the search page only, when the reader first types or focuses the box.
 */
import type { APIRoute } from 'astro';
import { getBook } from '../data/book.ts';
import { chapterKey, chapterPath } from '../lib/chapters.ts';
import { entryPath, otherSpellings } from '../lib/companion.ts';
import { formatDualDate } from '../lib/dual-date.ts';
import { buildQuickIndex } from '../lib/quick-search.ts';
import { KIND_LABELS } from '../lib/search.ts';

export const GET: APIRoute = async () => {
  const { book, companion, index } = await getBook();
  // What each chapter mentions: a search for "Kerensky" lists the chapters that name him.
  const mentioned = new Map<string, string[]>();
  for (const [key, chapters] of index.mentions) {
    for (const chapter of chapters) mentioned.set(chapterKey(chapter), [...(mentioned.get(chapterKey(chapter)) ?? []), `${key}/`]);
  }
  const quick = buildQuickIndex({
    chapters: book.sections.flatMap((section) =>
      section.chapters.map((chapter) => ({
        path: chapterPath(chapter),
        title: chapter.title,
        section: section.title,
        summary: chapter.summary,
        headings: chapter.headings,
        mentions: mentioned.get(chapterKey(chapter)) ?? [],
      })),
    ),
    companion: [...companion.values()].map((entry) => ({
      path: entryPath(entry),
      title: entry.name,
      kind: KIND_LABELS[entry.kind],
      definition: entry.definition,
      names: otherSpellings(entry),
    })),
    events: index.events.map((event) => {
      const nsFirst = formatDualDate(event.date, 'ns-first');
      return {
        path: chapterPath(event.chapter),
        anchor: event.anchor,
        label: event.label,
        when: formatDualDate(event.date).text,
        whenNs: nsFirst.secondary ? nsFirst.text : undefined,
      };
    }),
  });
  return new Response(JSON.stringify(quick), { headers: { 'content-type': 'application/json' } });
};
