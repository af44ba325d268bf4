/** robots.txt, pointing crawlers at the sitemap index (@astrojs/sitemap) under whatever base and origin the site is built for. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl('sitemap-index.xml', site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
