/**
 * The one-line definitions that mention previews show, for every glossary
 * and people entry, keyed `glossary/<id>` / `people/<id>`. Fetched once, on a
 * reader's first preview, so pages do not carry every definition they mention.
 */
import type { APIRoute } from 'astro';
import { getBook } from '../data/book.ts';

export const GET: APIRoute = async () => {
  const { companion } = await getBook();
  const previews = Object.fromEntries([...companion].map(([key, entry]) => [key, { name: entry.name, definition: entry.definition }]));
  return new Response(JSON.stringify(previews), { headers: { 'content-type': 'application/json' } });
};
