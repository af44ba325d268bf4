import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { CHAPTER_PATH, expect, test } from './fixtures.ts';
import { firstVisit, recordResponses, totalBytes } from './weigh.ts';

interface PageBudget {
  totalGzipBytes: number;
  scriptGzipBytes: number;
}
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as {
  chapterPage: PageBudget;
  chapterPageWithFigures: PageBudget;
  firstSearch: { gzipBytes: number };
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

  // Pagefind's own chunks (27 KB each) would put a two-word search over budget; the search-index
  // integration re-cuts them into ~2.5 KB chunks. What remains is mostly Pagefind's 60 KB wasm and 13 KB script.
  test('the first search for a term fetches within its byte budget', async ({ browser }) => {
    for (const term of ['Tsentrobalt', 'Kerensky', 'Winter Palace', '7 November']) {
      const { context, page } = await freshVisit(browser, 'search/');
      const responses = recordResponses(page);
      await page.getByRole('searchbox', { name: 'Words, names or places' }).fill(term);
      // The count is written once the results are on the page, so every file the search needed has arrived.
      await expect(page.getByRole('status')).toHaveText(/match/);
      const search = await responses();
      expect(totalBytes(search), `first search for "${term}"`).toBeLessThanOrEqual(budgets.firstSearch.gzipBytes);
      // Pagefind's script, its wasm, the chunk table, and at least one index chunk and fragment.
      expect(search.filter((r) => r.url.includes('/pagefind/')).length, `first search for "${term}"`).toBeGreaterThanOrEqual(5);
      await context.close();
    }
  });
});
