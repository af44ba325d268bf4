/**
 * What a reader types, made into what Pagefind can match. Students type
 * questions ("what was the cheka"), Russian names in many spellings
 * ("Trotskii", "Milyukoff") and Cyrillic with or without ё or stress marks.
 * Pagefind matches every word, by prefix, without typo tolerance, so the
 * search page asks it for the words that carry meaning, and, when they find
 * little, for spelling variants and for most of the words. Pure functions,
 * shared by the search page's script and its tests.
 */

/** Words that ask rather than name: they never narrow a search, unless they are all there is. */
export const FILLER = new Set(
  (
    'a an the and or of in on at to for from by with about into as is are was were be been being do does did ' +
    'what when where who whom whose which why how whats whos wheres hows ' +
    'can could should would will shall may might must happen happened happens ' +
    'tell me explain meaning mean means define definition please i you we they it this that these those there'
  ).split(' '),
);

/** Folds what readers type inconsistently: case, stress marks, ё for е, curly apostrophes. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\u0301/g, '')
    .normalize('NFC')
    .replace(/ё/g, 'е')
    .replace(/Ё/g, 'Е')
    .replace(/[’‘]/g, "'");
}

/** Whether the reader asked for an exact phrase ("in quotation marks"), which is searched as typed. */
export const isPhrase = (query: string) => /["“”]/.test(query);

/** The words of a query that carry meaning, folded; the folded query itself when every word is filler or it is a phrase. */
export function meaningfulWords(query: string): string[] {
  if (isPhrase(query)) return [fold(query).trim()];
  const words = fold(query)
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  const kept = words.filter((w) => !FILLER.has(w.toLowerCase().replace(/'s$/, '')));
  return kept.length ? kept : words;
}

/**
 * Other ways a Russian name is spelt in English, for a word that finds
 * nothing as typed: the endings and letter pairs that transliteration
 * systems and old books disagree on (Trotskii/Trotsky, Milyukoff/Milyukov,
 * Zinovyev/Zinoviev). Returns variants in the order worth trying.
 */
export function spellingVariants(word: string): string[] {
  const rules: [RegExp, string][] = [
    [/ii$/i, 'y'],
    [/iy$/i, 'y'],
    [/yi$/i, 'y'],
    [/ij$/i, 'y'],
    [/ff$/i, 'v'],
    [/ow$/i, 'ov'],
    [/yev/i, 'iev'],
    [/iev/i, 'yev'],
    [/yev/i, 'ev'],
    [/ia$/i, 'aya'],
    [/aia$/i, 'aya'],
    [/ks/i, 'x'],
    [/x/i, 'ks'],
    [/j/i, 'y'],
    [/kh/i, 'h'],
    [/tch/i, 'ch'],
    [/sch/i, 'sh'],
    [/e$/i, 'y'],
  ];
  const variants = new Set<string>();
  for (const [pattern, replacement] of rules) {
    if (pattern.test(word)) variants.add(word.replace(pattern, replacement));
  }
  variants.delete(word);
  return [...variants];
}

export interface Found {
  id: string;
  score: number;
}

/**
 * Results that match every word first, in Pagefind's order; then pages that
 * match only some of the words, most words first, then by score. `partial`
 * holds, for each word, what that word alone found.
 */
export function rankWithPartial<R extends Found>(full: readonly R[], partial: readonly (readonly R[])[]): R[] {
  const seen = new Set(full.map((r) => r.id));
  const counts = new Map<string, { result: R; words: number; score: number }>();
  for (const found of partial) {
    for (const result of found) {
      if (seen.has(result.id)) continue;
      const entry = counts.get(result.id) ?? { result, words: 0, score: 0 };
      entry.words += 1;
      entry.score += result.score;
      counts.set(result.id, entry);
    }
  }
  const rest = [...counts.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((e) => e.result);
  return [...full, ...rest];
}

/** Whether a page's title is what the reader asked for ("soviet" → "Soviet", "soviets"; "the cheka" → "Cheka"). */
export function isTitleMatch(title: string, words: readonly string[]): boolean {
  const norm = (s: string) => fold(s).toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, '').replace(/s\b/g, '').trim();
  return words.length > 0 && norm(title) === norm(words.join(' '));
}

/** The results in their order, except that a page titled exactly as asked comes first. */
export const titleMatchFirst = <T extends { title: string }>(items: readonly T[], words: readonly string[]): T[] => [
  ...items.filter((i) => isTitleMatch(i.title, words)),
  ...items.filter((i) => !isTitleMatch(i.title, words)),
];
