/**
 * The book's structure: sections in reading order, chapters in order within
 * them, previous/next across the whole book, and the checked resolution of
 * links between chapters. Pure data in, pure data out; `src/data/book.ts`
 * feeds it from the content collections.
 */

import type { SectionInfo } from './sections.ts';

/** A section's id: its folder under content/ and its URL segment (see src/lib/sections.ts). */
export type SectionId = string;

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface ChapterInfo {
  section: SectionId;
  /** The chapter's URL segment: the file name without its `NN-` prefix. */
  slug: string;
  order: number;
  title: string;
  summary: string;
  /** Where the chapter's source lives, for error messages. */
  filePath: string;
  headings: Heading[];
}

export interface Section extends SectionInfo {
  chapters: ChapterInfo[];
}

export interface Book {
  sections: Section[];
  /** Every chapter in reading order: section by section, as content/sections.json lists them. */
  chapters: ChapterInfo[];
}

/** `insurrection/onset` → the site-relative path of its page. */
export const chapterPath = (chapter: Pick<ChapterInfo, 'section' | 'slug'>) =>
  `${chapter.section}/${chapter.slug}/`;

export const sectionPath = (section: SectionId) => `${section}/`;

/** A chapter's key in lookups: `insurrection/onset`. */
export const chapterKey = (chapter: Pick<ChapterInfo, 'section' | 'slug'>) => `${chapter.section}/${chapter.slug}`;

/** The section a chapter belongs to. */
export function sectionOf(book: Book, chapter: Pick<ChapterInfo, 'section'>): Section {
  const section = book.sections.find((s) => s.id === chapter.section);
  if (!section) throw new Error(`no section "${chapter.section}" in the book`);
  return section;
}

/** Sections in the order given, chapters sorted within them (orderClashes() reports two with the same order). */
export function buildBook(sections: readonly SectionInfo[], chapters: ChapterInfo[]): Book {
  const built = sections.map((section) => ({
    ...section,
    chapters: chapters.filter((c) => c.section === section.id).sort((a, b) => a.order - b.order),
  }));
  const orphan = chapters.find((c) => !sections.some((s) => s.id === c.section));
  if (orphan) {
    throw new Error(`${orphan.filePath}: section "${orphan.section}" is not listed in content/sections.json`);
  }
  return { sections: built, chapters: built.flatMap((s) => s.chapters) };
}

/** Two chapters of one section with the same order, each named with both files. */
export function orderClashes(book: Book): string[] {
  return book.sections.flatMap((section) =>
    section.chapters.flatMap((chapter, i) => {
      const before = section.chapters[i - 1];
      return before && before.order === chapter.order
        ? [`${chapter.filePath}: order ${chapter.order} is already used by ${before.filePath} in section "${section.id}"; give each chapter its own order`]
        : [];
    }),
  );
}

export function neighbours(book: Book, chapter: ChapterInfo) {
  const i = book.chapters.findIndex((c) => c.section === chapter.section && c.slug === chapter.slug);
  return { previous: book.chapters[i - 1], next: i < 0 ? undefined : book.chapters[i + 1] };
}

export interface ResolvedLink {
  /** Site-relative path with the anchor, ready for `withBase()`. */
  path: string;
  chapter: ChapterInfo | undefined;
  heading: Heading | undefined;
}

/**
 * Resolves a link written as `section`, `section/slug` or `section/slug#anchor`.
 * Throws naming the target when the section, chapter or heading does not exist.
 */
export function resolveChapterLink(book: Book, to: string): ResolvedLink {
  const [target = '', anchor, ...extra] = to.trim().split('#');
  const [sectionId = '', slug, ...deeper] = target.replace(/^\/+|\/+$/g, '').split('/');
  if (extra.length || deeper.length) {
    throw new Error(`link "${to}" should look like "section", "section/chapter" or "section/chapter#heading"`);
  }
  const section = book.sections.find((s) => s.id === sectionId);
  if (!section) {
    throw new Error(`link "${to}": there is no section "${sectionId}" (sections: ${book.sections.map((s) => s.id).join(', ')})`);
  }
  if (slug === undefined) {
    if (anchor !== undefined) throw new Error(`link "${to}": section pages have no headings to link to`);
    return { path: sectionPath(section.id), chapter: undefined, heading: undefined };
  }
  const chapter = section.chapters.find((c) => c.slug === slug);
  if (!chapter) {
    const known = section.chapters.map((c) => c.slug).join(', ') || 'none yet';
    throw new Error(`link "${to}": section "${section.id}" has no chapter "${slug}" (chapters: ${known})`);
  }
  if (anchor === undefined) return { path: chapterPath(chapter), chapter, heading: undefined };
  const heading = chapter.headings.find((h) => h.slug === anchor);
  if (!heading) {
    const known = chapter.headings.map((h) => h.slug).join(', ');
    throw new Error(`link "${to}": ${chapter.filePath} has no heading "#${anchor}" (headings: ${known})`);
  }
  return { path: `${chapterPath(chapter)}#${anchor}`, chapter, heading };
}
