import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

const preview = (page: Page) => page.getByRole('tooltip');
const tsentrobalt = (page: Page) => page.getByRole('article').getByRole('link', { name: 'Tsentrobalt', exact: true }).first();

test('hovering a term shows its definition without leaving the page', async ({ page, basePath }) => {
  await page.goto('insurrection/dybenko/');
  await tsentrobalt(page).hover();
  await expect(preview(page)).toBeVisible();
  await expect(preview(page)).toContainText('Tsentrobalt');
  await expect(preview(page)).toContainText('elected committee of the Baltic Fleet');
  // The preview stays while the pointer moves onto it, and goes when it leaves both.
  await preview(page).hover();
  await expect(preview(page)).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(preview(page)).toBeHidden();
  await expect(page).toHaveURL(`${basePath}insurrection/dybenko/`);
});

test('focusing a term shows its definition, described to assistive technology, and Escape dismisses it', async ({ page }) => {
  await page.goto('insurrection/dybenko/');
  await tsentrobalt(page).focus();
  await expect(preview(page)).toBeVisible();
  await expect(tsentrobalt(page)).toHaveAccessibleDescription(/elected committee of the Baltic Fleet/);
  await page.keyboard.press('Escape');
  await expect(preview(page)).toBeHidden();
  await expect(tsentrobalt(page)).toBeFocused();
});

test('a reader follows a term to its entry, sees the chapters that mention it, and goes back to one', async ({ page, basePath }) => {
  await page.goto('insurrection/dybenko/');
  await tsentrobalt(page).click();
  await expect(page).toHaveURL(`${basePath}glossary/tsentrobalt/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Tsentrobalt' })).toBeVisible();
  await expect(page.getByText('Центроба\u0301лт').first()).toBeVisible();
  const mentioned = page.getByRole('region', { name: 'Mentioned in' });
  await expect(mentioned.getByRole('heading', { name: 'The Insurrection' })).toBeVisible();
  await expect(mentioned.getByRole('heading', { name: 'Background' })).toBeVisible();
  await mentioned.getByRole('link', { name: 'Dybenko and the Baltic sailors' }).click();
  await expect(page).toHaveURL(`${basePath}insurrection/dybenko/`);
});

test('a person mentioned in a chapter links to their entry with their dates in both calendars', async ({ page, basePath }) => {
  await page.goto('insurrection/onset/');
  await page.getByRole('article').getByRole('link', { name: /Kerensky/ }).first().click();
  await expect(page).toHaveURL(`${basePath}people/kerensky/`);
  await expect(page.locator('time[datetime="1881-05-04"]')).toHaveText('22 April 1881 O.S. (4 May N.S.)', { useInnerText: true });
});

test('the glossary and people indexes list every entry A–Z with its definition', async ({ page, basePath }) => {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(`${basePath}glossary/`);
  expect(await page.getByRole('main').getByRole('term').count()).toBeGreaterThanOrEqual(40);
  const letters = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  expect(letters).toEqual([...letters].sort());
  const letterT = page.getByRole('region', { name: 'T', exact: true });
  await expect(letterT.getByRole('term').filter({ hasText: 'Tsentrobalt' })).toHaveCount(1);
  await expect(letterT.getByRole('definition').filter({ hasText: 'Baltic Fleet' }).first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Letters' }).getByRole('link', { name: 'T', exact: true }).click();
  await expect(page).toHaveURL(/#letter-T$/);
  await expect(letterT.getByRole('heading')).toBeInViewport();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  expect(await page.getByRole('main').getByRole('term').count()).toBeGreaterThanOrEqual(25);
  // Filed by surname: Lenin under L, not V.
  await expect(page.getByRole('region', { name: 'L', exact: true }).getByRole('term').filter({ hasText: 'Vladimir Lenin' })).toHaveCount(1);
  await page.getByRole('link', { name: 'Vladimir Lenin' }).click();
  await expect(page).toHaveURL(`${basePath}people/lenin/`);
});

/** Spellings readers use, the entry each must find first, and its path. */
const SPELLINGS = [
  ['Tsentrobalt', 'Tsentrobalt', 'glossary/tsentrobalt/'],
  ['Centrobalt', 'Tsentrobalt', 'glossary/tsentrobalt/'],
  ['Центробалт', 'Tsentrobalt', 'glossary/tsentrobalt/'],
  ['Kerenskii', 'Alexander Kerensky', 'people/kerensky/'],
  ['Керенский', 'Alexander Kerensky', 'people/kerensky/'],
  // Half-typed and misspelt, as readers type them (issue 16), and ё or е either way.
  ['Kerensk', 'Alexander Kerensky', 'people/kerensky/'],
  ['Tsentrobal', 'Tsentrobalt', 'glossary/tsentrobalt/'],
  ['Zinovyev', 'Grigory Zinoviev', 'people/zinoviev/'],
  ['Trotskii', 'Leon Trotsky', 'people/trotsky/'],
  ['Dzerzhinskii', 'Felix Dzerzhinsky', 'people/dzerzhinsky/'],
  ['Milyukoff', 'Pavel Milyukov', 'people/milyukov/'],
  ['Бочкарёва', 'Maria Bochkareva', 'people/bochkareva/'],
  ['Бочкарева', 'Maria Bochkareva', 'people/bochkareva/'],
] as const;

for (const [spelling, entry, path] of SPELLINGS) {
  test(`searching "${spelling}" finds the ${entry} entry first`, async ({ page, basePath }) => {
    await page.goto(`search/?q=${encodeURIComponent(spelling)}`);
    await expect(page.getByRole('status')).toHaveText(/pages? match/);
    const first = page.getByRole('main').getByRole('list').first().getByRole('listitem').first();
    await first.getByRole('link', { name: entry, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === `${basePath}${path}`);
  });
}

// The same spellings typed into the search page, answered by the quick index as each key goes down (lib/quick-search.ts).
for (const [spelling, entry, path] of SPELLINGS) {
  test(`typing "${spelling}" shows the ${entry} entry first`, async ({ page, basePath }) => {
    await page.goto('search/');
    await page.getByRole('searchbox', { name: 'Words, names or places' }).fill(spelling);
    await expect(page.getByRole('status')).toHaveText(new RegExp(`match “${spelling}”`));
    const first = page.getByRole('main').getByRole('list').first().getByRole('listitem').first();
    await expect(first.getByRole('heading').getByRole('link')).toHaveText(entry);
    await expect(first.getByRole('heading').getByRole('link')).toHaveAttribute('href', new RegExp(`^${basePath}${path}\\?`));
  });
}

test('among chapters, the one that discusses a term ranks above passing mentions', async ({ page }) => {
  await page.goto('search/?q=Tsentrobalt&kind=Chapter');
  await expect(page.getByRole('status')).toHaveText(/pages match/);
  const chapters = page.getByRole('main').getByRole('list').first().getByRole('listitem').filter({ has: page.getByRole('heading') });
  expect(await chapters.count()).toBeGreaterThan(1);
  await expect(chapters.first().getByRole('heading')).toHaveText('Dybenko and the Baltic sailors');
});

test('a chapter is found by another spelling of a term it mentions', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('Центробалт')}&kind=Chapter`);
  await expect(page.getByRole('main').getByRole('heading', { name: 'Dybenko and the Baltic sailors' })).toBeVisible();
});

