/**
 * The size a good course on 1917 needs (issue 14): at least 31 chapters, each of at least
 * 1,200 words, and at least 45,000 words of chapter prose in all. A chapter cut below the
 * mark, or a section emptied, fails here, naming the chapter and its count.
 *
 * Words are counted as a reader meets them in the text of paragraphs, headings and lists,
 * read through the MDX syntax tree: frontmatter, imports and markup do not count, and nor do
 * the dates that DualDate draws, so the figure is a floor on what the pages show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT } from '../scripts/project-copy.ts';
import { readMdx } from '../src/lib/mdx-tree.ts';
import { SECTIONS } from '../src/lib/sections.ts';

const MIN_CHAPTERS = 31;
const MIN_WORDS_PER_CHAPTER = 1_200;
const MIN_WORDS = 45_000;

/** The words of running text in one MDX source. */
function proseWords(source: string): number {
  const text = readMdx(source)
    .blocks.map((block) => block.map((piece) => piece.text).join(''))
    .join(' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

const chapters = SECTIONS.flatMap(({ id }) =>
  readdirSync(join(PROJECT, 'content', id))
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .map((name) => ({ file: `content/${id}/${name}`, words: proseWords(readFileSync(join(PROJECT, 'content', id, name), 'utf8')) })),
);

describe('the book is the size of a course', () => {
  test('the count reads text, not markup, frontmatter or quiz data', () => {
    const source = ['---', 'title: Not counted here', 'sources: [pipes]', '---', '', 'Two words.', '', '## A heading', '', '- one <Term id="soviet">soviet</Term> item', '', 'On <DualDate os="1917-10-25" /> it ended.'].join('\n');
    expect(proseWords(source)).toBe(2 + 2 + 3 + 3);
  });

  test(`at least ${MIN_CHAPTERS} chapters, each of at least ${MIN_WORDS_PER_CHAPTER} words`, () => {
    expect(chapters.length).toBeGreaterThanOrEqual(MIN_CHAPTERS);
    expect(chapters.filter((c) => c.words < MIN_WORDS_PER_CHAPTER).map((c) => `${c.file}: ${c.words} words`)).toEqual([]);
  });

  test(`at least ${MIN_WORDS.toLocaleString('en-GB')} words of chapter prose in all`, () => {
    const total = chapters.reduce((sum, c) => sum + c.words, 0);
    expect(total, chapters.map((c) => `${c.file}: ${c.words}`).join('\n')).toBeGreaterThanOrEqual(MIN_WORDS);
  });
});
