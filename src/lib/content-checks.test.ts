import { describe, expect, test } from 'vitest';
import { buildBook } from './chapters.ts';
import { checkContentFile, readContentFile } from './content-checks.ts';
import { readMdx } from './mdx-tree.ts';

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
const check = (source: string) => checkContentFile(file, readMdx(source), context);

describe('checkContentFile()', () => {
  test('passes good dates and links', () => {
    const source = 'On <DualDate os="1917-10-25" />, see <ChapterLink to="insurrection/onset#the-telegraph-falls">this</ChapterLink>.';
    expect(check(source)).toEqual([]);
  });

  test('names the file, line and value of an impossible date', () => {
    expect(check('x\nOn <DualDate os="1917-02-30" />.')).toEqual([
      `${file}:2: <DualDate os="1917-02-30">: "1917-02-30" is not a real day in the Old Style (Julian) calendar (O.S.)`,
    ]);
  });

  test('names a reversed range', () => {
    const [problem] = check('<DualDate os="1917-07-06" end="1917-07-05" />');
    expect(problem).toContain(`${file}:1: <DualDate os="1917-07-06" end="1917-07-05">: range ends on 1917-07-05`);
  });

  test('names an Old Style date in the days Russia skipped', () => {
    const [problem] = check('<DualDate os="1918-02-05" />');
    expect(problem).toMatch(/1918-02-05 O\.S\. never happened in Russia/);
  });

  test('names a link to a missing chapter or heading', () => {
    const source = '<ChapterLink to="insurrection/assault">a</ChapterLink>\n<ChapterLink to="insurrection/onset#bridges">b</ChapterLink>';
    const problems = check(source);
    expect(problems[0]).toContain(`${file}:1: <ChapterLink to="insurrection/assault">: link "insurrection/assault": section "insurrection" has no chapter "assault"`);
    expect(problems[1]).toContain(`${file}:2: <ChapterLink to="insurrection/onset#bridges">`);
    expect(problems[1]).toContain('has no heading "#bridges"');
  });

  test('refuses unknown attributes and expressions', () => {
    const problems = check('<DualDate os="1917-10-25" calendar="os" />\n<ChapterLink to={x}>y</ChapterLink>');
    expect(problems).toEqual([
      `${file}:1: <DualDate os="1917-10-25" calendar="os">: unknown attribute "calendar" (allowed: os, ns, end, event, time)`,
      `${file}:2: <ChapterLink to={x}>: attribute "to" must be a plain string in quotes`,
    ]);
  });
});

describe('checkContentFile() on mentions', () => {
  test('passes known glossary and people ids', () => {
    expect(check('<Term id="tsentrobalt">T</Term> and <Person id="kerensky">K</Person>')).toEqual([]);
  });

  test('names the file, line and id of an unknown entry, suggesting near ones', () => {
    expect(check('\n<Term id="tsentro">T</Term>')).toEqual([
      `${file}:2: <Term id="tsentro">: there is no glossary entry "tsentro": no file content/glossary/tsentro.mdx (did you mean tsentrobalt?)`,
    ]);
  });

  test('does not accept a glossary id as a person', () => {
    const [problem] = check('<Person id="sovnarkom">S</Person>');
    expect(problem).toContain('there is no people entry "sovnarkom"');
  });

  test('needs an id', () => {
    const [problem] = check('<Term>Soviet</Term>');
    expect(problem).toContain('needs an id="…" attribute naming a glossary entry');
  });
});

describe('checkContentFile() on dates typed by hand', () => {
  test('finds day-precise dates written by hand, with their line', () => {
    expect(check('---\ntitle: x\n---\n\nOn 25 October the Red Guards moved.')).toEqual([
      `${file}:5: "25 October" is a day-precise date typed by hand; write it as <DualDate os="YYYY-MM-DD" /> so readers see both calendars`,
    ]);
  });

  test('finds American order and ranges', () => {
    expect(check('On October 25, 1917 and 1–4 May.')).toHaveLength(2);
  });

  test('allows dates after the switch, months alone, and the component itself', () => {
    const source = 'Released on 20 January 1928. In October 1917 it began, on <DualDate os="1917-10-25" />. By 24 February 1918 it was over.';
    expect(check(source)).toEqual([]);
  });

  test('flags 13 February 1918, still before the switch', () => {
    expect(check('on 13 February 1918')).toHaveLength(1);
  });

  test('leaves quotations as they were written', () => {
    expect(check('The report began: "On November 7, 1917, a coup d\'état…"')).toEqual([]);
  });

  test('reads the frontmatter, and text across inline markup and mentions', () => {
    expect(check('---\ntitle: On 7 November\n---\n\nOn 25 *October* and\n26 <Term id="sovnarkom">October</Term>.')).toEqual([
      expect.stringContaining(`${file}:2: "7 November"`),
      expect.stringContaining(`${file}:5: "25 October"`),
      expect.stringContaining(`${file}:6: "26 October"`),
    ]);
  });

  test('skips code, comments and expressions, as the compiler does', () => {
    expect(check('Use `25 October` and\n\n```\n25 October\n```\n\n{/* 25 October, <DualDate os="1917-02-30" /> */}')).toEqual([]);
  });
});

describe('readContentFile()', () => {
  test('names the file, line and column of MDX the compiler cannot read', () => {
    const { problems } = readContentFile(file, 'x\n\nAn unclosed <Term id="soviet">mention.');
    expect(problems).toEqual([expect.stringMatching(/^content\/insurrection\/02-x\.mdx:3:\d+: Expected a closing tag for `<Term>`/)]);
  });
});

describe('readContentFile() on apostrophes after components', () => {
  test("names a straight apostrophe after a closing tag, which would print as an opening quote", () => {
    const { problems } = readContentFile(file, 'x\n<Person id="kerensky">Kerensky</Person>\'s car and <Term id="soviet">soviet</Term>’s vote.');
    expect(problems).toEqual([`${file}:2: </Person>' would print as an opening quotation mark; write </Person>’ (a typographic apostrophe)`]);
  });
});
