import type { Page } from '@playwright/test';
import { monthName } from '../src/lib/format.ts';
import { expect, test } from './fixtures.ts';

/** What a reader sees of a date: the order their preference shows, not the one hidden. */
const shown = { useInnerText: true };

test('the insurrection date shows both calendars, Old Style first by default', async ({ page }) => {
  await page.goto('insurrection/onset/');
  const date = page.locator('time[datetime="1917-11-07"]').first();
  await expect(date).toHaveText('25 October 1917 O.S. (7 November N.S.)', shown);
  await expect(date.getByTitle('Old Style (Julian calendar)').first()).toBeVisible();
  await expect(date.getByTitle('New Style (Gregorian calendar)').first()).toBeVisible();
});

test('the fall of the Winter Palace is dated 26 October O.S., 8 November N.S.', async ({ page }) => {
  await page.goto('insurrection/winter-palace/');
  await expect(page.locator('time[datetime="1917-11-08"]').first()).toHaveText('26 October 1917 O.S. (8 November N.S.)', shown);
});

test('every date on every page names both calendars, and its New Style day matches its datetime', async ({ sitePages }) => {
  let count = 0;
  for (const { path, html } of sitePages) {
    for (const match of html.matchAll(/<time[^>]*datetime="(\d{4})-(\d{2})-(\d{2})"[^>]*>(.*?)<\/time>/g)) {
      const [, year, month, day, inner = ''] = match;
      count++;
      // From 14 February 1918 Russia used New Style alone.
      if (`${year}-${month}-${day}` >= '1918-02-14') continue;
      const osFirst = /<span class="os-first">(.*?)<\/span><span class="ns-first"/.exec(inner)?.[1]?.replace(/<[^>]+>/g, '') ?? '';
      expect(osFirst, `${path}: ${inner}`).toMatch(/ O\.S\. \(.* N\.S\.\)$/);
      const newStyle = /\((\d{1,2})(?:–\d{1,2})? (\w+)/.exec(osFirst);
      expect(newStyle?.[1], `${path}: ${osFirst}`).toBe(String(Number(day)));
      expect(newStyle?.[2], `${path}: ${osFirst}`).toBe(monthName(Number(month)));
    }
  }
  expect(count).toBeGreaterThan(100);
});

/** The month of the timeline headed `title`, in the view on screen. */
const month = (page: Page, title: string) =>
  page.locator('.timeline-view:visible section').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });

/** The timeline entry for the fall of the Winter Palace. */
const palaceFalls = (page: Page) =>
  page.getByRole('listitem').filter({ hasText: 'Winter Palace' }).filter({ hasText: '2:10 a.m.' });

test('the timeline lists the fall of the Winter Palace under October 1917 O.S., with its time, and links to the sentence', async ({ page, basePath }) => {
  await page.goto('timeline/');
  await expect(month(page, 'October 1917 O.S.').filter({ has: palaceFalls(page) })).toHaveCount(1);
  await expect(palaceFalls(page).locator('time')).toHaveText('26 October 1917 O.S. (8 November N.S.)', shown);
  await expect(palaceFalls(page)).toContainText('The Insurrection');

  await palaceFalls(page).getByRole('link', { name: 'The fall of the Winter Palace' }).click();
  await expect(page).toHaveURL(new RegExp(`^.*${basePath}insurrection/winter-palace/#event-1917-11-08-`));
  const target = page.locator(':target');
  await expect(target).toHaveCount(1);
  await expect(target).toBeInViewport();
  await expect(target).toHaveAttribute('datetime', '1917-11-08');
});

test('the timeline has at least 50 events, from more than one section, and a month index that jumps', async ({ page }) => {
  await page.goto('timeline/');
  const view = page.locator('.timeline-view:visible');
  const events = view.locator('li[data-section]');
  expect(await events.count()).toBeGreaterThanOrEqual(50);
  const sections = new Set(await events.evaluateAll((items) => items.map((li) => li.getAttribute('data-section'))));
  expect(sections.size).toBeGreaterThanOrEqual(3);
  await page.getByRole('navigation', { name: 'Months (Old Style)' }).getByRole('link', { name: 'October 1917 O.S.' }).click();
  await expect(page.getByRole('heading', { name: 'October 1917 O.S.' })).toBeInViewport();
});

test('filtering the timeline by section shows only that section', async ({ page }) => {
  await page.goto('timeline/');
  await page.getByRole('radio', { name: 'The Outcome' }).check();
  const visible = page.locator('.timeline-view:visible li[data-section]:visible');
  expect(await visible.count()).toBeGreaterThan(0);
  expect(new Set(await visible.evaluateAll((items) => items.map((li) => li.getAttribute('data-section'))))).toEqual(new Set(['outcome']));
});

