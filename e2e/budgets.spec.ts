import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures.ts';
import type { Page, Response } from '@playwright/test';

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as {
  chapterPage: { totalGzipBytes: number; scriptGzipBytes: number };
  firstSearch: { gzipBytes: number };
};

/** What a response costs over a gzip-serving host: its body gzipped, or as is if already compressed. */
async function gzipBytes(response: Response): Promise<number> {
  const body = await response.body().catch(() => Buffer.alloc(0));
  return Math.min(body.length, gzipSync(body, { level: 9 }).length);
}

/** Every response the page receives from now on, with what it weighs. */
function record(page: Page) {
  const seen: { url: string; type: string; bytes: Promise<number> }[] = [];
  page.on('response', (response) => {
    seen.push({ url: response.url(), type: response.headers()['content-type'] ?? '', bytes: gzipBytes(response) });
  });
  return async () => Promise.all(seen.map(async (r) => ({ url: r.url, type: r.type, bytes: await r.bytes })));
}

const CHAPTER = /^(background|insurrection|outcome|historiography)\/[^/]+\/$/;

// Byte counts are the same at any base path, so budgets are checked once, at the root.
test.describe('budgets', () => {
  test.skip(({ baseURL }) => new URL(baseURL ?? '/').pathname !== '/', 'checked once, at the root');

  test('every chapter page loads within its byte budgets, with no render-blocking script and nothing of search', async ({ browser, sitePages }) => {
    test.slow();
    const chapters = sitePages.filter((p) => CHAPTER.test(p.path));
    expect(chapters.length).toBeGreaterThanOrEqual(23);
    const over: string[] = [];
    for (const { path, html } of chapters) {
      // A fresh context each time: a first visit, nothing cached.
      const context = await browser.newContext();
      const page = await context.newPage();
      const responses = record(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.getByRole('searchbox', { name: 'Search the book' }).focus();
      await page.waitForLoadState('networkidle');
      const loaded = await responses();
      const total = loaded.reduce((sum, r) => sum + r.bytes, 0);
      const scripts = loaded.filter((r) => r.type.includes('javascript')).reduce((sum, r) => sum + r.bytes, 0);
      if (total > budgets.chapterPage.totalGzipBytes) over.push(`${path}: ${total} bytes in all (budget ${budgets.chapterPage.totalGzipBytes})`);
      if (scripts > budgets.chapterPage.scriptGzipBytes) over.push(`${path}: ${scripts} bytes of script (budget ${budgets.chapterPage.scriptGzipBytes})`);
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

  // Pagefind's own chunks (27 KB each) would put a two-word search over budget; scripts/index-search.mjs
  // re-cuts them into ~2.5 KB chunks. What remains is mostly Pagefind's 60 KB wasm and 13 KB script.
  test('the first search for a term fetches within its byte budget', async ({ browser }) => {
    for (const term of ['Tsentrobalt', 'Kerensky', 'Winter Palace', '7 November']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto('search/', { waitUntil: 'networkidle' });
      const responses = record(page);
      await page.getByRole('searchbox', { name: 'Words, names or places' }).fill(term);
      await expect(page.getByRole('status')).toHaveText(/match/);
      await page.waitForLoadState('networkidle');
      const fetched = (await responses()).reduce((sum, r) => sum + r.bytes, 0);
      expect(fetched, `first search for "${term}"`).toBeLessThanOrEqual(budgets.firstSearch.gzipBytes);
      expect(fetched, `first search for "${term}" fetched something`).toBeGreaterThan(0);
      await context.close();
    }
  });
});
