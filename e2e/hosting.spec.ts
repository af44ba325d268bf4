import { writeFileSync } from 'node:fs';
import { builtPages, expect, idsIn, linksIn, test } from './fixtures.ts';
import { COMPANION_TITLES } from '../src/lib/companion.ts';
import { SECTION_IDS } from '../src/lib/sections.ts';

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
  // The crawl reached every page the build made (404.html aside, which nothing links to).
  expect(sitePages.length).toBe(builtPages().filter((p) => !p.startsWith('404')).length);
});

test('no page loads anything from another origin; links out use https and are listed', async ({ sitePages, baseURL }, testInfo) => {
  const site = new URL(baseURL ?? '/');
  // What a browser fetches by itself: scripts, images, frames, media, and stylesheets, icons and preloads.
  const assets = (html: string) => [
    ...[...html.matchAll(/<(?:script|img|iframe|source|video|audio)\b[^>]*\ssrc="([^"]*)"/g)].map((m) => m[1] ?? ''),
    ...[...html.matchAll(/<link\b(?=[^>]*\srel="(?:stylesheet|icon|preload|modulepreload|manifest)")[^>]*\shref="([^"]*)"/g)].map((m) => m[1] ?? ''),
  ];
  const foreign = sitePages.flatMap((page) =>
    assets(page.html)
      .filter((url) => new URL(url, new URL(page.path, site)).origin !== site.origin)
      .map((url) => `${page.path}: ${url}`),
  );
  expect(foreign).toEqual([]);
  // Links to other sites cannot be checked here (no network): they must be https, and are attached to the report.
  // The site's own public address (SITE_URL, in canonical links) is not another site.
  const ownOrigin = new URL(/<link rel="canonical" href="([^"]+)"/.exec(sitePages[0]?.html ?? '')?.[1] ?? site.href).origin;
  const external = sitePages.flatMap((page) =>
    linksIn(page.html)
      .filter((link) => /^https?:/.test(link) && ![site.origin, ownOrigin].includes(new URL(link).origin))
      .map((link) => ({ page: page.path, link })),
  );
  expect(external.filter((e) => !e.link.startsWith('https:'))).toEqual([]);
  // One line in the log; the list itself in a file beside the test's other output.
  const list = testInfo.outputPath('external-links.json');
  writeFileSync(list, JSON.stringify(external, null, 2));
  console.log(`${external.length} links to other sites, all https, on ${new Set(external.map((e) => e.page)).size} pages: ${list}`);
});

test('every page carries a Content-Security-Policy that allows only the site itself', async ({ sitePages }) => {
  for (const { path, html } of sitePages) {
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(policy, path).toContain("default-src 'self'");
    expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
    expect(policy, path).not.toContain('unsafe-inline');
  }
});

for (const path of ['insurrection/dybenko/', 'search/?q=Tsentrobalt', 'timeline/', 'calendar/?day=25&month=10&year=1917&calendar=os', 'glossary/tsentrobalt/']) {
  test(`${path} works with no Content-Security-Policy violation, failed request or console error`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(path);
    // Exercise each page's scripts and wait for what they do: a preview, a search, a conversion, the theme toggle.
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', /^(dark|light)$/);
    const mention = page.locator('a.mention').first();
    if (await mention.count()) {
      await mention.focus();
      await expect(page.getByRole('tooltip')).toBeVisible();
    }
    if (path.startsWith('search/')) await expect(page.getByRole('status')).toHaveText(/match/);
    if (path.startsWith('calendar/')) await expect(page.getByRole('status')).toContainText('7 November 1917');
    expect(problems).toEqual([]);
  });
}

test('the sitemap lists every page, with absolute URLs, and robots.txt points to it', async ({ request, sitePages, basePath }) => {
  const robots = await (await request.get('robots.txt')).text();
  const indexUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
  expect(indexUrl).toMatch(new RegExp(`^https?://[^/]+${basePath}sitemap-index\\.xml$`));
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? ''));
  const sitemaps = locs(await (await request.get('sitemap-index.xml')).text());
  expect(sitemaps.length).toBeGreaterThan(0);
  const listed: string[] = [];
  for (const sitemap of sitemaps) {
    expect(sitemap.pathname.startsWith(basePath), sitemap.href).toBe(true);
    const xml = await (await request.get(sitemap.pathname.slice(basePath.length))).text();
    listed.push(...locs(xml).map((url) => url.pathname.slice(basePath.length)));
  }
  listed.sort();
  const pages = sitePages.map((p) => p.path).filter((p) => !p.startsWith('404')).sort();
  expect(listed).toEqual(pages);
});

test('pages name their canonical address and describe themselves for link previews', async ({ sitePages, basePath }) => {
  for (const { path, html } of sitePages) {
    if (path.startsWith('404')) continue;
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(new URL(canonical).pathname, path).toBe(`${basePath}${path}`);
    expect(html, path).toMatch(/<meta property="og:title" content="[^"]+"/);
    expect(html, path).toMatch(/<meta property="og:description" content="[^"]+"/);
  }
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
  const kinds = [...Object.keys(COMPANION_TITLES), ...SECTION_IDS];
  for (const href of hrefs) expect(href, href).toMatch(new RegExp(`^${basePath}(${kinds.join('|')})/`));
});

test('the quick index loads from under the base path, and its results link there', async ({ page, basePath }) => {
  const quick = page.waitForResponse((r) => r.url().endsWith('/quick-search.json'));
  await page.goto('search/');
  await page.getByRole('searchbox', { name: 'Words, names or places' }).fill('Tsentrobalt');
  expect(new URL((await quick).url()).pathname).toBe(`${basePath}quick-search.json`);
  await expect(page.getByRole('status')).toHaveText(/pages match “Tsentrobalt” by name/);
  const hrefs = await page.getByRole('main').getByRole('list').first().getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  const kinds = [...Object.keys(COMPANION_TITLES), ...SECTION_IDS];
  for (const href of hrefs) expect(href, href).toMatch(new RegExp(`^${basePath}(${kinds.join('|')})/`));
});

// This checks the plain static server the tests use (scripts/serve.mjs), as hosts like GitHub Pages behave.
test('a directory address without its trailing slash is redirected to it', async ({ page, basePath }) => {
  await page.goto('insurrection');
  await expect(page).toHaveURL(`${basePath}insurrection/`);
  await expect(page.getByRole('heading', { level: 1, name: 'The Insurrection' })).toBeVisible();
});
