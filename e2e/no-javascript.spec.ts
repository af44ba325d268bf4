import { expect, test } from './fixtures.ts';

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('every chapter, section, entry and the timeline render completely and navigate', async ({ page, sitePages }) => {
    test.slow();
    const readable = sitePages.filter((p) => !/^(search|calendar)\//.test(p.path) && !p.path.startsWith('404'));
    expect(readable.length).toBeGreaterThan(100);
    for (const { path } of readable) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Main' }), path).toBeVisible();
      const main = page.getByRole('main');
      expect((await main.innerText()).length, path).toBeGreaterThan(200);
      // Nothing on a reading page asks for JavaScript.
      await expect(main.getByText(/needs JavaScript/), path).toHaveCount(0);
    }
  });

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
