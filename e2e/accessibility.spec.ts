import AxeBuilder from '@axe-core/playwright';
import { builtPages, expect, test } from './fixtures.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Pages are the same in the subpath build, so each is checked once, in the root project.
test.describe('accessibility', () => {
  test.skip(({ baseURL }) => new URL(baseURL ?? '/').pathname !== '/', 'checked once, at the root');

  for (const path of builtPages()) {
    test(`/${path} has no WCAG 2.2 A/AA violations in either theme`, async ({ page }) => {
      // The whole book is one page of some 400 KB: axe takes a while over it.
      test.slow(path === 'book/');
      await page.goto(path);
      // The themes follow the system's colour scheme, so switching it re-themes the loaded page.
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        const found = violations.map((v) => `${colorScheme}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(found).toEqual([]);
      }
    });
  }

  // Layout changes with the width (links wrap onto rows, targets crowd together), so a phone is checked too.
  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
    for (const path of ['', 'insurrection/winter-palace/', 'glossary/tsentrobalt/', 'background/self-check/', 'timeline/', 'book/', 'sources/']) {
      test(`/${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
        test.slow(path === 'book/');
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
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
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(violations.map((v) => `${colorScheme}: ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  test('the search page with results has no violations', async ({ page }) => {
    await page.goto('search/?q=Tsentrobalt');
    await expect(page.getByRole('status')).toHaveText(/match/);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

test('every page reachable from the home page is in the build the accessibility check walks', async ({ sitePages }) => {
  const built = new Set(builtPages());
  const missing = sitePages.map((p) => p.path).filter((path) => !built.has(path));
  expect(missing).toEqual([]);
});
