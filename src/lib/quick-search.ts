/**
 * Quick search: what the search page answers from as the reader types. A
 * small index of the book's own (quick-search.json): every chapter, glossary
 * and people page by its title and the other spellings of its name, each
 * chapter's headings, the names it mentions and the events it marks, with
 * both dates. MiniSearch matches it by prefix and with typos, in the page,
 * at every keystroke, without Pagefind's 60 KB wasm and 13 KB script.
 * Pagefind reads every word of every page when the reader presses Enter,
 * and by itself when the quick index finds little (scripts/site-search.ts).
 *
 * Both sides share this file: the build writes the index (pages/quick-search.json.ts),
 * the page searches it, and the tests check what it finds.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import { fold, titleMatchFirst } from './query.ts';
import { KIND_LABELS, SEARCH_FIELDS } from './search.ts';

/** A page search can lead to. `path` is site-relative (`people/kerensky/`). */
export interface QuickPage {
  path: string;
  title: string;
  /** A value of KIND_LABELS (lib/search.ts): what the kind filter and the results call it. */
  kind: string;
  /** A chapter's section, by title, as the section filter names it. */
  section?: string;
  /** One line shown under the title: an entry's definition, a chapter's summary. */
  text: string;
}

/** One thing the quick index matches: a page itself, or a heading or event on it (with its `anchor`). */
export interface QuickEntry {
  /** Index into `pages`. */
  page: number;
  anchor?: string;
  /** The page's title, the heading, or the event as the chapter labels it. */
  title: string;
  /** Other spellings of the page's subject (an entry's aliases and Russian name). */
  names?: string;
  /** A chapter: the glossary and people pages it mentions, by index into `pages`; searched by their names and spellings. */
  mentions?: number[];
  /** An event: its day in both calendars, Old Style first ("25 October 1917 O.S. (7 November N.S.)"), as readers search for it. */
  when?: string;
  /** The same day New Style first, shown to readers who prefer that order; absent after Russia's switch. */
  whenNs?: string;
}

export interface QuickIndex {
  pages: QuickPage[];
  entries: QuickEntry[];
}

/** What MiniSearch indexes of each entry. */
const QUICK_FIELDS = ['title', 'names', 'mentions', 'mentionedNames', 'when'] as const;

/** Fields of other spellings, which the page itself may not use: their words are marked only when nothing else matched. */
const SPELLING_FIELDS: ReadonlySet<string> = new Set(['names', 'mentionedNames']);

/** Case, stress marks and ё/е do not matter, on either side (lib/query.ts). */
const processTerm = (term: string) => fold(term).toLowerCase();

/**
 * How far a typed word may be from a word of the index: none for short words,
 * where one letter changes the word ("Lvov"/"Lev"), and up to two letters for
 * long ones, where transliterations differ by two ("Trotskii"/"Trotsky",
 * "Milyukoff"/"Milyukov", "Dzerzhinskii"/"Dzerzhinsky").
 */
const typoDistance = (term: string) => (term.length >= 8 ? 2 : term.length >= 5 ? 1 : 0);

/** A page's own name outweighs a heading or event that names the same thing. */
const PAGE_WEIGHT = 2;

/**
 * Every word must match (a reader adding a word narrows the search); the last
 * word may be half-typed; a page's own name counts most, then other spellings,
 * headings and dates, then mere mentions.
 */
const QUICK_SEARCH_OPTIONS: SearchOptions = {
  combineWith: 'AND',
  prefix: (term, i, terms) => i === terms.length - 1 || term.length >= 4,
  fuzzy: (term) => typoDistance(term),
  boost: { title: 4, names: 3, when: 3, mentions: 1, mentionedNames: 0.5 },
};

/**
 * The quick index, ready to search: each entry's id is its position. A
 * chapter's mentions are searched by the names of the entries it mentions,
 * which the index stores once, with those entries.
 */
