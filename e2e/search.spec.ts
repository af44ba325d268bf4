import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

/** The search results on the page, one list item per page found. */
const results = (page: Page) => page.getByRole('main').getByRole('list').first().getByRole('listitem').filter({ has: page.getByRole('heading') });

test('a reader searches "Tsentrobalt" from the header and lands on the chapter that explains it', async ({ page, basePath }) => {
  await page.goto('insurrection/planning/');
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search the book' });
  await expect(box).toBeFocused();
  await box.fill('Tsentrobalt');
  await box.press('Enter');

  await expect(page).toHaveURL(`${basePath}search/?q=Tsentrobalt`);
  await expect(page.getByRole('status')).toHaveText(/pages? match.* “Tsentrobalt”/);
  const chapter = results(page).filter({ has: page.getByRole('heading', { name: 'Dybenko and the Baltic sailors' }) });
  await expect(chapter).toHaveCount(1);
  await expect(chapter.locator('mark').first()).toHaveText(/Tsentrobalt/i);
  await expect(chapter.getByText('Chapter · The Insurrection', { exact: true })).toBeVisible();

  await chapter.getByRole('link', { name: 'Dybenko and the Baltic sailors' }).click();
  // The result carries the searched word, which the page marks.
  await expect(page).toHaveURL(`${basePath}insurrection/dybenko/?highlight=tsentrobalt`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dybenko and the Baltic sailors' })).toBeVisible();
});

test('a result links straight to the heading that matches', async ({ page, basePath }) => {
  await page.goto('search/?q=Tsentrobalt');
  await page.getByRole('link', { name: 'What was Tsentrobalt?' }).click();
  await expect(page).toHaveURL(`${basePath}insurrection/dybenko/?highlight=tsentrobalt#what-was-tsentrobalt`);
  await expect(page.getByRole('heading', { level: 2, name: 'What was Tsentrobalt?' })).toBeInViewport();
});

test('the search page reads ?q= and narrows results by section and by kind', async ({ page }) => {
  await page.goto('search/?q=Kerensky');
  await expect(page.getByRole('searchbox', { name: 'Words, names or places' })).toHaveValue('Kerensky');
  await expect(page.getByRole('status')).toHaveText(/pages? match/);

  await page.getByRole('combobox', { name: 'Section' }).selectOption('The Insurrection');
  await expect(page).toHaveURL(/section=The\+Insurrection/);
  await expect(page.getByRole('status')).toHaveText(/pages? match “Kerensky” in The Insurrection\./);
  const inSection = results(page);
  expect(await inSection.count()).toBeGreaterThan(0);
  for (const item of await inSection.all()) await expect(item).toContainText('Chapter · The Insurrection');

  await page.getByRole('combobox', { name: 'Section' }).selectOption('');
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('Person');
  await expect(page.getByRole('status')).toHaveText(/pages? match “Kerensky” in Person\./);
  const people = results(page);
  await expect(people.first()).toContainText('Alexander Kerensky');
  for (const item of await people.all()) await expect(item.getByText('Person', { exact: true })).toBeVisible();
});

test('navigation and page furniture are not indexed, only the text', async ({ page }) => {
  // "Skip to content" and "Search the book" are on every page, but in no chapter's or entry's text.
  await page.goto(`search/?q=${encodeURIComponent('"Skip to content"')}`);
  await expect(page.getByRole('status')).toHaveText('No pages match “"Skip to content"”.');
  await page.goto(`search/?q=${encodeURIComponent('"Search the book"')}`);
  await expect(page.getByRole('status')).toHaveText('No pages match “"Search the book"”.');
  // The same kind of phrase search does find text that is in a chapter.
  await page.goto(`search/?q=${encodeURIComponent('"suspect the calendar before the historian"')}`);
  await expect(page.getByRole('status')).toHaveText(/^1 page matches/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and offers the sections', async ({ page }) => {
    await page.goto('search/?q=Tsentrobalt');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'The Insurrection' })).toBeVisible();
  });
});

test('Ctrl+K or ⌘K focuses search from any page, even while typing elsewhere', async ({ page }) => {
  await page.goto('calendar/');
  await page.locator('#converter-day').focus();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox', { name: 'Search the book' })).toBeFocused();
  await page.goto('insurrection/onset/');
  await page.keyboard.press('Meta+k');
  await expect(page.getByRole('searchbox', { name: 'Search the book' })).toBeFocused();
});

test('arrow keys move through the results, Enter opens one, Escape clears the search', async ({ page, basePath }) => {
  await page.goto('search/?q=Kerensky');
  const box = page.getByRole('searchbox', { name: 'Words, names or places' });
  await expect(page.getByRole('status')).toHaveText(/pages match “Kerensky”/);
  await box.focus();
  await page.keyboard.press('ArrowDown');
  const first = results(page).first().getByRole('heading').getByRole('link');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(first).not.toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await expect(results(page)).toHaveCount(0);
  await box.fill('Kerensky');
  await expect(page.getByRole('status')).toHaveText(/pages match “Kerensky”/);
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => url.pathname === `${basePath}people/kerensky/`);
});

test('a page opened from a result marks the searched words and scrolls to the first', async ({ page }) => {
  await page.goto('search/?q=Tsentrobalt&kind=Chapter');
  await results(page).getByRole('heading', { name: 'Dybenko and the Baltic sailors' }).getByRole('link').click();
  const marks = page.getByRole('main').locator('mark');
  await expect(marks.first()).toBeInViewport();
  await expect(marks.first()).toHaveText(/Tsentrobalt/i);
  expect(await marks.count()).toBeGreaterThan(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a page opened with ?highlight= reads as usual', async ({ page }) => {
    await page.goto('insurrection/dybenko/?highlight=tsentrobalt');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dybenko and the Baltic sailors');
    await expect(page.getByRole('main').locator('mark')).toHaveCount(0);
  });
});
