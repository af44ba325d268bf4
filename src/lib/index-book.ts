/**
 * What the build works out from the chapters once they are checked: which
 * chapters mention each companion entry, the other spellings search should
 * know for each chapter, the timeline's events, and which chapters use each
 * source. One pure function over plain data, so a test can call it with
 * three fake chapters; src/data/book.ts calls it with the real ones.
 */
import { chapterKey, type ChapterInfo } from './chapters.ts';
import { chapterSpellings, collectMentions, type CompanionEntry } from './companion.ts';
import { collectEvents, type TimelineEvent } from './events.ts';
import { visibleWords, type MdxReading } from './mdx-tree.ts';
import { chaptersBySource, type SourceInfo } from './sources.ts';

/** A chapter as the index needs it: its place in the book, its syntax tree and the sources it lists. */
export interface ChapterReading {
  chapter: ChapterInfo;
  reading: MdxReading;
  /** Ids from its `sources:` frontmatter, already checked. */
  sources: readonly string[];
}

export interface BookIndex {
  /** The chapters that mention each entry, in reading order, by `kind/id`. */
  mentions: ReadonlyMap<string, ChapterInfo[]>;
  /** Other spellings of the entries each chapter mentions that it does not already contain, by `section/slug`. */
  spellings: ReadonlyMap<string, string[]>;
  /** Every event the chapters mark, in time order. */
  events: TimelineEvent[];
  /** The chapters that use each source, in reading order, by source id. */
  sourceUse: ReadonlyMap<string, ChapterInfo[]>;
  /** Each chapter's sources, in the order it lists them, by `section/slug`. */
  chapterSources: ReadonlyMap<string, SourceInfo[]>;
}

/** Indexes chapters given in reading order. Throws, naming the file, if an event is marked twice in one chapter. */
export function indexBook(
  chapters: readonly ChapterReading[],
  companion: ReadonlyMap<string, CompanionEntry>,
  sources: ReadonlyMap<string, SourceInfo>,
): BookIndex {
  const usages = chapters.map(({ chapter, reading }) => ({ chapter, usages: reading.usages }));
  const sourceIds = chapters.map(({ chapter, sources: ids }) => ({ chapter, sources: [...ids] }));
  return {
    mentions: collectMentions(usages),
    spellings: new Map(
      chapters.map(({ chapter, reading }) => [chapterKey(chapter), chapterSpellings(reading.usages, companion, visibleWords(reading))]),
    ),
    events: collectEvents(usages),
    sourceUse: chaptersBySource(sourceIds),
    chapterSources: new Map(chapters.map(({ chapter, sources: ids }) => [chapterKey(chapter), ids.flatMap((id) => sources.get(id) ?? [])])),
  };
}
