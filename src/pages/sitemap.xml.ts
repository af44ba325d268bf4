/** sitemap.xml: every page of the book, the companion and the tools, as absolute URLs from SITE_URL. */
import type { APIRoute } from 'astro';
import { getBook } from '../data/book';
import { chapterPath, sectionPath } from '../lib/chapters';
import { entryPath } from '../lib/companion';
import { answersPath, selfCheckPath } from '../lib/self-checks';
import { absoluteUrl } from '../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const { book, companion, selfChecks } = await getBook();
  const paths = [
    '',
    ...book.sections.map((s) => sectionPath(s.id)),
    ...book.chapters.map(chapterPath),
    ...selfChecks.flatMap((c) => [selfCheckPath(c.section), answersPath(c.section)]),
    'book/',
    'sources/',
    'glossary/',
    'people/',
    ...[...companion.values()].map(entryPath),
    'timeline/',
    'calendar/',
    'search/',
  ];
  const urls = paths.map((path) => `  <url><loc>${absoluteUrl(path, site)}</loc></url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
