import { expect, test } from './fixtures.ts';

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader can go from the home page to an entry by links alone', async ({ page, basePath }) => {
    await page.goto('./');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
    await expect(page).toHaveURL(`${basePath}timeline/`);
    await page.getByRole('link', { name: 'The fall of the Winter Palace' }).first().click();
    await expect(page).toHaveURL(new RegExp(`${basePath}insurrection/winter-palace/#event-`));
    await page.locator('article a[href$="/glossary/aurora/"]').first().click();
    await expect(page).toHaveURL(`${basePath}glossary/aurora/`);
  });
});
