import { describe, expect, test } from 'vitest';
import { buildBook, type ChapterInfo } from './chapters.ts';
import { resolveSelfChecks, type Question } from './self-checks.ts';

const chapter = (section: ChapterInfo['section'], slug: string, headings: string[] = []): ChapterInfo => ({
  section,
  slug,
  order: 1,
  title: `The ${slug}`,
  summary: '',
  filePath: `content/${section}/01-${slug}.mdx`,
  headings: headings.map((h) => ({ depth: 2, slug: h, text: `Heading ${h}` })),
});
const book = buildBook(
  [
    { id: 'background', title: 'Background', summary: '' },
    { id: 'insurrection', title: 'The Insurrection', summary: '' },
  ],
  [chapter('background', 'names', ['why-october']), chapter('insurrection', 'onset')],
);
const q = (see: string, question = 'Why?'): Question => ({ question, options: ['a', 'b', 'c'], answer: 1, explanation: 'Because.', see });
const file = (id: string, questions: Question[]) => ({ id, filePath: `content/self-checks/${id}.json`, questions });

describe('resolveSelfChecks()', () => {
  test('resolves each question to the heading that explains it, in book order', () => {
    const { selfChecks, problems } = resolveSelfChecks(book, [file('insurrection', [q('insurrection/onset')]), file('background', [q('background/names#why-october')])]);
    expect(problems).toEqual([]);
    expect(selfChecks.map((c) => c.section)).toEqual(['background', 'insurrection']);
    expect(selfChecks[0]?.questions[0]).toMatchObject({ seePath: 'background/names/#why-october', seeLabel: '“Heading why-october”, in The names' });
    expect(selfChecks[1]?.questions[0]).toMatchObject({ seePath: 'insurrection/onset/', seeLabel: 'The onset' });
  });

  test('names the file, the question and the missing heading', () => {
    const { problems } = resolveSelfChecks(book, [file('background', [q('background/names#why-november')]), file('insurrection', [q('insurrection/onset')])]);
    expect(problems).toEqual([expect.stringMatching(/^content\/self-checks\/background\.json: question 1 "see": link "background\/names#why-november": .* has no heading "#why-november"/)]);
  });

  test('refuses a pointer to a section page rather than a chapter', () => {
    const { problems } = resolveSelfChecks(book, [file('background', [q('background')]), file('insurrection', [q('insurrection/onset')])]);
    expect(problems).toEqual(['content/self-checks/background.json: question 1 "see": link "background" must point into a chapter, not a section page']);
  });

  test('refuses a file not named after a section, and a section without a self-check', () => {
    const { problems } = resolveSelfChecks(book, [file('backgruond', [q('background/names')])]);
    expect(problems).toEqual([
      expect.stringMatching(/^content\/self-checks\/backgruond\.json: "backgruond" is not a section/),
      'content/self-checks/background.json: missing — every section with chapters ends with a self-check',
      'content/self-checks/insurrection.json: missing — every section with chapters ends with a self-check',
    ]);
  });

  test('refuses a hand-typed date in a question', () => {
    const { problems } = resolveSelfChecks(book, [
      file('background', [q('background/names', 'What happened on 25 October 1917?')]),
      file('insurrection', [q('insurrection/onset')]),
    ]);
    expect(problems).toEqual([expect.stringMatching(/^content\/self-checks\/background\.json: question 1: "25 October 1917" is a day-precise date typed by hand/)]);
  });
});
