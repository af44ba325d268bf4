/**
 * Shared by every spec: the site's base path under the current project
 * (root or subpath), and the list of every page on the built site, found by
 * following links from the home page as a reader (or a crawler) would.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test as base, expect, type APIRequestContext } from '@playwright/test';
import { SECTION_IDS } from '../src/lib/sections.ts';

export { expect };

/** A chapter's path under the site: `<section>/<chapter>/`, for any section in content/sections.json. */
export const CHAPTER_PATH = new RegExp(`^(${SECTION_IDS.join('|')})/(?!self-check/)[^/]+/$`);

/** A chapter's address with an anchor, under `basePath`. */
export const chapterAnchorUrl = (basePath: string) => new RegExp(`${basePath}(${SECTION_IDS.join('|')})/[^/]+/#[a-z0-9-]+$`);

export interface SitePage {
  /** Path under the site's base, e.g. `insurrection/onset/`. */
  path: string;
  html: string;
}

/** Every HTML page of a build, as a path under the site (`insurrection/onset/`, `` for home, `404.html`). */
export function builtPages(dir = 'dist'): string[] {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html is missing: build the site first (npm run test:e2e builds it)`);
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : walk(path);
      if (name === 'index.html') return [relative(dir, folder) ? `${relative(dir, folder).replace(/\\/g, '/')}/` : ''];
      return name.endsWith('.html') ? [relative(dir, path).replace(/\\/g, '/')] : [];
    });
  return walk(dir);
}

/** `href` and `src` values in a page, decoded as the browser would. */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));
}

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] ?? ''));
}

/** Every HTML page reachable from the home page, each fetched once. */
export async function crawl(request: APIRequestContext, baseURL: string): Promise<SitePage[]> {
  const root = new URL(baseURL);
  const seen = new Map<string, SitePage>();
  const queue = [root.href];
  while (queue.length) {
    const url = queue.shift() ?? '';
    const path = new URL(url).pathname.slice(root.pathname.length);
    if (seen.has(path)) continue;
    const response = await request.get(url);
    expect(response.status(), `${url} should load`).toBe(200);
    if (!response.headers()['content-type']?.startsWith('text/html')) continue;
    const html = await response.text();
    seen.set(path, { path, html });
    for (const link of linksIn(html)) {
      const target = new URL(link, url);
      target.hash = '';
      target.search = '';
      if (target.origin === root.origin && target.pathname.startsWith(root.pathname) && target.pathname.endsWith('/')) {
        queue.push(target.href);
      }
    }
  }
  return [...seen.values()];
}

export const test = base.extend<{ basePath: string }, { sitePages: SitePage[] }>({
  basePath: async ({ baseURL }, use) => {
    await use(new URL(baseURL ?? '/').pathname);
  },
  sitePages: [
    async ({ playwright }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL ?? '';
      const request = await playwright.request.newContext();
      await use(await crawl(request, baseURL));
      await request.dispose();
    },
    { scope: 'worker' },
  ],
});
