import { describe, expect, test } from 'vitest';
import type { ChapterInfo } from './chapters.ts';
import {
  pronunciationProblem,
  withoutStress,
  chapterSpellings,
  collectMentions,
  groupByLetter,
  indexLetter,
  otherSpellings,
  type CompanionEntry,
} from './companion.ts';
import { readMdx } from './mdx-tree.ts';

function entry(kind: CompanionEntry['kind'], id: string, name: string, extra: Partial<CompanionEntry> = {}): CompanionEntry {
  return { kind, id, name, definition: '', aliases: [], russian: undefined, stressed: undefined, respelling: undefined, sortAs: name, filePath: `content/${kind}/${id}.mdx`, ...extra };
}

const tsentrobalt = entry('glossary', 'tsentrobalt', 'Tsentrobalt', { aliases: ['Centrobalt', 'Tsentrobalt'], russian: 'Центробалт' });
const kerensky = entry('people', 'kerensky', 'Alexander Kerensky', { aliases: ['Kerenskii', 'Aleksandr Kerenskii'], russian: 'Александр Керенский', sortAs: 'Kerensky' });

function chapter(slug: string): ChapterInfo {
  return { section: 'insurrection', slug, order: 1, title: slug, summary: '', filePath: `content/insurrection/${slug}.mdx`, headings: [] };
}

const usages = (source: string) => readMdx(source).usages;

describe('otherSpellings()', () => {
  test('lists aliases and the Russian form, but not the name itself', () => {
    expect(otherSpellings(tsentrobalt)).toEqual(['Centrobalt', 'Центробалт']);
  });
});

describe('groupByLetter()', () => {
  test('files people under their sortAs, A–Z', () => {
    const lenin = entry('people', 'lenin', 'Vladimir Lenin', { sortAs: 'Lenin' });
    const bryant = entry('people', 'bryant', 'Louise Bryant', { sortAs: 'Bryant' });
    const kamenev = entry('people', 'kamenev', 'Lev Kamenev', { sortAs: 'Kamenev' });
    expect(groupByLetter([lenin, kerensky, bryant, kamenev]).map((g) => [g.letter, g.entries.map((e) => e.id)])).toEqual([
      ['B', ['bryant']],
      ['K', ['kamenev', 'kerensky']],
      ['L', ['lenin']],
    ]);
  });

  test('ignores quotation marks and accents when filing', () => {
    expect(indexLetter({ sortAs: '"Rabochiy put"' })).toBe('R');
    expect(indexLetter({ sortAs: 'Émigrés' })).toBe('E');
    expect(indexLetter({ sortAs: '1917' })).toBe('#');
  });
});

describe('collectMentions()', () => {
  test('lists each chapter that mentions an entry once, in the order given', () => {
    const onset = chapter('onset');
    const dybenko = chapter('dybenko');
    const mentions = collectMentions([
      { chapter: onset, usages: usages('<Person id="kerensky">K</Person> … <Person id="kerensky">he</Person>') },
      { chapter: dybenko, usages: usages('<Term id="tsentrobalt">T</Term> and <Person id="kerensky">K</Person>') },
    ]);
    expect(mentions.get('people/kerensky')).toEqual([onset, dybenko]);
    expect(mentions.get('glossary/tsentrobalt')).toEqual([dybenko]);
    expect(mentions.get('glossary/sovnarkom')).toBeUndefined();
  });

  test('does not take a glossary mention for a person with the same id', () => {
    const mentions = collectMentions([{ chapter: chapter('x'), usages: usages('<Term id="kerensky">K</Term>') }]);
    expect(mentions.get('people/kerensky')).toBeUndefined();
  });
});

describe('chapterSpellings()', () => {
  const entries = new Map([
    ['glossary/tsentrobalt', tsentrobalt],
    ['people/kerensky', kerensky],
  ]);

  test('gathers the words of other spellings of the entries a chapter mentions, once each', () => {
    const found = chapterSpellings(usages('<Term id="tsentrobalt">T</Term> <Person id="kerensky">K</Person> <Term id="tsentrobalt">x</Term> <DualDate os="1917-10-25" />'), entries);
    expect(found).toEqual(['Centrobalt', 'Центробалт', 'Kerenskii', 'Aleksandr', 'Александр', 'Керенский']);
  });

  test('leaves out words the chapter already has', () => {
    const found = chapterSpellings(usages('<Person id="kerensky">Aleksandr Kerenskii</Person>'), entries, new Set(['aleksandr', 'kerenskii', 'fled']));
    expect(found).toEqual(['Александр', 'Керенский']);
  });
});

describe('pronunciationProblem()', () => {
  const kerensky = { russian: 'Александр Керенский', stressed: 'Алекса́ндр Ке́ренский', respelling: 'ah-lyek-SAHNDR KYEH-ryen-skee' };

  test('accepts the Russian form with accents added on vowels, and a word left unmarked', () => {
    expect(pronunciationProblem(kerensky)).toBeUndefined();
    expect(pronunciationProblem({ ...kerensky, stressed: 'Алекса́ндр Керенский' })).toBeUndefined();
    expect(withoutStress(kerensky.stressed)).toBe(kerensky.russian);
  });

  test('names a stressed form that changes the letters, not only the stress', () => {
    expect(pronunciationProblem({ ...kerensky, stressed: 'Алекса́ндр Ке́ренськый' })?.message).toMatch(/not the entry's russian "Александр Керенский"/);
  });

  test('refuses an accent after a consonant, and a respelling without a stressed form', () => {
    expect(pronunciationProblem({ ...kerensky, stressed: 'Алекса́ндр Кер́енский' })?.message).toMatch(/follows "р", which is not a Russian vowel/);
    expect(pronunciationProblem({ russian: 'Ленин', respelling: 'LYEH-neen' })?.field).toBe('respelling');
  });
});
