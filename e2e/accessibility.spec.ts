import AxeBuilder from '@axe-core/playwright';
import { builtPages, expect, test } from './fixtures';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Pages are the same in the subpath build, so each is checked once, in the root project.
test.describe('accessibility', () => {
  test.skip(({ baseURL }) => new URL(baseURL ?? '/').pathname !== '/', 'checked once, at the root');

  for (const path of builtPages()) {
    test(`/${path} has no WCAG 2.2 A/AA violations in either theme`, async ({ page }) => {
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
