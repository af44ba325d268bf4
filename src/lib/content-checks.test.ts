import { describe, expect, test } from 'vitest';
import { buildBook } from './chapters';
import { checkContentSource, findHandTypedDates } from './content-checks';

const context = {
  book: buildBook(
  [{ id: 'insurrection', title: 'The Insurrection', summary: '' }],
  [
    {
      section: 'insurrection',
      slug: 'onset',
      order: 1,
      title: 'Onset',
      summary: '',
      filePath: 'content/insurrection/01-onset.mdx',
      headings: [{ depth: 2, slug: 'the-telegraph-falls', text: 'The telegraph falls' }],
    },
  ],
  ),
  entries: new Set(['glossary/tsentrobalt', 'glossary/sovnarkom', 'people/kerensky']),
};
const file = 'content/insurrection/02-x.mdx';

describe('checkContentSource()', () => {
  test('passes good dates and links', () => {
    const source = 'On <DualDate os="1917-10-25" />, see <ChapterLink to="insurrection/onset#the-telegraph-falls">this</ChapterLink>.';
    expect(checkContentSource(file, source, context)).toEqual([]);
  });

  test('names the file, line and value of an impossible date', () => {
    expect(checkContentSource(file, 'x\nOn <DualDate os="1917-02-30" />.', context)).toEqual([
      `${file}:2: <DualDate os="1917-02-30">: "1917-02-30" is not a real day in the Old Style (Julian) calendar (O.S.)`,
    ]);
  });

  test('names a reversed range', () => {
    const [problem] = checkContentSource(file, '<DualDate os="1917-07-06" end="1917-07-05" />', context);
    expect(problem).toContain(`${file}:1: <DualDate os="1917-07-06" end="1917-07-05">: range ends on 1917-07-05`);
  });

  test('names an Old Style date in the days Russia skipped', () => {
    const [problem] = checkContentSource(file, '<DualDate os="1918-02-05" />', context);
    expect(problem).toMatch(/1918-02-05 O\.S\. never happened in Russia/);
  });

  test('names a link to a missing chapter or heading', () => {
    const source = '<ChapterLink to="insurrection/assault">a</ChapterLink>\n<ChapterLink to="insurrection/onset#bridges">b</ChapterLink>';
    const problems = checkContentSource(file, source, context);
    expect(problems[0]).toContain(`${file}:1: <ChapterLink to="insurrection/assault">: link "insurrection/assault": section "insurrection" has no chapter "assault"`);
    expect(problems[1]).toContain(`${file}:2: <ChapterLink to="insurrection/onset#bridges">`);
    expect(problems[1]).toContain('has no heading "#bridges"');
  });

  test('refuses unknown attributes and expressions', () => {
    const problems = checkContentSource(file, '<DualDate os="1917-10-25" calendar="os" />\n<ChapterLink to={x}>y</ChapterLink>', context);
    expect(problems).toEqual([
      `${file}:1: <DualDate os="1917-10-25" calendar="os">: unknown attribute "calendar" (allowed: os, ns, end, event, time)`,
      `${file}:2: <ChapterLink to={x}>: attribute "to" must be a plain string in quotes`,
    ]);
  });
});

describe('checkContentSource() on mentions', () => {
  test('passes known glossary and people ids', () => {
    expect(checkContentSource(file, '<Term id="tsentrobalt">T</Term> and <Person id="kerensky">K</Person>', context)).toEqual([]);
  });

  test('names the file, line and id of an unknown entry, suggesting near ones', () => {
    expect(checkContentSource(file, '\n<Term id="tsentro">T</Term>', context)).toEqual([
      `${file}:2: <Term id="tsentro">: there is no glossary entry "tsentro": no file content/glossary/tsentro.mdx (did you mean tsentrobalt?)`,
    ]);
  });

  test('does not accept a glossary id as a person', () => {
    const [problem] = checkContentSource(file, '<Person id="sovnarkom">S</Person>', context);
    expect(problem).toContain('there is no people entry "sovnarkom"');
  });

  test('needs an id', () => {
    const [problem] = checkContentSource(file, '<Term>Soviet</Term>', context);
    expect(problem).toContain('needs an id="…" attribute naming a glossary entry');
  });
});

describe('findHandTypedDates()', () => {
  test('finds day-precise dates written by hand, with their line', () => {
    expect(findHandTypedDates(file, 'title: x\n\nOn 25 October the Red Guards moved.')).toEqual([
      `${file}:3: "25 October" is a day-precise date typed by hand; write it as <DualDate os="YYYY-MM-DD" /> so readers see both calendars`,
    ]);
  });

  test('finds American order and ranges', () => {
    expect(findHandTypedDates(file, 'On October 25, 1917 and 1–4 May.')).toHaveLength(2);
  });

  test('allows dates after the switch, months alone, and the component itself', () => {
    const source = 'Released on 20 January 1928. In October 1917 it began, on <DualDate os="1917-10-25" />. By 24 February 1918 it was over.';
    expect(findHandTypedDates(file, source)).toEqual([]);
  });

  test('flags 13 February 1918, still before the switch', () => {
    expect(findHandTypedDates(file, 'on 13 February 1918')).toHaveLength(1);
  });

  test('leaves quotations as they were written', () => {
    expect(findHandTypedDates(file, 'The report began: "On November 7, 1917, a coup d\'état…"')).toEqual([]);
  });
});
