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
  await expect(page).toHaveURL(`${basePath}insurrection/dybenko/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dybenko and the Baltic sailors' })).toBeVisible();
});

test('a result links straight to the heading that matches', async ({ page, basePath }) => {
  await page.goto('search/?q=Tsentrobalt');
  await page.getByRole('link', { name: 'What was Tsentrobalt?' }).click();
  await expect(page).toHaveURL(`${basePath}insurrection/dybenko/#what-was-tsentrobalt`);
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
