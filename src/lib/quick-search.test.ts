import { describe, expect, test } from 'vitest';
import { meaningfulWords } from './query.ts';
import { buildQuickIndex, createQuickSearch, findQuick, groupByPage, markWords, resultHref, type QuickIndexInput } from './quick-search.ts';

const book: QuickIndexInput = {
  chapters: [
    {
      path: 'insurrection/dybenko/',
      title: 'Dybenko and the Baltic sailors',
      section: 'The Insurrection',
      summary: 'The sailors of the Baltic Fleet and their committee.',
      headings: [
        { depth: 2, slug: 'what-was-tsentrobalt', text: 'What was Tsentrobalt?' },
        { depth: 4, slug: 'a-footnote', text: 'A note on Kronstadt' },
      ],
      mentions: ['glossary/tsentrobalt/'],
    },
    {
      path: 'insurrection/winter-palace/',
      title: 'The fall of the Winter Palace',
      section: 'The Insurrection',
      summary: 'How the seat of the Provisional Government was taken.',
      headings: [],
      mentions: ['people/kerensky/', 'people/trotsky/'],
    },
    {
      path: 'background/april/',
      title: 'Against the war',
      section: 'Background',
      summary: 'The April Crisis.',
      headings: [],
      mentions: ['people/milyukov/', 'people/bochkareva/'],
    },
  ],
  companion: [
    { path: 'glossary/tsentrobalt/', title: 'Tsentrobalt', kind: 'Glossary', definition: 'The Baltic Fleet’s central committee.', names: ['Centrobalt', 'Центробалт'] },
    { path: 'people/kerensky/', title: 'Alexander Kerensky', kind: 'Person', definition: 'Head of the Provisional Government.', names: ['Керенский'] },
    { path: 'people/trotsky/', title: 'Leon Trotsky', kind: 'Person', definition: 'Chairman of the Petrograd Soviet.', names: [] },
    { path: 'people/milyukov/', title: 'Pavel Milyukov', kind: 'Person', definition: 'Kadet leader.', names: [] },
    { path: 'people/bochkareva/', title: 'Maria Bochkareva', kind: 'Person', definition: 'Commander of a women’s battalion.', names: ['Бочкарёва', 'Бочкарева'] },
  ],
  events: [{ path: 'insurrection/winter-palace/', anchor: 'event-1917-11-07-the-palace-falls', label: 'The palace falls', when: '25 October 1917 O.S. (7 November N.S.)', whenNs: '7 November 1917 N.S. (25 October O.S.)' }],
};

const quick = createQuickSearch(buildQuickIndex(book));
const find = (query: string, filters: Record<string, string> = {}) => findQuick(quick, meaningfulWords(query), filters);
const first = (query: string) => find(query)[0]?.page.path;

describe('buildQuickIndex()', () => {
  test('lists each page once, and each heading (to h3) and event as a part of its page', () => {
    const index = buildQuickIndex(book);
    expect(index.pages.map((p) => p.path)).toEqual([...book.chapters.map((c) => c.path), ...book.companion.map((e) => e.path)]);
    expect(index.entries.filter((e) => e.anchor).map((e) => e.anchor)).toEqual(['what-was-tsentrobalt', 'event-1917-11-07-the-palace-falls']);
    // An event keeps its day in both orders, for the reader's preference.
    expect(index.entries.at(-1)?.whenNs).toBe('7 November 1917 N.S. (25 October O.S.)');
    // A chapter points at the entries it mentions, which hold their names once.
    expect(index.entries[0]?.mentions).toEqual([3]);
  });

  test('fails, naming the chapter and the path, on a mention of a page that is not an entry', () => {
    const broken = { ...book, chapters: [{ ...book.chapters[0]!, mentions: ['people/nobody/'] }] };
    expect(() => buildQuickIndex(broken)).toThrow('insurrection/dybenko/ mentions people/nobody/');
  });

  test('fails, naming the event, on an event outside the book', () => {
    const broken = { ...book, events: [{ ...book.events[0]!, path: 'nowhere/' }] };
    expect(() => buildQuickIndex(broken)).toThrow('"The palace falls" is in nowhere/');
  });
});

