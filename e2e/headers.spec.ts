/**
 * The headers a host sends: the `_headers` file the build writes (Netlify,
 * Cloudflare Pages), the same headers as `npm start` serves them, and the
 * nginx block in README.md. The CSP header must say what every page's
 * <meta> says, plus what only a header can (frame-ancestors).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFor, metaPolicy, parseHeaders } from '../src/lib/headers.ts';
import { expect, test } from './fixtures.ts';
import { SUBPATH_OUT } from './sites.mjs';

const rulesFor = (basePath: string) => parseHeaders(readFileSync(join(basePath === '/' ? 'dist' : SUBPATH_OUT, '_headers'), 'utf8'));

/** The `add_header` lines of README.md's nginx block: the server's own, and those of its `location /_astro/`. */
function readmeNginx(): { server: Record<string, string>; assets: Record<string, string> } {
  const block = /```nginx\n([\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))?.[1];
  if (!block) throw new Error('README.md has no ```nginx block');
  const server: Record<string, string> = {};
  const assets: Record<string, string> = {};
  let inAssets = false;
  for (const line of block.split('\n')) {
    if (/^\s*location \/_astro\/ \{/.test(line)) inAssets = true;
    else if (inAssets && /^\s*\}/.test(line)) inAssets = false;
    const header = /^\s*add_header ([\w-]+) "([^"]*)" always;/.exec(line);
    if (header) (inAssets ? assets : server)[header[1] ?? ''] = header[2] ?? '';
  }
  return { server, assets };
}

test('the CSP header says what every page says, and forbids framing', async ({ sitePages, basePath }) => {
  const rules = rulesFor(basePath);
  for (const { path, html } of sitePages) {
    const header = headersFor(rules, `${basePath}${path}`)['Content-Security-Policy'];
    const meta = metaPolicy(html);
    expect(meta, path).toBeDefined();
    expect(header, path).toBe(`${meta?.trim()} frame-ancestors 'none';`);
  }
});

test('pages revalidate, hashed assets are kept a year, and the hardening headers are sent', async ({ request, basePath }) => {
  const page = await request.get('insurrection/onset/');
  const pageHeaders = page.headers();
  expect(pageHeaders['cache-control']).toBe('public, max-age=0, must-revalidate');
  expect(pageHeaders['x-content-type-options']).toBe('nosniff');
  expect(pageHeaders['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(pageHeaders['permissions-policy']).toContain('camera=()');
  expect(pageHeaders['content-security-policy']).toContain("frame-ancestors 'none'");
  const asset = /\ssrc="([^"]*\/_astro\/[^"]+\.js)"/.exec(await page.text())?.[1];
  expect(asset, 'a page script under _astro/').toBeDefined();
  const assetHeaders = (await request.get(asset ?? '')).headers();
  // One Cache-Control each: a header set by two matching rules would be joined with a comma by the hosts.
  expect(assetHeaders['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await request.get('pagefind/pagefind-entry.json')).headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
  // Unhashed files of the site's own revalidate too, and are sent once, not joined with another rule's value.
  for (const file of ['mention-preview.js', 'previews.json', 'quick-search.json', 'timeline-filter.css']) {
    expect((await request.get(file)).headers()['cache-control'], file).toBe('public, max-age=0, must-revalidate');
  }
  expect(asset?.startsWith(basePath)).toBe(true);
});

test("README.md's nginx block sends the same headers as _headers", ({ basePath }) => {
  const rules = rulesFor(basePath);
  const { server, assets } = readmeNginx();
  expect(server).toEqual(headersFor(rules, `${basePath}insurrection/onset/`));
  expect(assets).toEqual(headersFor(rules, `${basePath}_astro/page.js`));
});
