import { expect, test } from './fixtures';

test('a reader searches "Tsentrobalt" from the header and lands on the chapter that explains it', async ({ page, basePath }) => {
  await page.goto('insurrection/planning/');
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search the book' });
  await expect(box).toBeFocused();
  await box.fill('Tsentrobalt');
  await box.press('Enter');

  await expect(page).toHaveURL(`${basePath}search/?q=Tsentrobalt`);
  await expect(page.getByRole('status')).toHaveText(/chapters? match.* “Tsentrobalt”/);
  const results = page.getByRole('main').getByRole('listitem');
  const first = results.first();
  await expect(first.getByRole('heading', { name: 'Dybenko and the Baltic sailors' })).toBeVisible();
  await expect(first.locator('mark').first()).toHaveText(/Tsentrobalt/i);
  await expect(first.getByText('The Insurrection', { exact: true })).toBeVisible();

  await first.getByRole('link', { name: 'Dybenko and the Baltic sailors' }).click();
  await expect(page).toHaveURL(`${basePath}insurrection/dybenko/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dybenko and the Baltic sailors' })).toBeVisible();
});

test('a result links straight to the heading that matches', async ({ page, basePath }) => {
  await page.goto('search/?q=Tsentrobalt');
  const heading = page.getByRole('link', { name: 'What was Tsentrobalt?' });
  await heading.click();
  await expect(page).toHaveURL(`${basePath}insurrection/dybenko/#what-was-tsentrobalt`);
  await expect(page.getByRole('heading', { level: 2, name: 'What was Tsentrobalt?' })).toBeInViewport();
});

test('the search page reads ?q= and can be narrowed to one section', async ({ page }) => {
  await page.goto('search/?q=Winter%20Palace');
  await expect(page.getByRole('searchbox', { name: 'Words, names or places' })).toHaveValue('Winter Palace');
  await expect(page.getByRole('status')).toHaveText(/chapters? match/);
  await page.getByRole('combobox', { name: 'Section' }).selectOption('Background');
  await expect(page.getByRole('status')).toHaveText('No chapters match “Winter Palace” in Background.');
  await expect(page).toHaveURL(/section=Background/);
  await page.getByRole('combobox', { name: 'Section' }).selectOption('The Insurrection');
  await expect(page.getByRole('status')).toHaveText(/chapters? match “Winter Palace” in The Insurrection\./);
});

test('navigation and page furniture are not indexed, only chapter text', async ({ page }) => {
  // "Skip to content" and "On this page" appear on every page, but in no chapter's text.
  await page.goto('search/?q=Skip');
  await expect(page.getByRole('status')).toHaveText('No chapters match “Skip”.');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and offers the sections', async ({ page }) => {
    await page.goto('search/?q=Tsentrobalt');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'The Insurrection' })).toBeVisible();
  });
});
