import { describe, expect, test } from 'vitest';
import { buildBook, neighbours, orderClashes, resolveChapterLink, sectionOf, type ChapterInfo } from './chapters.ts';
import type { SectionInfo } from './sections.ts';

const sections: SectionInfo[] = [
  { id: 'background', title: 'Background', summary: '' },
  { id: 'insurrection', title: 'The Insurrection', summary: '' },
  { id: 'outcome', title: 'The Outcome', summary: '' },
];

function chapter(section: ChapterInfo['section'], slug: string, order: number, headings: string[] = []): ChapterInfo {
  return {
    section,
    slug,
    order,
    title: slug,
    summary: '',
    filePath: `content/${section}/0${order}-${slug}.mdx`,
    headings: headings.map((h) => ({ depth: 2, slug: h, text: h })),
  };
}

const chapters = [
  chapter('insurrection', 'onset', 2, ['the-telegraph-falls']),
  chapter('outcome', 'new-government', 1),
  chapter('insurrection', 'planning', 1),
  chapter('background', 'names', 1),
];
const book = buildBook(sections, chapters);

describe('buildBook()', () => {
  test('keeps the sections in the order listed and puts chapters in their order', () => {
    expect(book.sections.map((s) => s.id)).toEqual(['background', 'insurrection', 'outcome']);
    expect(book.chapters.map((c) => c.slug)).toEqual(['names', 'planning', 'onset', 'new-government']);
    const reordered = buildBook([sections[2]!, sections[0]!, sections[1]!], chapters);
    expect(reordered.chapters.map((c) => c.slug)).toEqual(['new-government', 'names', 'planning', 'onset']);
  });

  test('reports two chapters with the same order in a section, naming both files', () => {
    expect(orderClashes(book)).toEqual([]);
    const clash = buildBook(sections, [...chapters, chapter('insurrection', 'assault', 2)]);
    expect(orderClashes(clash)).toEqual([
      expect.stringMatching(/^content\/insurrection\/02-(assault|onset)\.mdx: order 2 is already used by content\/insurrection\/02-(onset|assault)\.mdx in section "insurrection"/),
    ]);
  });

  test('refuses a chapter whose section is not listed', () => {
    expect(() => buildBook(sections, [chapter('historiography', 'camps', 1)])).toThrow(/section "historiography" is not listed/);
  });
});

describe('sectionOf()', () => {
  test('finds the section of a chapter, and refuses one the book does not have', () => {
    expect(sectionOf(book, { section: 'insurrection' }).title).toBe('The Insurrection');
    expect(() => sectionOf(book, { section: 'epilogue' })).toThrow('no section "epilogue"');
  });
});

describe('neighbours()', () => {
  test('crosses from one section into the next', () => {
    const names = book.chapters[0];
    const onset = book.chapters[2];
    if (!names || !onset) throw new Error('fixture');
    expect(neighbours(book, names).previous).toBeUndefined();
    expect(neighbours(book, names).next?.slug).toBe('planning');
    expect(neighbours(book, onset).previous?.slug).toBe('planning');
    expect(neighbours(book, onset).next?.slug).toBe('new-government');
  });

  test('has no next chapter at the end of the book', () => {
    const last = book.chapters.at(-1);
    if (!last) throw new Error('fixture');
    expect(neighbours(book, last).next).toBeUndefined();
  });
});

describe('resolveChapterLink()', () => {
  test('resolves a chapter', () => {
    expect(resolveChapterLink(book, 'insurrection/onset').path).toBe('insurrection/onset/');
  });

  test('resolves a heading in a chapter', () => {
    expect(resolveChapterLink(book, 'insurrection/onset#the-telegraph-falls').path).toBe(
      'insurrection/onset/#the-telegraph-falls',
    );
  });

  test('resolves a section', () => {
    expect(resolveChapterLink(book, 'outcome').path).toBe('outcome/');
  });

  test('refuses a missing chapter, naming it and the chapters there are', () => {
    expect(() => resolveChapterLink(book, 'insurrection/assault')).toThrow(
      'link "insurrection/assault": section "insurrection" has no chapter "assault" (chapters: planning, onset)',
    );
  });

  test('refuses a missing heading, naming the file', () => {
    expect(() => resolveChapterLink(book, 'insurrection/onset#the-bridges')).toThrow(
      'link "insurrection/onset#the-bridges": content/insurrection/02-onset.mdx has no heading "#the-bridges"',
    );
  });

  test('refuses a missing section', () => {
    expect(() => resolveChapterLink(book, 'legacy/reed')).toThrow(/there is no section "legacy"/);
  });

  test('refuses a path that is too deep', () => {
    expect(() => resolveChapterLink(book, 'insurrection/onset/extra')).toThrow(/should look like/);
  });
});
