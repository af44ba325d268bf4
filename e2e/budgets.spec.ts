import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { CHAPTER_PATH, expect, test } from './fixtures.ts';
import { firstVisit, totalBytes } from './weigh.ts';

interface PageBudget {
  totalGzipBytes: number;
  scriptGzipBytes: number;
}
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as {
  chapterPage: PageBudget;
  chapterPageWithFigures: PageBudget;
  firstSearch: { gzipBytes: number };
  firstFullTextSearch: { gzipBytes: number };
};

/** A chapter showing a map or chart has the larger budget; every other chapter the smaller. */
const budgetFor = (html: string): { name: string; budget: PageBudget } =>
  html.includes('<div class="fig"')
    ? { name: 'chapterPageWithFigures', budget: budgets.chapterPageWithFigures }
    : { name: 'chapterPage', budget: budgets.chapterPage };

/** A first visit in a fresh context: nothing cached. */
async function freshVisit(browser: Browser, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = await firstVisit(page, path);
  return { context, page, responses };
}

// Byte counts are the same at any base path, so budgets are checked once, at the root (playwright.config.ts).
test.describe('budgets', () => {
  test('every chapter page loads within its byte budgets, with no render-blocking script and nothing of search', async ({ browser, sitePages }) => {
    test.slow();
    const chapters = sitePages.filter((p) => CHAPTER_PATH.test(p.path));
    expect(chapters.length).toBeGreaterThanOrEqual(23);
    // Both kinds are here: chapters with figures, and the rest.
    expect(new Set(chapters.map(({ html }) => budgetFor(html).name)).size).toBe(2);
    const over: string[] = [];
    for (const { path, html } of chapters) {
      const { name, budget } = budgetFor(html);
      const { context, page, responses } = await freshVisit(browser, path);
      // Focusing the search box must not start loading search.
      await page.getByRole('searchbox', { name: 'Search the book' }).focus();
      const loaded = await responses();
      const total = totalBytes(loaded);
      const scripts = totalBytes(loaded.filter((r) => r.type.includes('javascript')));
      if (total > budget.totalGzipBytes) over.push(`${path}: ${total} bytes in all (${name} budget ${budget.totalGzipBytes})`);
      if (scripts > budget.scriptGzipBytes) over.push(`${path}: ${scripts} bytes of script (${name} budget ${budget.scriptGzipBytes})`);
      const searchFiles = loaded.filter((r) => r.url.includes('/pagefind/'));
      if (searchFiles.length) over.push(`${path}: loads search files before a search: ${searchFiles.map((r) => r.url).join(', ')}`);
      // External scripts must not block rendering: modules (deferred), async or defer only.
      for (const tag of html.match(/<script\b[^>]*\bsrc=[^>]*>/g) ?? []) {
        if (!/type="module"|\basync\b|\bdefer\b/.test(tag)) over.push(`${path}: render-blocking ${tag}`);
      }
      await context.close();
    }
    expect(over).toEqual([]);
  });

  // Typed as a reader types, a key every 100 ms (the benchmark's pace, scripts/bench/measure.ts), and counted from
  // the search page itself: the quick index answers each key, and Pagefind's 60 KB wasm and 13 KB script stay unloaded.
  test('a first search typed key by key fetches within its byte budget, the search page included', async ({ browser }) => {
    for (const term of ['Tsentrobalt', 'Kerensky', 'Winter Palace', '7 November']) {
      const { context, page, responses } = await freshVisit(browser, 'search/');
      await page.getByRole('searchbox', { name: 'Words, names or places' }).pressSequentially(term, { delay: 100 });
      await expect(page.getByRole('status')).toHaveText(new RegExp(`pages match “${term}” by name`));
      // Once the search settles, the address keeps it; a search that found little would have gone on to the full text by then.
      await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(term).replace(/%20/g, '\\+')}`));
      const search = await responses();
      expect(totalBytes(search), `first search for "${term}"`).toBeLessThanOrEqual(budgets.firstSearch.gzipBytes);
      expect(search.filter((r) => r.url.includes('/pagefind/')).map((r) => r.url), `first search for "${term}"`).toEqual([]);
      expect(search.filter((r) => r.url.endsWith('/quick-search.json')), `first search for "${term}"`).toHaveLength(1);
      await context.close();
    }
  });

  // Every word of every page: Pagefind's wasm and script, the chunk table, index chunks and the results' fragments.
  // Pagefind's own chunks (27 KB each) would put a two-word search far over; the search-index integration re-cuts them.
  test('a first full-text search, typed then Enter or opened from an address, fetches within its byte budget, the search page included', async ({ browser }) => {
    for (const [term, how] of [['Tsentrobalt', 'typed'], ['7 November', 'typed'], ['Winter Palace', 'address']] as const) {
      const { context, page, responses } = await freshVisit(browser, how === 'address' ? `search/?q=${encodeURIComponent(term)}` : 'search/');
      if (how === 'typed') {
        const box = page.getByRole('searchbox', { name: 'Words, names or places' });
        await box.pressSequentially(term, { delay: 100 });
        await box.press('Enter');
      }
      await expect(page.getByRole('status')).toHaveText(new RegExp(`pages? match “${term}”\\.$`));
      const search = await responses();
      const what = `first full-text search for "${term}" (${how})`;
      expect(totalBytes(search), what).toBeLessThanOrEqual(budgets.firstFullTextSearch.gzipBytes);
      expect(search.filter((r) => r.url.includes('/pagefind/')).length, what).toBeGreaterThanOrEqual(5);
      // Opened from an address, the search goes straight to the full text: the quick index is not fetched.
      expect(search.filter((r) => r.url.endsWith('/quick-search.json')).length, what).toBe(how === 'typed' ? 1 : 0);
      await context.close();
    }
  });
});
