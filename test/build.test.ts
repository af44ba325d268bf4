/**
 * Bad content must stop the build with a message naming the file and the bad
 * value, and leave no site behind. Each test copies the project to a temporary
 * folder, breaks it the way an author might, and runs a real `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const project = resolve(import.meta.dirname, '..');
const copies: string[] = [];

function brokenCopy(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'october-bad-input-'));
  copies.push(dir);
  for (const name of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(project, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

function build(dir: string) {
  const run = spawnSync(join(project, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, SITE_OUT: join(dir, 'dist'), SITE_BASE: '/', FORCE_COLOR: '0' },
  });
  // eslint-disable-next-line no-control-regex -- Astro colours its log even when told not to
  const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[\d;]*m/g, '');
  return { status: run.status, output, site: existsSync(join(dir, 'dist/index.html')) };
}

const chapter = (order: number, body: string, extra = '') =>
  `---\ntitle: A broken chapter\nsummary: It is broken on purpose.\norder: ${order}\n${extra}---\n\n${body}\n`;

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('a build with bad content', () => {
  test('fails on bad dates and links, naming every file, line and value', () => {
    const dir = brokenCopy({
      'content/insurrection/90-impossible.mdx': chapter(90, 'On <DualDate os="1917-02-30" />, nothing.'),
      'content/insurrection/91-missing-day.mdx': chapter(91, 'On <DualDate os="1918-02-05" />, nothing.'),
      'content/insurrection/92-reversed.mdx': chapter(92, 'From <DualDate os="1917-07-06" end="1917-07-05" />.'),
      'content/insurrection/93-no-chapter.mdx': chapter(93, 'See <ChapterLink to="insurrection/no-such-chapter">this</ChapterLink>.'),
      'content/insurrection/94-no-anchor.mdx': chapter(94, 'See <ChapterLink to="insurrection/onset#no-such-heading">this</ChapterLink>.'),
      'content/insurrection/95-hand-typed.mdx': chapter(95, 'On 25 October the city fell.'),
      'content/insurrection/97-bad-event.mdx': chapter(97, 'At <DualDate os="1917-10-25" event="Something happens" time="9pm" />.'),
      'content/insurrection/96-unknown-term.mdx': chapter(96, 'The <Term id="centrobalt">sailors</Term> and <Person id="lenine">Lenin</Person>.'),
    });
    const { status, output, site } = build(dir);
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
    expect(output).toContain('content/insurrection/97-bad-event.mdx:7: <DualDate os="1917-10-25" event="Something happens" time="9pm">: time "9pm" should be a 24-hour time');
    expect(output).toContain('content/insurrection/96-unknown-term.mdx:7: <Term id="centrobalt">: there is no glossary entry "centrobalt"');
    expect(output).toContain('content/insurrection/96-unknown-term.mdx:7: <Person id="lenine">: there is no people entry "lenine"');
  }, 120_000);

  test('fails on broken frontmatter, naming the file and the field', () => {
    const dir = brokenCopy({
      'content/insurrection/90-no-summary.mdx': '---\ntitle: No summary\norder: 90\n---\n\nText.\n',
    });
    const { status, output, site } = build(dir);
    expect(status).not.toBe(0);
    expect(site).toBe(false);
    expect(output).toContain('content/insurrection/90-no-summary.mdx');
    expect(output).toContain('summary: Required');
  }, 120_000);

  test('fails on a misspelt frontmatter field, naming it', () => {
    const dir = brokenCopy({ 'content/insurrection/91-typo.mdx': chapter(91, 'Text.', 'sumary: misspelt\n') });
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/insurrection/91-typo.mdx');
    expect(output).toContain('Unrecognized key: "sumary"');
  }, 120_000);

  test('fails on a companion entry with an impossible date, naming the file and the field', () => {
    const dir = brokenCopy({
      'content/people/zz-broken.mdx':
        '---\nname: A Broken Person\ndefinition: Broken on purpose.\nrole: None.\nborn: { os: "1881-02-30" }\n---\n\nText.\n',
    });
    const { status, output, site } = build(dir);
    expect(status).not.toBe(0);
    expect(site).toBe(false);
    expect(output).toContain('content/people/zz-broken.mdx');
    expect(output).toContain('"1881-02-30" is not a real day in the Old Style (Julian) calendar');
    expect(output).toMatch(/born/);
  }, 120_000);

  test('fails on malformed MDX, naming the file', () => {
    const dir = brokenCopy({ 'content/insurrection/90-malformed.mdx': chapter(90, 'An unclosed <Term id="soviet">mention.\n\nAnd a { stray brace.') });
    const { status, output, site } = build(dir);
    expect(status).not.toBe(0);
    expect(site).toBe(false);
    expect(output).toContain('content/insurrection/90-malformed.mdx');
  }, 120_000);

  test('fails on two chapters with the same order, naming both files', () => {
    const dir = brokenCopy({ 'content/insurrection/99-clash.mdx': chapter(1, 'Text.') });
    const { status, output, site } = build(dir);
    expect(status).not.toBe(0);
    expect(site).toBe(false);
    expect(output).toMatch(/content\/insurrection\/(01-planning|99-clash)\.mdx: order 1 is already used by content\/insurrection\/(99-clash|01-planning)\.mdx/);
  }, 120_000);

  test('fails on an unknown source and a self-check pointing at a missing heading, naming file and value', () => {
    const selfCheck = JSON.parse(readFileSync(join(project, 'content/self-checks/outcome.json'), 'utf8')) as { questions: { see: string }[] };
    selfCheck.questions[1]!.see = 'outcome/resistance#no-such-heading';
    const dir = brokenCopy({
      'content/insurrection/90-unsourced.mdx': chapter(90, 'Text.', 'sources: [encyclopedia-article, ten-days]\n'),
      'content/self-checks/outcome.json': JSON.stringify(selfCheck),
    });
    const { status, output, site } = build(dir);
    expect(status).not.toBe(0);
    expect(site).toBe(false);
    expect(output).toContain('content/insurrection/90-unsourced.mdx: sources: no source "ten-days" in content/sources/');
    expect(output).toMatch(/content\/self-checks\/outcome\.json: question 2 "see": link "outcome\/resistance#no-such-heading": .* has no heading "#no-such-heading"/);
  }, 120_000);

  test('fails on a self-check whose answer is not one of its options, naming the file and field', () => {
    const selfCheck = JSON.parse(readFileSync(join(project, 'content/self-checks/background.json'), 'utf8')) as { questions: { answer: number }[] };
    selfCheck.questions[0]!.answer = 7;
    const dir = brokenCopy({ 'content/self-checks/background.json': JSON.stringify(selfCheck) });
    const { status, output, site } = build(dir);
    expect(status).not.toBe(0);
    expect(site).toBe(false);
    expect(output).toMatch(/self-checks\/background\.json|selfChecks → background/);
    expect(output).toContain('answer must be the index (from 0) of one of the options');
  }, 120_000);
});
