/**
 * Claims the history review of November 2026 (../shared/reviews/history-2026-11.md,
 * section a) found wrong must not come back. Each test reads every content file as a
 * reader sees it (MDX through its syntax tree, quizzes field by field) and names the
 * file, the line and the review row of any passage that repeats one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT } from '../scripts/project-copy.ts';
import { allBlocks, joinBlock, readMdx, withoutQuotations, type ComponentUsage } from '../src/lib/mdx-tree.ts';

interface Sentence {
  file: string;
  line: number;
  text: string;
}

interface ContentFile {
  file: string;
  /** Each paragraph, heading or list item, as one passage. */
  passages: Sentence[];
  sentences: Sentence[];
  usages: ComponentUsage[];
}

const content = join(PROJECT, 'content');
const files = readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(mdx|json)$/.test(f) && !f.startsWith('house-style'));

/** Every content file's sentences, with their lines, and its components. */
const book: ContentFile[] = files.map((name) => {
  const file = `content/${name}`;
  const source = readFileSync(join(content, name), 'utf8');
  if (name.endsWith('.json')) {
    const texts = (JSON.parse(source) as { questions?: { question: string; options: string[]; explanation: string }[] }).questions?.flatMap((q) => [q.question, ...q.options, q.explanation]) ?? [];
    const passages = texts.map((text) => ({ file, line: 1, text }));
    return { file, usages: [], passages, sentences: passages };
  }
  const reading = readMdx(source);
  const blocks = allBlocks(reading).map(joinBlock);
  const passages = blocks.map(({ text, lineAt }) => ({ file, line: lineAt(0), text }));
  const sentences = blocks.flatMap(({ text, lineAt }) =>
    [...text.matchAll(/[^.!?]+[.!?]*/g)].map((m) => ({ file, line: lineAt(m.index), text: m[0].trim() })),
  );
  return { file, usages: reading.usages, passages, sentences };
});

const where = (s: Sentence) => `${s.file}:${s.line}: ${s.text}`;
/** A sentence that reports what a source says ("the article's figure of …", "the report gave …") discusses the claim rather than making it. */
const reports = (s: Sentence) => /\b(article|figure|report|claim|version|counted|says|said|gave|gives)\b/i.test(s.text);
/** The sentence as its own words: quotations blanked. */
const own = (s: Sentence) => withoutQuotations(s.text);
const attr = (usage: ComponentUsage, name: string) => {
  const value = usage.attributes[name];
  return value?.kind === 'string' ? value.value : undefined;
};
const dualDates = (file: ContentFile) => file.usages.filter((u) => u.name === 'DualDate');

describe('claims the history review found wrong stay corrected', () => {
  test('#1 Kotkin: the view the revisionists sought to bury is the totalitarian one, not their own', () => {
    const found = book.flatMap((f) => f.passages).filter((s) => /sought to bury/i.test(s.text) && !/totalitarian/i.test(s.text));
    expect(found.map(where)).toEqual([]);
  });

  test('#2 April Days: the demonstrations were on 20–21 April O.S. (3–4 May N.S.), after the note was printed, not from 18 April', () => {
    const found = book.flatMap((f) =>
      dualDates(f)
        .filter((u) => (attr(u, 'os') === '1917-04-18' || attr(u, 'ns') === '1917-05-01') && attr(u, 'end') !== undefined)
        .map((u) => `${f.file}:${u.line}: a range from 18 April 1917 O.S. (1 May N.S.)`),
    );
    expect(found).toEqual([]);
  });

  test('#3 July Days: no "hundreds killed", and no government order to fire stated as fact', () => {
    const found = book
      .flatMap((f) => f.sentences)
      .filter((s) => !reports(s))
      .filter((s) => /\bhundreds\b[^.]{0,40}\b(killed|dead|died)\b/i.test(own(s)) || /government ordered (armed )?force/i.test(own(s)));
    expect(found.map(where)).toEqual([]);
  });

  test('#4 the shooting of the Constituent Assembly march is dated 5 January 1918 O.S., and its count is not "about 100 dead"', () => {
    const dybenko = book.find((f) => f.file === 'content/insurrection/40-dybenko.mdx');
    expect(dybenko && dualDates(dybenko).some((u) => attr(u, 'os') === '1918-01-05' || attr(u, 'ns') === '1918-01-18')).toBe(true);
    const found = book
      .flatMap((f) => f.sentences)
      .filter((s) => /no date is given/i.test(own(s)) || (!reports(s) && /\b(about|some|around|roughly)\s+(a\s+)?(100|hundred)\s+(people\s+)?(dead|killed)\b(?!\s+(and|or)\s+wounded)/i.test(own(s))));
    expect(found.map(where)).toEqual([]);
  });

  test("#5 Kerensky left in his own touring car; the US embassy's car followed it", () => {
    const found = book
      .flatMap((f) => f.sentences)
      .filter((s) => /Renault/.test(s.text) && /\b(in it|in the Renault|in the embassy'?s car)\b|(set off|left|drove|fled|escaped)\b[^.]{0,40}\bRenault/i.test(s.text));
    expect(found.map(where)).toEqual([]);
  });

  test('#6 the ultimatum went to the Winter Palace at about 6:30 p.m., before the Cossacks left at 8', () => {
    // An event that marks the ultimatum carries its time, before seven in the evening.
    const late = book.flatMap((f) =>
      dualDates(f)
        .filter((u) => /ultimatum/i.test(attr(u, 'event') ?? '') && !((attr(u, 'time') ?? '99:99') < '19:00'))
        .map((u) => `${f.file}:${u.line}: the ultimatum's time is ${attr(u, 'time') ?? 'not given'}`),
    );
    expect(late).toEqual([]);
    const found = book.flatMap((f) => f.sentences).filter((s) => /ultimatum/i.test(s.text) && /later in the evening/i.test(s.text));
    expect(found.map(where)).toEqual([]);
  });
});
