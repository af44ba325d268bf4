import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every page has no WCAG 2.2 A/AA violations in the ${colorScheme} theme`, async ({ page, sitePages }) => {
    test.slow();
    await page.emulateMedia({ colorScheme });
    const found: string[] = [];
    for (const { path } of sitePages) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      for (const v of violations) {
        found.push(`${path || '/'}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
    }
    expect(found).toEqual([]);
  });
}

test('the search page with results has no violations', async ({ page }) => {
  await page.goto('search/?q=Tsentrobalt');
  await expect(page.getByRole('status')).toHaveText(/match/);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('the 404 page has no violations', async ({ page }) => {
  await page.goto('no/such/page/');
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