test('the page with an open preview has no accessibility violations', async ({ page }) => {
  await page.goto('insurrection/dybenko/');
  await tsentrobalt(page).focus();
  await expect(preview(page)).toBeVisible();
  expect(await axeViolations(page, 'with a preview open')).toEqual([]);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });

  test('the first tap previews a term and the second opens it', async ({ page, basePath }) => {
    await page.goto('insurrection/dybenko/');
    await tsentrobalt(page).tap();
    await expect(preview(page)).toBeVisible();
    await expect(preview(page)).toContainText('Tap the link again');
    await expect(page).toHaveURL(`${basePath}insurrection/dybenko/`);
    await tsentrobalt(page).tap();
    await expect(page).toHaveURL(`${basePath}glossary/tsentrobalt/`);
  });

  test('tapping elsewhere dismisses the preview', async ({ page }) => {
    await page.goto('insurrection/dybenko/');
    await tsentrobalt(page).tap();
    await expect(preview(page)).toBeVisible();
    await page.getByRole('heading', { level: 1 }).tap();
    await expect(preview(page)).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a term is still a working link to its entry', async ({ page, basePath }) => {
    await page.goto('insurrection/dybenko/');
    await tsentrobalt(page).click();
    await expect(page).toHaveURL(`${basePath}glossary/tsentrobalt/`);
  });
});

test('every person shows how to say their name: the Russian with its stress marked, and a respelling', async ({ page, sitePages }) => {
  const people = sitePages.filter((p) => /^people\/[^/]+\/$/.test(p.path));
  expect(people.length).toBeGreaterThanOrEqual(40);
  for (const { path, html } of people) {
    expect(html, path).toMatch(/Say it: <span[^>]*>[^<]*\b[A-Z]{2,}/);
  }
  await page.goto('people/kerensky/');
  await expect(page.getByRole('main').locator('[lang=ru]').first()).toHaveText('Алекса\u0301ндр Ке\u0301ренский');
  await expect(page.getByText('KYEH-ryen-skee')).toBeVisible();
  await page.goto('glossary/tsentrobalt/');
  await expect(page.getByRole('main').locator('[lang=ru]').first()).toHaveText('Центроба\u0301лт');
});
