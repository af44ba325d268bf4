import { SECTIONS } from '../src/lib/sections.ts';
import { expect, test } from './fixtures.ts';

// The order of the book does not depend on the base path (every link is checked at both by hosting.spec.ts),
// so this walk runs in the root project only (playwright.config.ts).
test('a reader can go from the first Background chapter to the last Historiography chapter by "Next" alone', async ({ page }) => {
  // The book's order, as the four section pages list it.
  const expected: string[] = [];
  for (const section of SECTIONS) {
    await page.goto(`${section.id}/`);
    expected.push(...(await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()).map((t) => t.replace(/^\d+\.\s*/, '').trim()));
  }
  expect(expected.length).toBeGreaterThanOrEqual(31);

  await page.goto(`${SECTIONS[0]?.id}/`);
  await page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link').click();
  const read = [await page.getByRole('heading', { level: 1 }).textContent()];
  const next = page.getByRole('link', { name: /^Next:/ });
  while ((await next.count()) > 0) {
    await next.click();
    read.push(await page.getByRole('heading', { level: 1 }).textContent());
  }
  expect(read).toEqual(expected);
});
