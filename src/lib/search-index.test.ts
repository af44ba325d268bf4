import { describe, expect, test } from 'vitest';
import {
  checkPagefindVersion,
  chunkName,
  chunkRanges,
  chunkWords,
  decodeCbor,
  distinguishingPrefixes,
  encodeCbor,
  readPagefindFile,
  wordWeight,
  writePagefindFile,
  PAGEFIND_VERIFIED,
  type Cbor,
} from './search-index.ts';

/** A word entry as Pagefind writes it: [word, [[page, locations, meta locations]], variants]. */
const word = (text: string, ...pages: number[][]): Cbor => [text, pages.map((locs, page) => [page, locs, []]), []];

describe('encodeCbor() and decodeCbor()', () => {
  test('round-trip the integers, text and arrays Pagefind uses, at every length width', () => {
    const value: Cbor = [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32 - 1, -1, -25, -300, '', 'Центробалт', ['”', [[]]]];
    expect(decodeCbor(encodeCbor(value))).toEqual(value);
  });

  test('match the standard encoding byte for byte', () => {
    expect([...encodeCbor([1, -25, 'a'])]).toEqual([0x83, 0x01, 0x38, 0x18, 0x61, 0x61]);
    expect([...encodeCbor(500)]).toEqual([0x19, 0x01, 0xf4]);
  });

  test('decoding refuses types Pagefind does not write, and trailing bytes', () => {
    expect(() => decodeCbor(Uint8Array.from([0xf5]))).toThrow(/unsupported CBOR type 7/);
    expect(() => decodeCbor(Uint8Array.from([0x01, 0x02]))).toThrow(/1 stray bytes/);
  });
});

describe('readPagefindFile() and writePagefindFile()', () => {
  test('round-trip through gzip with the signature', () => {
    const value: Cbor = [[word('kerensky', [-25, 3, 40])]];
    expect(readPagefindFile(writePagefindFile(value), 'x')).toEqual(value);
  });

  test('refuse a file without the signature, naming it', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(() => readPagefindFile(gzipSync(Buffer.from([0x80])), 'index/en_1.pf_index')).toThrow(/index\/en_1\.pf_index does not start/);
  });
});

describe('wordWeight()', () => {
  test('counts a location each and one per page, variants included', () => {
    expect(wordWeight(word('in', [1, 2, 3], [4]))).toBe(6);
    expect(wordWeight(['kroupskaia', [], [['kroupskaïa', [[70, [], [-1, 18]], [19, [-25, 32], [-1, 10]]]]]])).toBe(8);
  });
});

describe('chunkWords()', () => {
  // Pagefind's own test: apple(1:3 locs, 5:3 locs) apricot(3) banana(4) peach(3), chunk size 8.
  const words = [word('apple', [20, 40, 60], [3, 6, 9]), word('apricot', [45, 3432, 6003]), word('banana', [100, 500, 900, 566]), word('peach', [383, 2, 678])];

  test('closes a chunk once it reaches the target, as Pagefind does', () => {
    const chunks = chunkWords(words, 8);
    expect(chunks.map((c) => c.map((w) => (w as Cbor[])[0]))).toEqual([['apple'], ['apricot', 'banana'], ['peach']]);
  });

  test('keeps every word, in order', () => {
    expect(chunkWords(words, 1).flat()).toEqual(words);
    expect(chunkWords(words, 1000)).toEqual([words]);
  });
});

describe('chunkRanges()', () => {
  test('narrows each boundary to the shortest distinguishing prefixes, as Pagefind does', () => {
    const chunks = chunkWords([word('apple', [1]), word('apricot', [1]), word('banana', [1]), word('peach', [1])], 1);
    expect(chunkRanges(chunks.slice(0, 1).concat([chunks[1]!.concat(chunks[2]!)], chunks.slice(3)))).toEqual([
      { from: 'apple', to: 'app' },
      { from: 'apr', to: 'b' },
      { from: 'p', to: 'peach' },
    ]);
  });
});

describe('distinguishingPrefixes()', () => {
  test('matches Pagefind’s get_prefixes', () => {
    expect(distinguishingPrefixes('apple', 'apricot')).toEqual(['app', 'apr']);
    expect(distinguishingPrefixes('cataraman', 'yacht')).toEqual(['c', 'y']);
    expect(distinguishingPrefixes('cath', 'cathartic')).toEqual(['cath', 'catha']);
  });

  test('counts characters, not UTF-16 units', () => {
    expect(distinguishingPrefixes('центр', 'цепь')).toEqual(['цен', 'цеп']);
  });
});

describe('chunkName()', () => {
  test('is the language and a content hash, lengthened on a collision', () => {
    const bytes = Uint8Array.from([1, 2, 3]);
    const name = chunkName('en', bytes);
    expect(name).toMatch(/^en_[0-9a-f]{7}$/);
    expect(chunkName('en', bytes, new Set([name]))).toMatch(new RegExp(`^${name}[0-9a-f]$`));
  });
});

describe('stripIndexingMarkup()', () => {
  test('drops the attributes and meta elements only Pagefind reads, and nothing else', async () => {
    const { stripIndexingMarkup } = await import('./search-index.ts');
    const html =
      '<head><meta data-pagefind-meta="aliases:Centrobalt, Центробалт"><meta name="description" content="x"></head>' +
      '<article data-pagefind-body data-pagefind-filter="kind:Chapter" class="prose"><p data-pagefind-ignore>data-pagefind-body is text here</p></article>';
    expect(stripIndexingMarkup(html)).toBe(
      '<head><meta name="description" content="x"></head><article class="prose"><p>data-pagefind-body is text here</p></article>',
    );
  });
});

describe('slimFragment()', () => {
  test('drops ranking-only meta and anchors that are not headings, keeping the rest', async () => {
    const { slimFragment } = await import('./search-index.ts');
    const fragment = {
      url: '/background/kornilov-affair/',
      content: 'Who was Kornilov? …',
      word_count: 900,
      filters: { kind: ['Chapter'] },
      meta: { title: 'The Kornilov affair', kind: 'Chapter', aliases: 'Kornilow Корнилов' },
      anchors: [
        { element: 'h2', id: 'who-was-kornilov', text: 'Who was Kornilov?', location: 106 },
        { element: 'time', id: 'event-1917-07-31', text: '18 July 1917 O.S.', location: 125 },
        { element: 'h3', id: 'a-march', text: 'A march', location: 300 },
      ],
    };
    expect(JSON.parse(slimFragment(JSON.stringify(fragment), ['aliases']))).toEqual({
      ...fragment,
      meta: { title: 'The Kornilov affair', kind: 'Chapter' },
      anchors: [fragment.anchors[0], fragment.anchors[2]],
    });
  });
});

describe('checkPagefindVersion()', () => {
  test('accepts the index of the verified Pagefind', () => {
    expect(() => checkPagefindVersion({ version: PAGEFIND_VERIFIED, languages: {} }, 'dist/pagefind/pagefind-entry.json')).not.toThrow();
  });

  test('stops on any other version, naming the file, both versions and what to check', () => {
    expect(() => checkPagefindVersion({ version: '1.7.0' }, 'dist/pagefind/pagefind-entry.json')).toThrow(
      /^dist\/pagefind\/pagefind-entry\.json: the search index was written by Pagefind 1\.7\.0, but its re-cut \(src\/lib\/search-index\.ts\) was verified against Pagefind 1\.6\.0 only\..*chunk_index.*README, "Upgrading Pagefind"/,
    );
    expect(() => checkPagefindVersion({}, 'entry.json')).toThrow('written by Pagefind unknown');
  });
});
