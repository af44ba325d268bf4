import { describe, expect, test } from 'vitest';
import type { ChapterInfo } from './chapters.ts';
import { chaptersBySource, checkSources, type SourceInfo } from './sources.ts';

const chapter = (slug: string): ChapterInfo => ({
  section: 'background',
  slug,
  order: 1,
  title: slug,
  summary: 'x.',
  filePath: `content/background/01-${slug}.mdx`,
  headings: [],
});
const source = (id: string, person?: string): SourceInfo => ({ id, title: id, author: 'A', person, kind: 'history', filePath: `content/sources/${id}.mdx` });
const sources = new Map([['pipes', source('pipes', 'richard-pipes')], ['reed', source('reed')]]);

describe('checkSources()', () => {
  test('accepts known ids and people', () => {
    expect(checkSources(sources, [{ chapter: chapter('a'), sources: ['pipes', 'reed'] }], new Set(['richard-pipes']))).toEqual([]);
  });

  test('names the chapter file and the unknown id', () => {
    expect(checkSources(sources, [{ chapter: chapter('a'), sources: ['piper'] }], new Set(['richard-pipes']))).toEqual([
      'content/background/01-a.mdx: sources: no source "piper" in content/sources/ (sources: pipes, reed)',
    ]);
  });

  test('refuses a source listed twice', () => {
    expect(checkSources(sources, [{ chapter: chapter('a'), sources: ['reed', 'reed'] }], new Set(['richard-pipes']))).toEqual([
      'content/background/01-a.mdx: sources: "reed" is listed twice',
    ]);
  });

  test('names a source whose person has no entry', () => {
    expect(checkSources(sources, [], new Set())).toEqual(['content/sources/pipes.mdx: person: no people entry "richard-pipes" in content/people/']);
  });
});

describe('chaptersBySource()', () => {
  test('lists the chapters using each source, in the order given', () => {
    const used = chaptersBySource([
      { chapter: chapter('a'), sources: ['reed'] },
      { chapter: chapter('b'), sources: ['pipes', 'reed'] },
    ]);
    expect(used.get('reed')?.map((c) => c.slug)).toEqual(['a', 'b']);
    expect(used.get('pipes')?.map((c) => c.slug)).toEqual(['b']);
  });
});