test('putting New Style first changes every date, on this page and the next, and survives a reload', async ({ page }) => {
  await page.goto('timeline/');
  const toggle = page.getByRole('button', { name: 'New Style first' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // The timeline regroups by New Style months.
  await expect(month(page, 'November 1917 N.S.').filter({ has: palaceFalls(page) })).toHaveCount(1);
  await expect(palaceFalls(page).locator('time')).toHaveText('8 November 1917 N.S. (26 October O.S.)', shown);

  await page.goto('insurrection/onset/');
  await expect(page.locator('time[datetime="1917-11-07"]').first()).toHaveText('7 November 1917 N.S. (25 October O.S.)', shown);
  await page.reload();
  await expect(page.locator('time[datetime="1917-11-07"]').first()).toHaveText('7 November 1917 N.S. (25 October O.S.)', shown);
  await expect(page.getByRole('button', { name: 'New Style first' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'New Style first' }).click();
  await expect(page.locator('time[datetime="1917-11-07"]').first()).toHaveText('25 October 1917 O.S. (7 November N.S.)', shown);
});

test('the converter turns 25 October 1917 O.S. into 7 November 1917 N.S.', async ({ page }) => {
  await page.goto('calendar/');
  await page.getByLabel('Day').fill('25');
  await page.getByLabel('Month').selectOption('October');
  await page.getByLabel('Year').fill('1917');
  await page.getByRole('radio', { name: 'Old Style (Julian)' }).check();
  await page.getByRole('button', { name: 'Convert' }).click();
  await expect(page.getByRole('status')).toContainText('25 October 1917 Old Style is 7 November 1917 New Style.');
  await expect(page.getByRole('status')).toContainText('13 days ahead');
  await expect(page).toHaveURL(/day=25&month=10&year=1917&calendar=os/);
});

test('the converter refuses 5 February 1918 O.S., read from the address, and explains why', async ({ page }) => {
  await page.goto('calendar/?day=5&month=2&year=1918&calendar=os');
  await expect(page.getByLabel('Day')).toHaveValue('5');
  await expect(page.getByRole('status')).toContainText('5 February 1918 Old Style never happened in Russia');
  await expect(page.getByRole('status')).toContainText('31 January 1918 (Old Style) was followed directly by 14 February 1918 (New Style)');
});

test('searching "7 November" or "25 October" finds the insurrection, with both dates in the result', async ({ page }) => {
  for (const query of ['7 November', '25 October']) {
    await page.goto(`search/?q=${encodeURIComponent(query)}&kind=Chapter`);
    await expect(page.getByRole('status')).toHaveText(/pages? match/);
    const onset = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'The rising begins' }) });
    await expect(onset).toHaveCount(1);
    await expect(onset.first()).toContainText(/\d{1,2} \w+ 1917 O\.S\. \(\d{1,2} \w+ N\.S\.\)/);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline is complete, Old Style first, and its section filter still works', async ({ page }) => {
    await page.goto('timeline/');
    await expect(palaceFalls(page).locator('time')).toHaveText('26 October 1917 O.S. (8 November N.S.)', shown);
    expect(await page.locator('.timeline-view:visible li[data-section]').count()).toBeGreaterThanOrEqual(50);
    await page.getByRole('radio', { name: 'Background' }).check();
    const visible = page.locator('.timeline-view:visible li[data-section]:visible');
    expect(new Set(await visible.evaluateAll((items) => items.map((li) => li.getAttribute('data-section'))))).toEqual(new Set(['background']));
    await expect(page.getByRole('button', { name: 'New Style first' })).toBeHidden();
  });
});

test.describe('on this day in 1917', () => {
  test('on an anniversary, the home page shows that day’s events with both dates, linking to their place in the chapter', async ({ page, basePath }) => {
    // 7 November is 25 October in the Old Style: the day of the rising.
    await page.clock.setFixedTime(new Date(2026, 10, 7, 12));
    await page.goto('');
    const block = page.getByRole('region', { name: 'On this day in 1917' });
    await expect(block.getByText('Today, 7 November, in 1917 or early 1918:')).toBeVisible();
    const aurora = block.getByRole('link', { name: 'The cruiser Aurora fires a blank shot' });
    await expect(aurora).toBeVisible();
    await expect(block.getByRole('listitem').filter({ hasText: 'The cruiser Aurora fires a blank shot' })).toContainText('25 October 1917 O.S. (7 November N.S.)');
    await aurora.click();
    await expect(page).toHaveURL(new RegExp(`${basePath}insurrection/winter-palace/#event-1917-11-07-the-cruiser-aurora`));
  });

  test('on a day when nothing happened, it shows the nearest events instead', async ({ page }) => {
    await page.goto('');
    const days = new Set((await page.locator('[data-days]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-days') ?? ''))).flatMap((d) => d.split(' ')));
    // The first day of the year no event falls on, in either calendar.
    const quiet = Array.from({ length: 365 }, (_, i) => new Date(2026, 0, 1 + i)).find((d) => !days.has(`${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`));
    expect(quiet).toBeDefined();
    await page.clock.setFixedTime(quiet ?? new Date());
    await page.reload();
    const block = page.getByRole('region', { name: 'On this day in 1917' });
    await expect(block.getByText(/^Nothing in the book happened on \d+ \w+\. The nearest events:$/)).toBeVisible();
    expect(await block.getByRole('listitem').count()).toBeGreaterThan(0);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the block points to the timeline', async ({ page, basePath }) => {
      await page.goto('');
      const block = page.getByRole('region', { name: 'On this day in 1917' });
      await expect(block.getByRole('listitem')).toHaveCount(0);
      await block.getByRole('link', { name: 'timeline' }).click();
      await expect(page).toHaveURL(`${basePath}timeline/`);
    });
  });
});