export function createQuickSearch(index: QuickIndex): QuickSearch {
  const pagesOf = index.entries.filter((entry) => entry.anchor === undefined);
  const titles = new Map(pagesOf.map((entry) => [entry.page, entry.title]));
  const spellings = new Map(pagesOf.map((entry) => [entry.page, entry.names ?? '']));
  const mentioned = (entry: QuickEntry, of: Map<number, string>) => (entry.mentions ?? []).map((page) => of.get(page) ?? '').join(' · ');
  const search = new MiniSearch<QuickEntry & { id: number }>({
    fields: [...QUICK_FIELDS],
    storeFields: [],
    processTerm,
    searchOptions: {
      ...QUICK_SEARCH_OPTIONS,
      boostDocument: (id) => (index.entries[Number(id)]?.anchor === undefined ? PAGE_WEIGHT : 1),
    },
    extractField: (entry, field) =>
      field === 'mentions'
        ? mentioned(entry, titles)
        : field === 'mentionedNames'
          ? mentioned(entry, spellings)
          : ((entry as unknown as Record<string, string>)[field] ?? ''),
  });
  search.addAll(index.entries.map((entry, id) => ({ ...entry, id })));
  return { index, search };
}

/** The quick index and MiniSearch over it. */
export interface QuickSearch {
  index: QuickIndex;
  search: MiniSearch<QuickEntry & { id: number }>;
}

/**
 * The pages the quick index finds for the words that carry meaning (lib/query.ts
 * meaningfulWords), within the filters the reader chose (`kind`, `section`),
 * best first, and a page titled exactly as asked before all others.
 */
export function findQuick({ index, search }: QuickSearch, words: readonly string[], filters: Readonly<Record<string, string>>): QuickHit[] {
  const wanted = (page: QuickPage | undefined) =>
    !!page && (!filters[SEARCH_FIELDS.kind] || page.kind === filters[SEARCH_FIELDS.kind]) && (!filters[SEARCH_FIELDS.section] || page.section === filters[SEARCH_FIELDS.section]);
  const matches = search.search(words.join(' '), { filter: (match) => wanted(index.pages[index.entries[Number(match.id)]?.page ?? -1]) });
  const hits = groupByPage(
    index,
    matches.map((m) => {
      const spelt = Object.entries(m.match).filter(([, fields]) => fields.every((field) => SPELLING_FIELDS.has(field))).map(([term]) => term);
      return { id: Number(m.id), score: m.score, terms: m.terms, spellings: spelt };
    }),
  );
  return titleMatchFirst(hits.map((hit) => ({ ...hit, title: hit.page.title })), words);
}

/** What MiniSearch reports of a match. */
export interface QuickMatch {
  id: number;
  score: number;
  /** The index's words that matched, as processTerm made them. */
  terms: string[];
  /** Those of `terms` that matched only other spellings ("kerenskii" in Kerensky's aliases). */
  spellings?: string[];
}

/** A page found, with the headings and events on it that matched. */
export interface QuickHit {
  page: QuickPage;
  score: number;
  /** Headings and events, best first. */
  parts: QuickEntry[];
  /** Every index word that matched on this page, for marking them. */
  terms: string[];
  /**
   * The words for the page opened to mark: those that matched its title,
   * headings, events or mentions, or, if only other spellings matched, those.
   */
  highlight: string[];
}

/**
 * One result per page, best first: a page counts by its best match, plus a
 * little for each further heading or event on it that matched, so that a
 * chapter that keeps coming back to a subject passes one that names it once.
 */
export function groupByPage(index: QuickIndex, matches: readonly QuickMatch[]): QuickHit[] {
  const hits = new Map<number, Omit<QuickHit, 'highlight'> & { best: number; rest: number; plain: Set<string> }>();
  for (const match of matches) {
    const entry = index.entries[match.id];
    const page = entry && index.pages[entry.page];
    if (!entry || !page) throw new Error(`quick search: no entry ${match.id} in the index`);
    const hit = hits.get(entry.page) ?? { page, score: 0, parts: [], terms: [], best: 0, rest: 0, plain: new Set<string>() };
    if (match.score > hit.best) {
      hit.rest += hit.best;
      hit.best = match.score;
    } else hit.rest += match.score;
    if (entry.anchor !== undefined) hit.parts.push(entry);
    hit.terms = [...new Set([...hit.terms, ...match.terms])];
    for (const term of match.terms) if (!match.spellings?.includes(term)) hit.plain.add(term);
    hits.set(entry.page, hit);
  }
  return [...hits.values()]
    .map(({ best, rest, plain, ...hit }) => ({ ...hit, score: best + rest / 4, highlight: plain.size ? [...plain] : hit.terms }))
    .sort((a, b) => b.score - a.score);
}

