/**
 * Bad content must stop the build with a message naming the file and the bad
 * value, and leave no site behind; a new section must need nothing but its
 * folder and its entry in the list. Each test copies the project to a
 * temporary folder, changes it the way an author might, and runs a real
 * `astro build`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildCopy, copyProject, PROJECT as project } from '../scripts/project-copy.ts';

const copies: string[] = [];

/** The project copied to a temporary folder, with `files` written over it; removed after the tests. */
function copyWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'october-bad-input-'));
  copies.push(dir);
  return copyProject(dir, files);
}

const chapter = (order: number, body: string, extra = '') =>
  `---\ntitle: A broken chapter\nsummary: It is broken on purpose.\norder: ${order}\n${extra}---\n\n${body}\n`;

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('a build with bad content', () => {
  // The content checker reports every problem of a build at once, so one build carries them all.
  test('fails on bad dates, links, mentions, sources and self-checks, naming every file, line and value', () => {
    const selfCheck = JSON.parse(readFileSync(join(project, 'content/self-checks/outcome.json'), 'utf8')) as { questions: { see: string }[] };
    selfCheck.questions[1]!.see = 'outcome/resistance#no-such-heading';
    const dir = copyWith({
      'content/insurrection/90-impossible.mdx': chapter(90, 'On <DualDate os="1917-02-30" />, nothing.'),
      'content/insurrection/91-missing-day.mdx': chapter(91, 'On <DualDate os="1918-02-05" />, nothing.'),
      'content/insurrection/92-reversed.mdx': chapter(92, 'From <DualDate os="1917-07-06" end="1917-07-05" />.'),
      'content/insurrection/93-no-chapter.mdx': chapter(93, 'See <ChapterLink to="insurrection/no-such-chapter">this</ChapterLink>.'),
      'content/insurrection/94-no-anchor.mdx': chapter(94, 'See <ChapterLink to="insurrection/onset#no-such-heading">this</ChapterLink>.'),
      'content/insurrection/95-hand-typed.mdx': chapter(95, 'On 25 October the city fell.'),
      'content/insurrection/96-unknown-term.mdx': chapter(96, 'The <Term id="centrobalt">sailors</Term> and <Person id="lenine">Lenin</Person>.'),
      'content/insurrection/97-bad-event.mdx': chapter(97, 'At <DualDate os="1917-10-25" event="Something happens" time="9pm" />.'),
      'content/insurrection/99-clash.mdx': chapter(10, 'Text.'),
      'content/insurrection/89-unsourced.mdx': chapter(89, 'Text.', 'sources: [encyclopedia-article, ten-days]\n'),
      'content/insurrection/87-names.mdx': chapter(87, 'In Kyiv, Aleksandr paid 5 rubles; "Kyiv" quoted and Kiev (Kyiv) glossed are house style.'),
      // What the MDX compiler does not render is not checked: a comment, and a tag in code.
      'content/insurrection/88-commented.mdx': chapter(88, 'Fine. {/* <DualDate os="1917-02-30" /> */}\n\n```\n<DualDate os="1917-02-31" />\n```'),
      'content/self-checks/outcome.json': JSON.stringify(selfCheck),
      // Figures: a place off its map, an unknown place, a dataset that does not add up, an unknown dataset and figure.
      'content/insurrection/86-figures.mdx': chapter(86, '<Figure id="broken-map" />\n\n<Figure id="broken-chart" />\n\n<Figure id="no-such-figure" />'),
      'content/places/moscow-kremlin.json': JSON.stringify({ name: 'Moscow Kremlin', russian: 'Кремль', lat: 55.752, lon: 37.6175, kind: 'fortress', chapter: 'outcome/resistance', checked: 'test' }),
      'content/figures/broken-map.json': JSON.stringify({
        kind: 'map', title: 'Broken', caption: 'A map with bad places.', source: 'Tests.', when: { period: '1917' }, map: 'petrograd',
        markers: [{ place: 'moscow-kremlin', text: 'Far away.' }, { place: 'smolnyy', text: 'Misspelt.' }],
      }),
      'content/datasets/broken-seats.json': JSON.stringify({
        title: 'Seats', source: { author: 'A', work: 'W', year: 1950 }, unit: 'seats', total: 703,
        rows: [{ label: 'SRs', value: 299 }, { label: 'Bolsheviks', value: 168 }],
      }),
      'content/figures/broken-chart.json': JSON.stringify({
        kind: 'chart', title: 'Broken', caption: 'A chart with bad data.', source: 'Tests.', when: { period: '1917' }, chart: 'bars',
        datasets: ['broken-seats', 'no-such-dataset'],
      }),
    });
    const { status, output, site } = buildCopy(dir);
    expect(status).not.toBe(0);
    expect(site).toBe(false);
    expect(output).toContain('content/insurrection/90-impossible.mdx:7: <DualDate os="1917-02-30">: "1917-02-30" is not a real day');
    expect(output).toContain('content/insurrection/91-missing-day.mdx:7: <DualDate os="1918-02-05">: 1918-02-05 O.S. never happened in Russia');
    expect(output).toContain('content/insurrection/92-reversed.mdx:7: <DualDate os="1917-07-06" end="1917-07-05">: range ends on 1917-07-05');
    expect(output).toContain('content/insurrection/93-no-chapter.mdx:7: <ChapterLink to="insurrection/no-such-chapter">');
    expect(output).toContain('has no chapter "no-such-chapter"');
    expect(output).toContain('content/insurrection/94-no-anchor.mdx:7: <ChapterLink to="insurrection/onset#no-such-heading">');
    expect(output).toContain('has no heading "#no-such-heading"');
    expect(output).toContain('content/insurrection/95-hand-typed.mdx:7: "25 October" is a day-precise date typed by hand');
    expect(output).toContain('content/insurrection/96-unknown-term.mdx:7: <Term id="centrobalt">: there is no glossary entry "centrobalt"');
    expect(output).toContain('content/insurrection/96-unknown-term.mdx:7: <Person id="lenine">: there is no people entry "lenine"');
    expect(output).toContain('content/insurrection/97-bad-event.mdx:7: <DualDate os="1917-10-25" event="Something happens" time="9pm">: time "9pm" should be a 24-hour time');
    expect(output).toMatch(/content\/insurrection\/(10-planning|99-clash)\.mdx: order 10 is already used by content\/insurrection\/(99-clash|10-planning)\.mdx/);
    expect(output).toContain('content/insurrection/89-unsourced.mdx: sources: no source "ten-days" in content/sources/');
    expect(output).toMatch(/content\/self-checks\/outcome\.json: question 2 "see": link "outcome\/resistance#no-such-heading": .* has no heading "#no-such-heading"/);
    expect(output).not.toContain('88-commented');
    expect(output).toContain('content/places/moscow-kremlin.json: Moscow Kremlin at 55.752° N, 37.6175° E lies outside the map "petrograd"');
    expect(output).toContain('content/figures/broken-map.json: marker 2 names the place "smolnyy", which has no file content/places/smolnyy.json');
    expect(output).toContain('content/datasets/broken-seats.json: the rows add up to 467, not the total 703');
    expect(output).toContain('content/figures/broken-chart.json: dataset "no-such-dataset" has no file content/datasets/no-such-dataset.json');
    expect(output).toContain('content/insurrection/86-figures.mdx:11: <Figure id="no-such-figure">: there is no figure "no-such-figure"');
    const names = output.split('\n').filter((line) => line.includes('87-names.mdx'));
    expect(names.map((line) => /"(\w+)" is not the house form: write "(\w+)"/.exec(line)?.slice(1).join(' → '))).toEqual(['Aleksandr → Alexander', 'rubles → roubles', 'Kyiv → Kiev']);
    expect(names.every((line) => line.includes('content/insurrection/87-names.mdx:7:'))).toBe(true);
  }, 180_000);

  // Tried as a newcomer would: no SITE_URL. The build must say so once and name no address that is not the site's.
  test('without SITE_URL, says so once and gives paths, never a made-up address', () => {
    const dir = copyWith({});
    const { status, output, site } = buildCopy(dir, { SITE_URL: '' });
    expect(status, output).toBe(0);
    expect(site).toBe(true);
    expect(output.split('SITE_URL is not set').length - 1).toBe(1);
    const out = join(dir, 'dist');
    const chapter = readFileSync(join(out, 'insurrection/onset/index.html'), 'utf8');
    expect(chapter).not.toContain('rel="canonical"');
    expect(chapter).toContain('/insurrection/onset/ on the site where it is published');
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).not.toContain('Sitemap:');
    expect(existsSync(join(out, 'sitemap-index.xml'))).toBe(false);
    // No address of anyone else's in any page, nor in the offline copy.
    const offline = unzipSync(readFileSync(join(out, 'october-1917-offline.zip')));
    const readme = new TextDecoder().decode(offline['october-1917/README.txt']);
    expect(readme).toContain('wherever this copy was published');
    for (const [name, data] of Object.entries(offline)) {
      if (/\.(html|txt)$/.test(name)) expect(new TextDecoder().decode(data), name).not.toMatch(/https?:\/\/(?!www\.w3\.org)[^\s"<]*example/);
    }
  }, 120_000);

  // A figure file the schema refuses stops the content sync, before any check runs: a short build of its own.
  test('fails on a figure without a caption or source, naming the file and the field', () => {
    const { status, output, site } = buildCopy(
      copyWith({
        'content/figures/economy.json': JSON.stringify({ kind: 'chart', title: 'Output', caption: ' ', when: { period: '1917' }, chart: 'bars', datasets: ['economy-article'] }),
      }),
    );
    expect(status).not.toBe(0);
    expect(site).toBe(false);
    expect(output).toMatch(/figures → economy/);
    expect(output).toMatch(/caption/);
    expect(output).toMatch(/source/);
  }, 120_000);

  // MDX the compiler cannot read stops the bundling, before any check runs: a short build of its own.
  test('fails on malformed MDX, naming the file, line and column', () => {
    const { status, output, site } = buildCopy(copyWith({ 'content/insurrection/98-malformed.mdx': chapter(98, 'An unclosed <Term id="soviet">mention.\n\nAnd a { stray brace.') }));
    expect(status).not.toBe(0);
    expect(site).toBe(false);
    expect(output).toMatch(/content\/insurrection\/98-malformed\.mdx:7:\d+/);
    expect(output).toContain('Expected a closing tag for `<Term>`');
  }, 120_000);

  // Schema errors stop Astro's content sync at the first one, before anything renders: a short build each.
  test.each([
    ['a missing field', { 'content/insurrection/90-no-summary.mdx': '---\ntitle: No summary\norder: 90\n---\n\nText.\n' }, ['content/insurrection/90-no-summary.mdx', 'summary: Required']],
    ['a misspelt field', { 'content/insurrection/91-typo.mdx': chapter(91, 'Text.', 'sumary: misspelt\n') }, ['content/insurrection/91-typo.mdx', 'Unrecognized key: "sumary"']],
    [
      'an impossible date in a people entry',
      { 'content/people/zz-broken.mdx': '---\nname: A Broken Person\ndefinition: Broken on purpose.\nrole: None.\nborn: { os: "1881-02-30" }\n---\n\nText.\n' },
      ['content/people/zz-broken.mdx', 'born', '"1881-02-30" is not a real day in the Old Style (Julian) calendar'],
    ],
  ])('fails on %s in frontmatter, naming the file and the field', (_, files, expected) => {
    const { status, output, site } = buildCopy(copyWith(files));
    expect(status).not.toBe(0);
    expect(site).toBe(false);
    for (const text of expected) expect(output).toContain(text);
  }, 120_000);

  test('fails on a self-check whose answer is not one of its options, naming the file and field', () => {
    const selfCheck = JSON.parse(readFileSync(join(project, 'content/self-checks/background.json'), 'utf8')) as { questions: { answer: number }[] };
    selfCheck.questions[0]!.answer = 7;
    const { status, output, site } = buildCopy(copyWith({ 'content/self-checks/background.json': JSON.stringify(selfCheck) }));
    expect(status).not.toBe(0);
    expect(site).toBe(false);
    expect(output).toContain('content/self-checks/background.json');
    expect(output).toContain('questions.0.answer: answer must be the index (from 0) of one of the options');
  }, 120_000);

  test('stops on a section list that names an address the site already uses, naming the file', () => {
    const sections = JSON.parse(readFileSync(join(project, 'content/sections.json'), 'utf8')) as { id: string }[];
    sections[0]!.id = 'glossary';
    const { status, output, site } = buildCopy(copyWith({ 'content/sections.json': JSON.stringify(sections) }));
    expect(status).not.toBe(0);
    expect(site).toBe(false);
    expect(output).toContain('content/sections.json: section 1: id "glossary" is already an address of the site');
  }, 120_000);
});

describe('a build with a new section', () => {
  // Adding a section is a folder, one entry in content/sections.json and its self-check: nothing else lists the sections.
  test('builds its pages, lists it in the navigation and the sitemap, and filters the timeline by it', () => {
    const sections = JSON.parse(readFileSync(join(project, 'content/sections.json'), 'utf8')) as { id: string; title: string; summary: string }[];
    sections.push({ id: 'epilogue', title: 'Epilogue', summary: 'What came after, in brief.' });
    const question = (n: number) => ({
      question: `Question ${n}?`,
      options: ['One', 'Two', 'Three'],
      answer: 0,
      explanation: 'Because.',
      see: 'epilogue/aftermath#what-followed',
    });
    const dir = copyWith({
      'content/sections.json': JSON.stringify(sections),
      'content/epilogue/01-aftermath.mdx': chapter(1, '## What followed\n\nOn <DualDate os="1918-01-05" event="An epilogue event" /> something followed.'),
      'content/self-checks/epilogue.json': JSON.stringify({ questions: [1, 2, 3, 4, 5].map(question) }),
    });
    const { status, output, site } = buildCopy(dir, { SITE_URL: 'https://october1917.example' });
    expect(output).not.toMatch(/\[ERROR\]/);
    expect(status).toBe(0);
    expect(site).toBe(true);
    const page = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');
    expect(page('epilogue/aftermath/index.html')).toContain('What followed');
    expect(page('epilogue/self-check/index.html')).toContain('Question 5?');
    expect(page('index.html')).toMatch(/<a href="\/epilogue\/"[^>]*>\s*Epilogue\s*<\/a>/);
    expect(page('timeline/index.html')).toContain('id="filter-epilogue"');
    expect(page('timeline-filter.css')).toContain('main:has(#filter-epilogue:checked)');
    expect(readFileSync(join(dir, 'dist/sitemap-0.xml'), 'utf8')).toContain('/epilogue/aftermath/');
  }, 180_000);
});
