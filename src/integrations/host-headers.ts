/**
 * After the build (after csp-prune): writes `_headers` for hosts that read it
 * (Netlify, Cloudflare Pages), from the CSP every page carries (lib/headers.ts).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeaders, headerRules, metaPolicy, sharedPolicy } from '../lib/headers.ts';
import { normaliseBase } from '../lib/urls.ts';
import { htmlFiles } from './built-files.ts';

export default function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = await Promise.all(
          (await htmlFiles(site)).map(async (file) => ({ file: relative(site, file), csp: metaPolicy(await readFile(file, 'utf8')) })),
        );
        const csp = sharedPolicy(pages);
        // Folders of pages (not of assets or search), each a Cache-Control rule of its own.
        const entries = await readdir(site, { withFileTypes: true });
        const pageFolders = entries
          .filter((e) => e.isDirectory() && !['_astro', 'pagefind'].includes(e.name))
          .map((e) => e.name)
          .sort();
        await writeFile(join(site, '_headers'), formatHeaders(headerRules({ base, csp, pageFolders })));
        logger.info(`_headers: one CSP for ${pages.length} pages, caching rules for ${pageFolders.length} folders`);
      },
    },
  };
}