describe('findQuick()', () => {
  test('finds a page half-typed, misspelt as transliterations differ, or in Cyrillic with ё or е', () => {
    expect(first('Kerensk')).toBe('people/kerensky/');
    expect(first('Tsentrobal')).toBe('glossary/tsentrobalt/');
    expect(first('Trotskii')).toBe('people/trotsky/');
    expect(first('Milyukoff')).toBe('people/milyukov/');
    expect(first('Centrobalt')).toBe('glossary/tsentrobalt/');
    expect(first('Центробалт')).toBe('glossary/tsentrobalt/');
    expect(first('Бочкарёва')).toBe('people/bochkareva/');
    expect(first('Бочкарева')).toBe('people/bochkareva/');
    expect(first('who was kerensky')).toBe('people/kerensky/');
  });

  test('forgives one wrong letter from five letters on, two from eight, and none in shorter words', () => {
    expect(first('Tritsky')).toBe('people/trotsky/');
    expect(first('Bochkarjeva')).toBe('people/bochkareva/');
    expect(find('Mria')).toEqual([]);
    expect(first('Mari')).toBe('people/bochkareva/');
  });

  test('finds the chapters that mention a name, after its own entry', () => {
    expect(find('Kerensky').map((h) => h.page.path)).toEqual(['people/kerensky/', 'insurrection/winter-palace/']);
  });

  test('gives the page opened the words it uses, and other spellings only when nothing else matched', () => {
    const [entry, chapter] = find('Tsentrobal');
    expect(entry?.highlight).toEqual(['tsentrobalt']);
    expect(chapter?.highlight).toEqual(['tsentrobalt']);
    // Two letters from the name the page uses, which is the word to mark there.
    expect(find('Centrobalt')[0]?.highlight).toEqual(['tsentrobalt']);
    expect(find('Центробалт')[0]?.highlight).toEqual(['центробалт']);
  });

  test('finds an event by its day in either calendar, as a part of its chapter', () => {
    for (const day of ['7 November', '25 October']) {
      const [hit] = find(day);
      expect(hit?.page.path).toBe('insurrection/winter-palace/');
      expect(hit?.parts.map((p) => p.anchor)).toEqual(['event-1917-11-07-the-palace-falls']);
    }
    expect(find('8 November')).toEqual([]);
  });

  test('keeps to the kind and section the reader chose', () => {
    expect(find('Tsentrobalt', { kind: 'Chapter' }).map((h) => h.page.path)).toEqual(['insurrection/dybenko/']);
    expect(find('Tsentrobalt', { section: 'Background' })).toEqual([]);
  });

  test('needs every word', () => {
    expect(find('Tsentrobalt palace')).toEqual([]);
  });

  test('leaves headings below h3 to the full-text search', () => {
    expect(find('Kronstadt')).toEqual([]);
  });
});

describe('groupByPage()', () => {
  test('fails on a match the index does not hold', () => {
    expect(() => groupByPage(buildQuickIndex(book), [{ id: 99, score: 1, terms: [] }])).toThrow('no entry 99');
  });
});

describe('markWords()', () => {
  test('marks the words the search matched, whatever their case, stress or ё', () => {
    expect(markWords('Ке\u0301ренский and Kerensky’s government', ['керенский', 'kerensky'])).toEqual([
      { text: 'Ке\u0301ренский', mark: true },
      { text: ' and ', mark: false },
      { text: 'Kerensky', mark: true },
      { text: '’s government', mark: false },
    ]);
  });
});

describe('resultHref()', () => {
  test('carries each matched word for the page to mark, then the heading', () => {
    expect(resultHref('/october/', 'insurrection/dybenko/', 'what-was-tsentrobalt', ['tsentrobalt', 'sailors'], 'highlight')).toBe(
      '/october/insurrection/dybenko/?highlight=tsentrobalt&highlight=sailors#what-was-tsentrobalt',
    );
    expect(resultHref('/', 'people/lenin/', undefined, [], 'highlight')).toBe('/people/lenin/');
  });
});
