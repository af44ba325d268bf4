import { expect, idsIn, linksIn, test } from './fixtures';

test('every internal link, anchor and asset on every page resolves', async ({ sitePages, request, baseURL }) => {
  const site = new URL(baseURL ?? '/');
  const byPath = new Map(sitePages.map((p) => [p.path, p]));
  const checked = new Map<string, number>();
  const broken: string[] = [];
  for (const page of sitePages) {
    const pageUrl = new URL(page.path, site);
    for (const link of linksIn(page.html)) {
      const target = new URL(link, pageUrl);
      if (target.origin !== site.origin) continue;
      if (!target.pathname.startsWith(site.pathname)) {
        broken.push(`${page.path}: ${link} is outside the site's base ${site.pathname}`);
        continue;
      }
      const key = target.pathname;
      if (!checked.has(key)) checked.set(key, (await request.get(target.href)).status());
      if (checked.get(key) !== 200) broken.push(`${page.path}: ${link} answers ${checked.get(key)}`);
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor) {
        const linked = byPath.get(target.pathname.slice(site.pathname.length));
        if (!linked || !idsIn(linked.html).has(anchor)) broken.push(`${page.path}: ${link} has no #${anchor} to land on`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(sitePages.length).toBeGreaterThanOrEqual(11);
});

test('no page links outside the site or loads anything from another origin', async ({ sitePages, baseURL }) => {
  const site = new URL(baseURL ?? '/');
  const foreign = sitePages.flatMap((page) =>
    linksIn(page.html)
      .filter((link) => new URL(link, new URL(page.path, site)).origin !== site.origin)
      .map((link) => `${page.path}: ${link}`),
  );
  expect(foreign).toEqual([]);
});

test('a chapter page loads with no failed request and no console error', async ({ page }) => {
  const problems: string[] = [];
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto('insurrection/winter-palace/');
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});

test('the search index loads from under the base path', async ({ page, basePath }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('search/?q=Kerensky');
  await expect(page.getByRole('status')).toHaveText(/pages? match/);
  const pagefind = requests.filter((path) => path.includes('/pagefind/'));
  expect(pagefind.length).toBeGreaterThan(0);
  for (const path of pagefind) expect(path.startsWith(`${basePath}pagefind/`), path).toBe(true);
  const hrefs = await page.getByRole('main').getByRole('list').first().getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href, href).toMatch(new RegExp(`^${basePath}(people|glossary|background|insurrection|outcome|historiography)/`));
});

test('a directory address without its trailing slash is redirected to it', async ({ page, basePath }) => {
  await page.goto('insurrection');
  await expect(page).toHaveURL(`${basePath}insurrection/`);
  await expect(page.getByRole('heading', { level: 1, name: 'The Insurrection' })).toBeVisible();
});
