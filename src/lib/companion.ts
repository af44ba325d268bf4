/**
 * The reader's companion: glossary and people entries, the mentions of them
 * in chapters (backlinks), their A–Z order and the spellings search should
 * know. Pure functions over plain data; `src/data/book.ts` supplies it.
 */
import type { ChapterInfo } from './chapters.ts';
import type { ComponentUsage } from './mdx-tree.ts';

export type CompanionKind = 'glossary' | 'people';

/** Each kind's name as a page title and in navigation; its index lives at `/<kind>/`. */
export const COMPANION_TITLES: Record<CompanionKind, string> = { glossary: 'Glossary', people: 'People' };

/** The MDX component that marks a mention of each kind of entry. */
export const MENTION_COMPONENTS: Record<string, CompanionKind> = { Term: 'glossary', Person: 'people' };

export interface CompanionEntry {
  kind: CompanionKind;
  id: string;
  name: string;
  definition: string;
  /** Other spellings and transliterations, without the name itself. */
  aliases: string[];
  /** The Russian form in Cyrillic, if there is one. */
  russian: string | undefined;
  /** The Russian form with its stress marked, and a plain English respelling, if known. */
  stressed: string | undefined;
  respelling: string | undefined;
  /** What the entry is filed under in A–Z lists ("Lenin" for Vladimir Lenin). */
  sortAs: string;
  filePath: string;
}

/** The combining acute accent that marks a stressed vowel in Russian. */
export const STRESS_MARK = '\u0301';

/** A stressed form without its stress marks: "Ке́ренский" → "Керенский". */
export const withoutStress = (text: string) => text.replaceAll(STRESS_MARK, '');

/**
 * What is wrong with an entry's pronunciation fields, if anything: a stressed
 * form that is not its Russian form with accents added, an accent not on a
 * vowel, or a respelling without a stressed form.
 */
export function pronunciationProblem(entry: { russian?: string | undefined; stressed?: string | undefined; respelling?: string | undefined }): { field: 'stressed' | 'respelling'; message: string } | undefined {
  const { russian, stressed, respelling } = entry;
  if (respelling && !stressed) return { field: 'respelling', message: 'a respelling goes with `stressed`, the Russian form with its stress marked' };
  if (!stressed) return undefined;
  if (!russian) return { field: 'stressed', message: '`stressed` marks the stress of `russian`, which is missing' };
  if (withoutStress(stressed) !== russian) {
    return { field: 'stressed', message: `"${stressed}" without its accents is "${withoutStress(stressed)}", not the entry's russian "${russian}": add only U+0301 accents` };
  }
  const misplaced = [...stressed.matchAll(/(.)\u0301/gu)].find(([, before]) => !/[аеиоуыэюяАЕИОУЫЭЮЯ]/.test(before ?? ''));
  if (misplaced) return { field: 'stressed', message: `"${stressed}": a stress mark follows "${misplaced[1]}", which is not a Russian vowel (ё needs none)` };
  if (!respelling) return { field: 'respelling', message: 'give a plain English respelling with the stressed form' };
  return undefined;
}

export const entryPath = (entry: Pick<CompanionEntry, 'kind' | 'id'>) => `${entry.kind}/${entry.id}/`;

/** Every way of writing an entry's name that is not its name: aliases, then the Russian form (with ё, and with е). */
export function otherSpellings(entry: CompanionEntry): string[] {
  const written = [...entry.aliases, ...(entry.russian ? [entry.russian] : [])];
  // Russian is printed with ё or with е for the same letter, and readers type either: search knows both.
  const all = written.flatMap((s) => (/[ёЁ]/.test(s) ? [s, s.replace(/ё/g, 'е').replace(/Ё/g, 'Е')] : [s]));
  return [...new Set(all)].filter((s) => s.toLowerCase() !== entry.name.toLowerCase());
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A–Z order by what an entry is filed under, as the A–Z lists and the whole book use it. */
export const compareEntries = (a: Pick<CompanionEntry, 'sortAs'>, b: Pick<CompanionEntry, 'sortAs'>) => collator.compare(a.sortAs, b.sortAs);

/** One kind of entry, A–Z. */
export const entriesOf = <E extends CompanionEntry>(entries: Iterable<E>, kind: CompanionKind): E[] =>
  [...entries].filter((e) => e.kind === kind).sort(compareEntries);

/** The letter an entry is filed under, A–Z; digits and other scripts go under "#". */
export function indexLetter(entry: Pick<CompanionEntry, 'sortAs'>): string {
  const first = entry.sortAs.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** Entries sorted A–Z and grouped by their letter, in letter order. */
export function groupByLetter<T extends Pick<CompanionEntry, 'sortAs'>>(entries: T[]): { letter: string; entries: T[] }[] {
  const sorted = [...entries].sort(compareEntries);
  const groups = new Map<string, T[]>();
  for (const entry of sorted) {
    const letter = indexLetter(entry);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups].map(([letter, list]) => ({ letter, entries: list }));
}

/** The entry a mention component points at: `<Term id="tsentrobalt">` → glossary/tsentrobalt. */
export function mentionTarget(usage: ComponentUsage): { kind: CompanionKind; id: string } | undefined {
  const kind = MENTION_COMPONENTS[usage.name];
  const id = usage.attributes['id'];
  if (!kind || id?.kind !== 'string') return undefined;
  return { kind, id: id.value };
}

export const entryKey = (entry: { kind: CompanionKind; id: string }) => `${entry.kind}/${entry.id}`;

/**
 * Which chapters mention each entry, in reading order, each chapter once,
 * from the mention components found in every chapter's source.
 */
export function collectMentions(
  chapters: { chapter: ChapterInfo; usages: ComponentUsage[] }[],
): Map<string, ChapterInfo[]> {
  const mentions = new Map<string, ChapterInfo[]>();
  for (const { chapter, usages } of chapters) {
    for (const usage of usages) {
      const target = mentionTarget(usage);
      if (!target) continue;
      const list = mentions.get(entryKey(target)) ?? [];
      if (!list.includes(chapter)) list.push(chapter);
      mentions.set(entryKey(target), list);
    }
  }
  return mentions;
}

/**
 * The words of other spellings of every entry a chapter mentions that the
 * chapter does not already contain, so that search finds the chapter by any
 * of them ("Centrobalt", "Центробалт") without repeating words it has.
 */
export function chapterSpellings(usages: ComponentUsage[], entries: ReadonlyMap<string, CompanionEntry>, present: ReadonlySet<string> = new Set()): string[] {
  const words = usages.flatMap((usage) => {
    const target = mentionTarget(usage);
    const entry = target && entries.get(entryKey(target));
    return entry ? otherSpellings(entry).flatMap((spelling) => spelling.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []) : [];
  });
  return [...new Set(words)].filter((word) => word.length > 2 && !present.has(word.toLowerCase()));
}
