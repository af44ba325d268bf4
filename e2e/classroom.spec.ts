/**
 * The classroom journeys: printing a chapter, the whole book on one page,
 * the offline copy opened from a folder, citing a page, and the self-checks,
 * with JavaScript and without where the page promises to work without it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { COMPANION_TITLES } from '../src/lib/companion.ts';
import { OFFLINE_ARCHIVE, OFFLINE_FOLDER } from '../src/lib/offline.ts';
import { SECTIONS } from '../src/lib/sections.ts';
import { SITE_NAME } from '../src/lib/site.ts';
import { CHAPTER_PATH, chapterAnchorUrl, expect, test } from './fixtures.ts';

test('a printed chapter keeps the text, both calendars and where links go, and drops the site furniture', async ({ page }) => {
  await page.goto('background/july-days/');
  await page.emulateMedia({ media: 'print' });
  for (const furniture of [page.getByRole('navigation', { name: 'Main' }), page.getByRole('navigation', { name: 'Breadcrumb' }), page.getByRole('navigation', { name: 'Previous and next chapters' }), page.getByRole('searchbox')]) {
    await expect(furniture).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'The July Days' })).toBeVisible();
  await expect(page.getByText(/Words with a dotted underline are explained/)).toBeVisible();
  const date = page.locator('article time.dual-date').first();
  await expect(date).toHaveText(/\d+ \w+ 1917 O\.S\. \(\d+ \w+ N\.S\.\)/);
  const chapterLink = page.locator('article a[href*="/background/against-the-war/"]').first();
  const printed = await chapterLink.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(printed).toContain('/background/against-the-war/');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  expect(await chapterLink.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
});

test('the whole book holds every chapter in reading order, then the glossary and people, with links that stay in the page', async ({ page, sitePages }) => {
  // Reading order as the section pages give it.
  const expected: string[] = [];
  for (const section of SECTIONS) {
    await page.goto(`${section.id}/`);
    expected.push(...(await page.locator('main ol > li > h2 a').allInnerTexts()));
  }
  expect(expected.length).toBe(sitePages.filter((p) => CHAPTER_PATH.test(p.path)).length);
  await page.goto('book/');
  const parts = await page.locator('article.book > section > h2').allInnerTexts();
  expect(parts).toEqual(['The story in brief', ...SECTIONS.map((s) => s.title), COMPANION_TITLES.glossary, COMPANION_TITLES.people]);
  const chapterTitles = await page.locator(`article.book > section:nth-of-type(n+2):nth-of-type(-n+${SECTIONS.length + 1}) > section > h3`).allInnerTexts();
  expect(chapterTitles).toEqual(expected);
  await expect(page.locator('#glossary-tsentrobalt')).toHaveText('Tsentrobalt');
  // The contents and a cross-reference lead to places in this page.
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'The Kornilov affair' }).click();
  await expect(page).toHaveURL(/book\/#background-kornilov-affair$/);
  await expect(page.locator('#background-kornilov-affair')).toBeInViewport();
  const mention = page.locator('#background-kornilov-affair ~ * a.mention').first();
  const target = (await mention.getAttribute('href')) ?? '';
  expect(target).toMatch(/^#(glossary|people)-/);
  await expect(page.locator(target)).toHaveCount(1);
});

test('the offline copy unpacks and reads from a folder, with search replaced by a note', async ({ page, request }) => {
  const archive = await request.get(OFFLINE_ARCHIVE);
  expect(archive.status()).toBe(200);
  const dir = mkdtempSync(join(tmpdir(), 'offline-'));
  const zip = await archive.body();
  // Another ZIP reader (Python's zipfile, as a teacher's tools might use) checks every file's CRC.
  writeFileSync(join(dir, OFFLINE_ARCHIVE), zip);
  const check = 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(len(z.namelist()))';
  expect(Number(execFileSync('python3', ['-c', check, join(dir, OFFLINE_ARCHIVE)], { encoding: 'utf8' }))).toBeGreaterThan(100);
  for (const [name, data] of Object.entries(unzipSync(zip))) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  const home = pathToFileURL(join(dir, OFFLINE_FOLDER, 'index.html')).href;
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) outside.push(r.url());
  });
  await page.goto(home);
  await expect(page.getByText(`This is the offline copy of ${SITE_NAME}`, { exact: false })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'The Insurrection' }).click();
  await expect(page).toHaveURL(/\/insurrection\/index\.html$/);
  await page.getByRole('link', { name: 'The fall of the Winter Palace' }).first().click();
  await expect(page).toHaveURL(/\/insurrection\/winter-palace\/index\.html$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The fall of the Winter Palace');
  // Styles arrive from the folder too.
  expect(await page.locator('body').evaluate((b) => getComputedStyle(b).display)).toBe('flex');
  await page.locator('article a.mention').first().click();
  await expect(page).toHaveURL(/\/(glossary|people)\/[^/]+\/index\.html$/);
  await page.getByRole('link', { name: 'Search (online only)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(page.getByText(/Search and the date converter need the online site/)).toBeVisible();
  await page.getByRole('link', { name: 'the whole book', exact: true }).click();
  await expect(page).toHaveURL(/\/book\/index\.html$/);
  expect(outside).toEqual([]);
});

test('a chapter and an entry offer Chicago and MLA citations with the canonical URL and a working copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  for (const path of ['insurrection/onset/', 'glossary/tsentrobalt/']) {
    await page.goto(path);
    const canonical = (await page.locator('link[rel=canonical]').getAttribute('href')) ?? '';
    expect(canonical).toMatch(/^https?:\/\/.+\/$/);
    const cite = page.getByRole('region', { name: 'Cite this page' });
    const chicago = cite.getByRole('definition').filter({ hasText: 'Last modified' });
    await expect(chicago).toContainText(`${canonical}.`);
    await expect(cite.getByRole('definition').filter({ hasText: canonical.replace(/^https?:\/\//, '') }).filter({ hasNotText: 'Last modified' })).toHaveCount(1);
    const text = (await chicago.locator('[data-citation]').innerText()).trim();
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await cite.getByRole('button', { name: 'Copy Chicago citation' }).click();
    // What counts is the clipboard; the button's "Copied" lasts only two seconds.
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  }
});

test('a self-check marks a right and a wrong answer, explains both and links back to the chapter', async ({ page, basePath }) => {
  await page.goto('insurrection/');
  await page.getByRole('link', { name: 'Check your understanding' }).click();
  await expect(page).toHaveURL(`${basePath}insurrection/self-check/`);
  const questions = page.locator('fieldset[data-answer]');
  expect(await questions.count()).toBeGreaterThanOrEqual(5);
  const first = questions.nth(0);
  const second = questions.nth(1);
  const right = Number(await first.getAttribute('data-answer'));
  const wrong = (Number(await second.getAttribute('data-answer')) + 1) % (await second.getByRole('radio').count());
  await first.getByRole('radio').nth(right).check();
  await second.getByRole('radio').nth(wrong).check();
  await page.getByRole('button', { name: 'Check my answers' }).click();
  await expect(page.getByRole('status')).toHaveText(/^You got [1-9] of \d+ right\.$/);
  await expect(first.getByText(/^Right\./)).toBeVisible();
  await expect(second.getByText(/^Not quite: the answer is “.+”\./)).toBeVisible();
  await expect(questions.nth(2).getByText(/^Not answered: the answer is/)).toBeVisible();
  const back = second.getByRole('link');
  const href = (await back.getAttribute('href')) ?? '';
  await back.click();
  await expect(page).toHaveURL(chapterAnchorUrl(basePath));
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the self-check form leads to the answers, each linking back to its chapter', async ({ page, basePath }) => {
    await page.goto('outcome/self-check/');
    await page.locator('fieldset[data-answer]').first().getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Check my answers' }).click();
    await expect(page).toHaveURL(new RegExp(`${basePath}outcome/self-check/answers/\\?q1=0$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Answers: The Outcome');
    const items = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Answer:' });
    expect(await items.count()).toBeGreaterThanOrEqual(5);
    await expect(items.first().getByText(/^Answer: /)).toBeVisible();
    await items.first().getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`${basePath}outcome/[^/]+/#[a-z0-9-]+$`));
  });

  test('citations are there to select, and the copy buttons stay hidden', async ({ page }) => {
    await page.goto('historiography/western/');
    const cite = page.getByRole('region', { name: 'Cite this page' });
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    await expect(cite.getByText(`“${title}.” ${SITE_NAME}. Last modified `, { exact: false })).toBeVisible();
    await expect(cite.getByRole('button')).toHaveCount(0);
  });
});

test('the offline copy keeps the calendar order and term previews working from a folder, and points at nothing it lacks', async ({ page, request }) => {
  const dir = mkdtempSync(join(tmpdir(), 'offline-js-'));
  const files = unzipSync(await (await request.get(OFFLINE_ARCHIVE)).body());
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  // Every address a page names, inside the copy, is a file in it.
  const dangling: string[] = [];
  for (const [name, data] of Object.entries(files)) {
    if (!name.endsWith('.html')) continue;
    const html = new TextDecoder().decode(data);
    for (const [, ref = ''] of html.matchAll(/\s(?:href|src|data-src)="([^"#?]+)[^"]*"/g)) {
      if (/^[a-z]+:/.test(ref)) continue;
      const target = join(dirname(join(dir, name)), ref);
      if (!existsSync(target)) dangling.push(`${name}: ${ref}`);
    }
  }
  expect(dangling).toEqual([]);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(pathToFileURL(join(dir, OFFLINE_FOLDER, 'insurrection/dybenko/index.html')).href);
  // The calendar order: New Style first, kept for the next page.
  const date = page.locator('main time.dual-date').first();
  const before = await date.innerText();
  await page.getByRole('button', { name: 'New Style first' }).click();
  await expect(date).not.toHaveText(before, { useInnerText: true });
  await expect(date).toHaveText(/N\.S\. \(/, { useInnerText: true });
  // A term's preview, from the page's own data.
  await page.locator('article a.mention', { hasText: 'Tsentrobalt' }).first().hover();
  await expect(page.getByRole('tooltip')).toContainText('Tsentrobalt');
  expect(errors).toEqual([]);
});
