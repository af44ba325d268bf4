import type { Page } from '@playwright/test';
import { axeViolations as violations } from './axe.ts';
import { builtPages, expect, test } from './fixtures.ts';

/** Opens a page of the site in a colour scheme, checking it exists (a wrong path would test the 404 page). */
async function open(page: Page, path: string, colorScheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme });
  const response = await page.goto(path);
  expect(response?.status(), `/${path}`).toBe(200);
}

/**
 * The themes differ only in colour (one token set, light-dark() pairs in global.css), so
 * every page is checked once, in the light theme, and the dark theme on one page of every
 * kind: every layout and component appears in it.
 */
const DARK_SAMPLE: readonly string[] = [
  '', // home
  'insurrection/', // section
  'insurrection/winter-palace/', // chapter, with the section's self-check invitation and an hours chart
  'insurrection/onset/', // the city map
  'outcome/constituent-assembly/', // bar charts
  'outcome/nationalities-north/', // the borderlands map
  'figures/',
  'insurrection/self-check/',
  'insurrection/self-check/answers/',
  'glossary/',
  'glossary/tsentrobalt/',
  'people/',
  'people/kerensky/',
  'timeline/',
  'calendar/',
  'search/',
  'sources/',
  '404.html',
  // and the whole book, in a test of its own
];

/** The whole book is one page of some 400 KB: axe needs ten times longer there than on a chapter. */
const BOOK = 'book/';

/**
 * Pages are checked a score to a test, in one browser page, which is quicker than a fresh
 * page each time. Every finding names its page, and a test reports all of its pages' findings.
 */
const SHARDS = 6;

async function checkAll(page: Page, paths: readonly string[], colorScheme: 'light' | 'dark'): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    await open(page, path, colorScheme);
    found.push(...(await violations(page, `/${path} (${colorScheme})`)));
  }
  return found;
}

// Pages are the same at any base path, so this spec runs in the root project only (playwright.config.ts).
test.describe('accessibility', () => {
  const pages = builtPages().filter((path) => path !== BOOK);
  for (let shard = 0; shard < SHARDS; shard++) {
    const paths = pages.filter((_, i) => i % SHARDS === shard);
    test(`${paths.length} pages (${shard + 1} of every ${SHARDS}) have no WCAG 2.2 A/AA violations`, async ({ page }) => {
      test.setTimeout(paths.length * 5_000);
      expect(await checkAll(page, paths, 'light')).toEqual([]);
    });
  }

  test(`one page of every kind has no WCAG 2.2 A/AA violations in the dark theme`, async ({ page }) => {
    test.setTimeout(DARK_SAMPLE.length * 5_000);
    expect(await checkAll(page, DARK_SAMPLE, 'dark')).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the whole book has no WCAG 2.2 A/AA violations in the ${colorScheme} theme`, async ({ page }) => {
      test.setTimeout(240_000);
      expect(await checkAll(page, [BOOK], colorScheme)).toEqual([]);
    });
  }

  // Layout changes with the width (links wrap onto rows, targets crowd together), so a phone is checked too.
  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
    const paths = ['', 'insurrection/winter-palace/', 'glossary/tsentrobalt/', 'background/self-check/', 'timeline/', 'sources/'];
    test(`${paths.length} pages of different kinds have no WCAG 2.2 A/AA violations`, async ({ page }) => {
      test.setTimeout(paths.length * 5_000);
      expect(await checkAll(page, paths, 'light')).toEqual([]);
    });
  });

  test('a self-check answered and marked from the keyboard has no violations in either theme', async ({ page }) => {
    await page.goto('background/self-check/');
    // Tab to the first question's radios, choose with the arrow keys, then Tab on to the button.
    await page.locator('fieldset[data-answer] input[type=radio]').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('fieldset[data-answer]').first().getByRole('radio').nth(1)).toBeChecked();
    await page.getByRole('button', { name: 'Check my answers' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText(/^You got \d+ of \d+ right\.$/);
    await expect(page.getByRole('status')).toBeFocused();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await violations(page, colorScheme)).toEqual([]);
    }
  });

  test('the search page with results has no violations', async ({ page }) => {
    await page.goto('search/?q=Tsentrobalt');
    await expect(page.getByRole('status')).toHaveText(/match/);
    expect(await violations(page, 'results')).toEqual([]);
  });

  test('every page reachable from the home page is in the build this spec walks', async ({ sitePages }) => {
    const built = new Set(builtPages());
    expect(sitePages.map((p) => p.path).filter((path) => !built.has(path))).toEqual([]);
    expect([...DARK_SAMPLE, BOOK].filter((path) => !built.has(path))).toEqual([]);
  });
});
