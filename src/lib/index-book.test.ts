import { describe, expect, test } from 'vitest';
import type { ChapterInfo } from './chapters.ts';
import type { CompanionEntry } from './companion.ts';
import { indexBook } from './index-book.ts';
import { readMdx } from './mdx-tree.ts';
import type { SourceInfo } from './sources.ts';

const chapter = (section: string, slug: string): ChapterInfo => ({
  section,
  slug,
  order: 1,
  title: slug,
  summary: 'x.',
  filePath: `content/${section}/01-${slug}.mdx`,
  headings: [],
});
const entry = (kind: CompanionEntry['kind'], id: string, name: string, aliases: string[]): CompanionEntry => ({
  kind,
  id,
  name,
  definition: 'x.',
  aliases,
  russian: undefined,
  stressed: undefined,
  respelling: undefined,
  sortAs: name,
  filePath: `content/${kind}/${id}.mdx`,
});
const source = (id: string): SourceInfo => ({ id, title: id, author: 'A', kind: 'history', filePath: `content/sources/${id}.mdx` });

const names = chapter('background', 'names');
const onset = chapter('insurrection', 'onset');
const legacy = chapter('historiography', 'legacy');
const companion = new Map([
  ['glossary/tsentrobalt', entry('glossary', 'tsentrobalt', 'Tsentrobalt', ['Centrobalt'])],
  ['people/kerensky', entry('people', 'kerensky', 'Kerensky', ['Kerenskii'])],
]);
const sources = new Map([['reed', source('reed')], ['pipes', source('pipes')]]);

const index = indexBook(
  [
    { chapter: names, reading: readMdx('The <Term id="tsentrobalt">sailors</Term>, or Centrobalt, met.'), sources: ['pipes'] },
    {
      chapter: onset,
      reading: readMdx('<Person id="kerensky">Kerensky</Person> fled on <DualDate os="1917-10-25" event="Kerensky leaves" />; the <Term id="tsentrobalt">fleet</Term> sailed.'),
      sources: ['reed', 'pipes'],
    },
    { chapter: legacy, reading: readMdx('Nothing marked. {/* <Person id="kerensky" /> */}'), sources: [] },
  ],
  companion,
  sources,
);

describe('indexBook()', () => {
  test('lists the chapters that mention each entry, in reading order, ignoring comments', () => {
    expect(index.mentions.get('glossary/tsentrobalt')).toEqual([names, onset]);
    expect(index.mentions.get('people/kerensky')).toEqual([onset]);
  });

  test('gives each chapter the other spellings it lacks', () => {
    expect(index.spellings.get('background/names')).toEqual([]);
    expect(index.spellings.get('insurrection/onset')).toEqual(['Kerenskii', 'Centrobalt']);
    expect(index.spellings.get('historiography/legacy')).toEqual([]);
  });

  test('collects the marked events with their chapter', () => {
    expect(index.events.map((e) => [e.label, e.chapter.slug, e.date.datetime])).toEqual([['Kerensky leaves', 'onset', '1917-11-07']]);
  });

  test('links sources and chapters both ways', () => {
    expect(index.sourceUse.get('pipes')).toEqual([names, onset]);
    expect(index.sourceUse.get('reed')).toEqual([onset]);
    expect(index.chapterSources.get('insurrection/onset')?.map((s) => s.id)).toEqual(['reed', 'pipes']);
  });

  test('names the file of an event marked twice in one chapter', () => {
    const twice = readMdx('<DualDate os="1917-10-25" event="A" /> <DualDate os="1917-10-25" event="A" />');
    expect(() => indexBook([{ chapter: onset, reading: twice, sources: [] }], companion, sources)).toThrow(
      'content/insurrection/01-onset.mdx:1: the event "A" is marked twice in this chapter',
    );
  });
});