/** Text cut where marks go: every word whose folded form the search matched is marked. */
export function markWords(text: string, terms: readonly string[]): { text: string; mark: boolean }[] {
  const wanted = new Set(terms);
  const pieces: { text: string; mark: boolean }[] = [];
  for (const piece of text.split(/([\p{L}\p{N}\p{M}]+)/u)) {
    if (!piece) continue;
    const mark = wanted.has(processTerm(piece));
    const last = pieces.at(-1);
    if (last && !last.mark && !mark) last.text += piece;
    else pieces.push({ text: piece, mark });
  }
  return pieces;
}

/**
 * The address of a result: the page, the searched words for the page to mark
 * (one parameter per word, as Pagefind writes them), and the heading or event.
 */
export function resultHref(base: string, path: string, anchor: string | undefined, words: readonly string[], param: string): string {
  const query = new URLSearchParams(words.map((word) => [param, word])).toString();
  return `${base}${path}${query ? `?${query}` : ''}${anchor ? `#${anchor}` : ''}`;
}

/** What the build knows of the book, as the quick index needs it. */
export interface QuickIndexInput {
  /** `mentions`: the paths of the glossary and people pages the chapter mentions. */
  chapters: { path: string; title: string; section: string; summary: string; headings: { depth: number; slug: string; text: string }[]; mentions: string[] }[];
  companion: { path: string; title: string; kind: string; definition: string; names: string[] }[];
  events: { path: string; anchor: string; label: string; when: string; whenNs?: string | undefined }[];
}

/** Headings deeper than this are left to the full-text search. */
const HEADING_DEPTH = 3;

/** The quick index of the book: pages first (chapters, then entries), then their headings and events. Throws on an event whose chapter is not in the book. */
export function buildQuickIndex({ chapters, companion, events }: QuickIndexInput): QuickIndex {
  const pages: QuickPage[] = [];
  const entries: QuickEntry[] = [];
  const byPath = new Map<string, number>();
  // Entries get their places first, so that chapters can point at the entries they mention.
  const entryPages = new Map(companion.map((entry, i) => [entry.path, chapters.length + i]));
  for (const chapter of chapters) {
    const page = pages.push({ path: chapter.path, title: chapter.title, kind: KIND_LABELS.chapter, section: chapter.section, text: chapter.summary }) - 1;
    byPath.set(chapter.path, page);
    const mentions = chapter.mentions.map((path) => {
      const mentioned = entryPages.get(path);
      if (mentioned === undefined) throw new Error(`quick search: ${chapter.path} mentions ${path}, which is not a glossary or people page`);
      return mentioned;
    });
    entries.push(mentions.length ? { page, title: chapter.title, mentions } : { page, title: chapter.title });
    for (const heading of chapter.headings) {
      if (heading.depth <= HEADING_DEPTH) entries.push({ page, anchor: heading.slug, title: heading.text });
    }
  }
  for (const entry of companion) {
    const page = pages.push({ path: entry.path, title: entry.title, kind: entry.kind, text: entry.definition }) - 1;
    entries.push(entry.names.length ? { page, title: entry.title, names: entry.names.join(' · ') } : { page, title: entry.title });
  }
  for (const event of events) {
    const page = byPath.get(event.path);
    if (page === undefined) throw new Error(`quick search: the event "${event.label}" is in ${event.path}, which is not a chapter of the book`);
    const { anchor, label, when, whenNs } = event;
    entries.push(whenNs === undefined ? { page, anchor, title: label, when } : { page, anchor, title: label, when, whenNs });
  }
  return { pages, entries };
}
