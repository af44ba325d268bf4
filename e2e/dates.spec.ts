import { expect, test } from './fixtures';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

test('the insurrection date shows both calendars', async ({ page }) => {
  await page.goto('insurrection/onset/');
  const date = page.locator('time[datetime="1917-11-07"]').first();
  await expect(date).toHaveText('25 October 1917 O.S. (7 November N.S.)');
  await expect(date.getByTitle('Old Style (Julian calendar)')).toHaveText('O.S.');
  await expect(date.getByTitle('New Style (Gregorian calendar)')).toHaveText('N.S.');
});

test('the fall of the Winter Palace is dated 26 October O.S., 8 November N.S.', async ({ page }) => {
  await page.goto('insurrection/winter-palace/');
  await expect(page.locator('time[datetime="1917-11-08"]').first()).toHaveText('26 October 1917 O.S. (8 November N.S.)');
});

test('every date on every page names both calendars, and its New Style day matches its datetime', async ({ sitePages }) => {
  let count = 0;
  for (const { path, html } of sitePages) {
    for (const match of html.matchAll(/<time[^>]*datetime="(\d{4})-(\d{2})-(\d{2})"[^>]*>(.*?)<\/time>/g)) {
      const [, year, month, day, inner = ''] = match;
      const text = inner.replace(/<[^>]+>/g, '');
      count++;
      if (Number(year) > 1918 || (Number(year) === 1918 && Number(month) > 2)) continue;
      expect(text, `${path}: ${text}`).toMatch(/ O\.S\. \(.* N\.S\.\)$/);
      const newStyle = /\((\d{1,2})(?:–\d{1,2})? (\w+)/.exec(text);
      expect(newStyle?.[1], `${path}: ${text}`).toBe(String(Number(day)));
      expect(newStyle?.[2], `${path}: ${text}`).toBe(MONTHS[Number(month) - 1]);
    }
  }
  expect(count).toBeGreaterThan(10);
});
