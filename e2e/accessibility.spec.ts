import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { builtPages, expect, test } from './fixtures.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Axe's WCAG 2.2 A/AA findings on the page as it stands, one line each. The site has no
 * frames, so axe runs in the page itself (legacy mode) instead of running per frame and
 * finishing in a second blank page; and it collects only violations, the one result kind
 * asserted. Together that is three to six times quicker, with the same rules and findings.
 */
async function violations(page: Page, label: string): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).withTags(WCAG).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  return found.map((v) => `${label}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

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
const DARK_SAMPLE = [
  '', // home
  'insurrection/', // section
  'insurrection/winter-palace/', // chapter, with the section's self-check invitation
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
  'book/',
  '404.html',
];

/** The whole book is one page of some 400 KB: axe needs ten times longer there than anywhere else. */
const slow = (path: string) => path === 'book/' && test.setTimeout(240_000);

// Pages are the same at any base path, so this spec runs in the root project only (playwright.config.ts).
test.describe('accessibility', () => {
  for (const path of builtPages()) {
    test(`/${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
      slow(path);
      await open(page, path, 'light');
      expect(await violations(page, 'light')).toEqual([]);
    });
  }

  for (const path of DARK_SAMPLE) {
    test(`/${path} has no WCAG 2.2 A/AA violations in the dark theme`, async ({ page }) => {
      slow(path);
      await open(page, path, 'dark');
      expect(await violations(page, 'dark')).toEqual([]);
    });
  }

  // Layout changes with the width (links wrap onto rows, targets crowd together), so a phone is checked too.
  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
    for (const path of ['', 'insurrection/winter-palace/', 'glossary/tsentrobalt/', 'background/self-check/', 'timeline/', 'sources/']) {
      test(`/${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
        await open(page, path, 'light');
        expect(await violations(page, 'phone')).toEqual([]);
      });
    }
  });

  test('a self-check answered and marked from the keyboard has no violations in either theme', async ({ page }) => {
    await page.goto('background/self-check/');
    // Tab to the first question's radios, choose with the arrow keys, then Tab on to the button.
    await page.locator('fieldset[data-answer] input[type=radio]').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('fieldset[data-answer]').first().getByRole('radio').nth(1)).toBeChecked();
    await page.getByRole('button', { name: 'Check my answers' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText(/^You got \d of \d right\.$/);
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
    expect(DARK_SAMPLE.filter((path) => !built.has(path))).toEqual([]);
  });
});
