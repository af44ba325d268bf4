/**
 * Route data: what each kind of page shows, worked out once per page from
 * the checked book and handed to its layout and components as props (the
 * way Starlight computes its route data), so that no presentational
 * component fetches the book itself.
 */
import type { CollectionEntry } from 'astro:content';
import { chapterKey, neighbours, sectionOf, type ChapterInfo, type Section } from '../lib/chapters.ts';
import { entriesOf, entryKey, type CompanionEntry, type CompanionKind } from '../lib/companion.ts';
import type { SelfCheck } from '../lib/self-checks.ts';
import type { SourceInfo } from '../lib/sources.ts';
import { getBook } from './book.ts';
import type { ChapterEntry } from './load-content.ts';

export interface Neighbour {
  chapter: ChapterInfo;
  section: Section;
}

export interface ChapterRoute {
  section: Section;
  chapter: ChapterInfo;
  entry: ChapterEntry;
  /** The chapters before and after it across the whole book, with their sections. */
  previous: Neighbour | undefined;
  next: Neighbour | undefined;
  /** Other spellings of what the chapter mentions, so that search finds it by them too. */
  spellings: string[];
  /** The works it draws on. */
  sources: SourceInfo[];
  /** The section's self-check, on the section's last chapter only. */
  endsWithSelfCheck: boolean;
  /** Whether it shows a map or chart, and so needs the figures' stylesheet. */
  hasFigures: boolean;
  lastChanged: Date;
}

/** Every chapter page: `/<section>/<chapter>/`. */
export async function chapterRoutes() {
  const { book, index, entries, selfChecks, figures, lastChanged } = await getBook();
  return book.chapters.map((chapter) => {
    const section = sectionOf(book, chapter);
    const { previous, next } = neighbours(book, chapter);
    const withSection = (c: ChapterInfo | undefined) => c && { chapter: c, section: sectionOf(book, c) };
    const props: ChapterRoute = {
      section,
      chapter,
      entry: entries.chapter(chapter),
      previous: withSection(previous),
      next: withSection(next),
      spellings: index.spellings.get(chapterKey(chapter)) ?? [],
      sources: index.chapterSources.get(chapterKey(chapter)) ?? [],
      endsWithSelfCheck: section.chapters.at(-1) === chapter && selfChecks.some((c) => c.section === section.id),
      hasFigures: figures.list.some((f) => f.chapter === chapter),
      lastChanged: lastChanged(chapter.filePath),
    };
    return { params: { section: section.id, chapter: chapter.slug }, props };
  });
}

/** Every section page: `/<section>/`. */
export async function sectionRoutes() {
  const { book, selfChecks } = await getBook();
  return book.sections.map((section) => ({
    params: { section: section.id },
    props: { section, hasSelfCheck: selfChecks.some((c) => c.section === section.id) },
  }));
}

/** The pages of each section's self-check (the quiz and its answers). */
export async function selfCheckRoutes() {
  const { book, selfChecks } = await getBook();
  return selfChecks.map((check: SelfCheck) => {
    const section = book.sections.find((s) => s.id === check.section);
    if (!section) throw new Error(`content/self-checks/${check.section}.json: no section "${check.section}"`);
    return { params: { section: check.section }, props: { check, section } };
  });
}

export interface EntryRoute<K extends CompanionKind> {
  entry: CompanionEntry & { kind: K };
  content: CollectionEntry<K>;
  /** The chapters that mention it, grouped by section, in reading order. */
  mentionedIn: { section: Section; chapters: ChapterInfo[] }[];
  lastChanged: Date;
}

/** Every glossary or people entry page: `/glossary/<id>/`, `/people/<id>/`. */
export async function entryRoutes<K extends CompanionKind>(kind: K) {
  const { book, companion, index, entries, lastChanged } = await getBook();
  return entriesOf(companion.values(), kind).map((entry) => {
    const mentions = index.mentions.get(entryKey(entry)) ?? [];
    const props: EntryRoute<K> = {
      entry: entry as CompanionEntry & { kind: K },
      content: entries.companion({ kind, id: entry.id }),
      mentionedIn: book.sections
        .map((section) => ({ section, chapters: mentions.filter((c) => c.section === section.id) }))
        .filter((group) => group.chapters.length > 0),
      lastChanged: lastChanged(entry.filePath),
    };
    return { params: { id: entry.id }, props };
  });
}
