import { expect, test } from './fixtures.ts';

/** The crawl is split into a few tests, so that both workers share it. */
const SHARDS = 4;

// Every page reads the same at any base path, so this runs in the root project only (playwright.config.ts);
// the journeys in no-javascript.spec.ts run at both.
test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  for (let shard = 0; shard < SHARDS; shard++) {
    test(`every chapter, section, entry and the timeline render completely (pages ${shard + 1} of every ${SHARDS})`, async ({ page, sitePages }) => {
      const readable = sitePages.filter((p) => !/^(search|calendar)\//.test(p.path) && !p.path.startsWith('404'));
      expect(readable.length).toBeGreaterThan(100);
      for (const { path } of readable.filter((_, i) => i % SHARDS === shard)) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
        await expect(page.getByRole('navigation', { name: 'Main' }), path).toBeVisible();
        const main = page.getByRole('main');
        expect((await main.innerText()).length, path).toBeGreaterThan(200);
        // Nothing on a reading page asks for JavaScript.
        await expect(main.getByText(/needs JavaScript/), path).toHaveCount(0);
      }
    });
  }
});
