/**
 * Maps and charts as a reader meets them: listed on /figures/ (linked from
 * the home page), each drawn in its chapter as a labelled SVG with its caption,
 * source and data, within its size; map markers that are real links to where
 * they say, under any base path, without JavaScript and in the offline copy.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { OFFLINE_ARCHIVE, OFFLINE_FOLDER } from '../src/lib/offline.ts';
import { expect, test } from './fixtures.ts';

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as { figure: { svgRawBytes: number } };

/** The Petrograd map's chapter, and the least it must mark. */
const CITY_MAP = { chapter: 'insurrection/onset/', id: 'figure-petrograd-rising', markers: 20 };

test('the home page links to every figure, and each opens in its chapter with its caption, source and data', async ({ page, basePath }) => {
  await page.goto('');
  await page.getByRole('link', { name: 'Maps and charts' }).click();
  await expect(page).toHaveURL(`${basePath}figures/`);
  const links = page.getByRole('main').getByRole('link', { name: /^Figure \d+\./ });
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(9);
  const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  for (const [i, href] of hrefs.entries()) {
    expect(new URL(href).pathname.startsWith(basePath), href).toBe(true);
    await page.goto(href);
    const figure = page.locator(new URL(href).hash);
    await expect(figure, href).toHaveCount(1);
    await expect(figure.locator('figcaption')).toContainText(`Figure ${i + 1}.`);
    await expect(figure.locator('figcaption')).toContainText('Source:');
    // A drawing with an accessible name, and the same information as a list or table.
    await expect(figure.getByRole('img').first()).toHaveAccessibleName(/^Figure \d+: /);
    expect(await figure.locator('ol li, table td').count(), href).toBeGreaterThan(0);
    // Nothing the CSP would block, and within its size.
    expect(await figure.locator('style, script, [style]').count(), href).toBe(0);
    const bytes = await figure.locator('svg').first().evaluate((svg) => new TextEncoder().encode(svg.outerHTML).length);
    expect(bytes, `${href}: SVG bytes`).toBeLessThanOrEqual(budgets.figure.svgRawBytes);
    await expect(figure.locator('svg').first()).toBeVisible();
  }
});

test('every marker on the Petrograd map is a link to the place it names, and keyboard can reach it', async ({ page, request, basePath }) => {
  await page.goto(CITY_MAP.chapter);
  const map = page.locator(`#${CITY_MAP.id}`);
  const markers = map.locator('svg a');
  expect(await markers.count()).toBeGreaterThanOrEqual(CITY_MAP.markers);
  const list = map.locator('ol > li');
  await expect(list).toHaveCount(await markers.count());
  // Each marker and its list item go to the same place, which exists under the base path.
  const pairs = await map.evaluate((figure) => {
    const marks = [...figure.querySelectorAll('svg a')];
    const items = [...figure.querySelectorAll('ol > li')];
    return marks.map((a, i) => ({
      name: a.getAttribute('aria-label') ?? '',
      href: a.getAttribute('href') ?? '',
      listed: items[i]?.querySelector('a')?.getAttribute('href') ?? '',
      item: items[i]?.textContent ?? '',
    }));
  });
  for (const { name, href, listed, item } of pairs) {
    expect(href, name).toBe(listed);
    expect(href.startsWith(basePath), `${name}: ${href}`).toBe(true);
    expect(item, name).toContain(name.replace(/^\d+\. /, ''));
    const target = new URL(href, page.url());
    const response = await request.get(target.href);
    expect(response.status(), `${name}: ${href}`).toBe(200);
    if (target.hash) expect(await response.text(), `${name}: ${href}`).toContain(`id="${target.hash.slice(1)}"`);
  }
  // A reader can follow a marker by keyboard.
  const first = markers.first();
  await first.focus();
  await expect(first).toBeFocused();
  const href = (await first.getAttribute('href')) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new URL(href, page.url()).href);
});

test('on paper, a chart prints its tables although their <details> is closed', async ({ page }) => {
  await page.goto('outcome/constituent-assembly/');
  const data = page.locator('#figure-constituent-assembly-seats details');
  await expect(data.locator('table').first()).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(data.locator('table').first()).toBeVisible();
  await expect(data.locator('summary')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the map and its list are all there', async ({ page }) => {
    await page.goto(CITY_MAP.chapter);
    const map = page.locator(`#${CITY_MAP.id}`);
    await expect(map.locator('svg').first()).toBeVisible();
    expect(await map.locator('svg a').count()).toBeGreaterThanOrEqual(CITY_MAP.markers);
    await expect(map.locator('ol > li').first()).toBeVisible();
  });
});

test('in the offline copy, the map is drawn and its markers open files in the copy', async ({ page, request }) => {
  const archive = await request.get(OFFLINE_ARCHIVE);
  const dir = mkdtempSync(join(tmpdir(), 'offline-figures-'));
  for (const [name, data] of Object.entries(unzipSync(await archive.body()))) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) outside.push(r.url());
  });
  await page.goto(pathToFileURL(join(dir, OFFLINE_FOLDER, CITY_MAP.chapter, 'index.html')).href);
  const map = page.locator(`#${CITY_MAP.id}`);
  // The figures' stylesheet came from the folder: the water is painted, not black.
  const water = await map.locator('.fig-water').evaluate((r) => getComputedStyle(r).fill);
  expect(water).not.toBe('rgb(0, 0, 0)');
  const first = map.locator('svg a').first();
  const href = (await first.getAttribute('href')) ?? '';
  expect(href).not.toMatch(/^\//);
  await first.click();
  await expect(page).toHaveURL(/^file:.*\/index\.html(#.*)?$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(outside).toEqual([]);
  execFileSync('rm', ['-rf', dir]);
});
