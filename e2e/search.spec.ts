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

// As the reader types, the quick index answers (src/lib/quick-search.ts); Pagefind waits for Enter.
test.describe('search as one types', () => {
  test('each key is answered from the quick index, with no Pagefind file fetched', async ({ page, basePath }) => {
    const pagefind: string[] = [];
    page.on('request', (r) => r.url().includes('/pagefind/') && pagefind.push(r.url()));
    await page.goto('search/');
    await page.getByRole('searchbox', { name: 'Words, names or places' }).pressSequentially('Kerensk', { delay: 50 });
    await expect(page.getByRole('status')).toHaveText(/^\d+ pages match “Kerensk” by name, title, heading or date\.$/);
    const first = results(page).first();
    await expect(first.getByRole('heading')).toHaveText('Alexander Kerensky');
    await expect(first.getByText('Person', { exact: true })).toBeVisible();
    // The word matched, not the letters typed, goes to the page to be marked.
    await expect(first.getByRole('heading').getByRole('link')).toHaveAttribute('href', `${basePath}people/kerensky/?highlight=kerensky`);
    // Chapters that mention him follow his entry.
    expect(await results(page).filter({ hasText: 'Chapter ·' }).count()).toBeGreaterThan(3);
    // Settled: the address keeps the search, and nothing of Pagefind was needed.
    await expect(page).toHaveURL(/\?q=Kerensk$/);
    expect(pagefind).toEqual([]);
    await expect(page.getByRole('button', { name: 'Search every word of every page' })).toBeVisible();
  });

  test('a day typed in either calendar finds the events of that day, each linking to its place in its chapter', async ({ page, basePath }) => {
    await page.goto('search/');
    const box = page.getByRole('searchbox', { name: 'Words, names or places' });
    for (const day of ['7 November', '25 October']) {
      await box.fill(day);
      await expect(page.getByRole('status')).toHaveText(new RegExp(`pages match “${day}” by name`));
      const event = results(page).locator('ul a[href*="#event-1917-11-07-"]').first();
      await expect(event).toHaveAttribute('href', new RegExp(`^${basePath}[a-z-]+/[a-z-]+/\\?highlight=.*#event-1917-11-07-`));
      // Both calendars, as the chapters give them.
      await expect(page.getByRole('main').getByText('25 October 1917 O.S. (7 November N.S.)').first()).toBeVisible();
    }
    // In the order the reader prefers, as everywhere else on the site.
    await page.getByRole('button', { name: 'New Style first' }).click();
    await expect(page.getByRole('main').getByText('7 November 1917 N.S. (25 October O.S.)').first()).toBeVisible();
    await expect(page.getByRole('main').getByText('25 October 1917 O.S. (7 November N.S.)').first()).toBeHidden();
  });

  test('Enter, or the button, searches every word of every page with Pagefind', async ({ page }) => {
    await page.goto('search/');
    const box = page.getByRole('searchbox', { name: 'Words, names or places' });
    await box.fill('Kerensky');
    await expect(page.getByRole('status')).toHaveText(/pages match “Kerensky” by name/);
    const fullText = page.waitForResponse((r) => r.url().includes('/pagefind/pagefind.js'));
    await page.getByRole('button', { name: 'Search every word of every page' }).click();
    await fullText;
    await expect(page.getByRole('status')).toHaveText(/^\d+ pages match “Kerensky”\.$/);
    await expect(page.getByRole('button', { name: 'Search every word of every page' })).toBeHidden();
    // Typing again goes back to the quick index; Enter goes to the full text again.
    await box.fill('dustbin of history');
    await box.press('Enter');
    await expect(page.getByRole('status')).toHaveText(/pages? match “dustbin of history”\.$/);
  });

  test('when the quick index finds little, the full text answers once the reader pauses', async ({ page }) => {
    await page.goto('search/?kind=Chapter');
    // "dustbin" is in the text of a chapter, in no title, name, heading or event.
    await page.getByRole('searchbox', { name: 'Words, names or places' }).pressSequentially('dustbin', { delay: 50 });
    await expect(page.getByRole('status')).toHaveText(/^\d+ pages? match “dustbin” in Chapter\.$/);
    await expect(results(page).first().getByRole('heading')).toHaveText('A new government');
  });

  test('the kind and section filters narrow the quick answers too', async ({ page }) => {
    await page.goto('search/');
    await page.getByRole('searchbox', { name: 'Words, names or places' }).fill('Kerensky');
    await expect(page.getByRole('status')).toHaveText(/pages match “Kerensky” by name/);
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('Chapter');
    await expect(page.getByRole('status')).toHaveText(/pages match “Kerensky” in Chapter by name/);
    for (const item of await results(page).all()) await expect(item).toContainText('Chapter ·');
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('');
    await page.getByRole('combobox', { name: 'Section' }).selectOption('The Insurrection');
    await expect(page.getByRole('status')).toHaveText(/pages? match “Kerensky” in The Insurrection by name/);
    for (const item of await results(page).all()) await expect(item).toContainText('Chapter · The Insurrection');
  });
});
