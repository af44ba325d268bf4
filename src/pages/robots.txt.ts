/** robots.txt, pointing crawlers at the sitemap index (@astrojs/sitemap) under whatever base and origin the site is built for; without an address (SITE_URL) there is no sitemap to point at. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? `\nSitemap: ${absoluteUrl('sitemap-index.xml', site)}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
