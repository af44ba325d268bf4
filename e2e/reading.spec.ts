import { SECTIONS } from '../src/lib/sections.ts';
import { SITE_NAME } from '../src/lib/site.ts';
import { expect, test } from './fixtures.ts';

test('a reader goes from the home page to a section, a chapter and the next chapter', async ({ page, basePath }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'October 1917' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What happened' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'The Insurrection' }).click();
  await expect(page).toHaveURL(`${basePath}insurrection/`);
  await expect(page.getByRole('heading', { level: 1, name: 'The Insurrection' })).toBeVisible();

  await page.getByRole('main').getByRole('link', { name: 'Planning the rising' }).click();
  await expect(page).toHaveURL(`${basePath}insurrection/planning/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Planning the rising' })).toBeVisible();
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link', { name: 'The Insurrection' })).toHaveAttribute('href', `${basePath}insurrection/`);

  await page.getByRole('link', { name: /^Next:/ }).click();
  await expect(page).toHaveURL(`${basePath}insurrection/onset/`);
  await expect(page.getByRole('heading', { level: 1, name: 'The rising begins' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Previous:.*Planning the rising/ })).toBeVisible();
});

test('the table of contents jumps to a heading in the chapter', async ({ page }) => {
  await page.goto('insurrection/onset/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link', { name: 'The battle for the bridges' }).click();
  await expect(page).toHaveURL(/#the-battle-for-the-bridges$/);
  await expect(page.getByRole('heading', { level: 2, name: 'The battle for the bridges' })).toBeInViewport();
});

test('a cross-link in a chapter lands on the chapter it names', async ({ page, basePath }) => {
  await page.goto('insurrection/onset/');
  await page.getByRole('article').getByRole('link', { name: 'chapter on planning' }).click();
  await expect(page).toHaveURL(`${basePath}insurrection/planning/`);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('insurrection/onset/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('every header control is reachable with Tab and works from the keyboard', async ({ page, basePath }) => {
  await page.goto('insurrection/onset/');
  // Tab through the header until focus reaches the page's own content.
  const reached: string[] = [];
  for (let inMain = false; !inMain && reached.length < 60; ) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        name: el?.matches('input') ? `input:${el.getAttribute('name')}` : (el?.innerText ?? '').trim(),
        inMain: !!el?.closest('main'),
      };
    });
    inMain = focused.inMain;
    if (!inMain) reached.push(focused.name);
  }
  for (const control of ['Skip to content', SITE_NAME, 'New Style first', 'Dark theme', 'input:q', 'Search', ...SECTIONS.map((s) => s.title), 'Glossary', 'People', 'Timeline']) {
    expect(reached, `Tab should reach ${control}`).toContain(control);
  }

  await page.getByRole('button', { name: 'New Style first' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'New Style first' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Dark theme' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.getByRole('searchbox', { name: 'Search the book' }).focus();
  await page.keyboard.type('Sovnarkom');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${basePath}search/?q=Sovnarkom`);
});

test('the theme toggle switches to dark and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const lightBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(darkBackground).not.toBe(lightBackground);
  await page.goto('insurrection/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('the theme follows the system when the reader has not chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('an unknown address gets the 404 page, which still links home', async ({ page, basePath }) => {
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'The home page' }).click();
  await expect(page).toHaveURL(basePath);
  await expect(page.getByRole('heading', { level: 1, name: 'October 1917' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('chapters read and navigate completely', async ({ page, basePath }) => {
    await page.goto('insurrection/winter-palace/');
    await expect(page.getByRole('heading', { level: 1, name: 'The fall of the Winter Palace' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Questions to think about' })).toBeVisible();
    await page.getByRole('link', { name: /^Next:/ }).click();
    await expect(page).toHaveURL(`${basePath}insurrection/dybenko/`);
    // A control that cannot work without JavaScript is not offered.
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  });
});
