/**
 * The timeline's section filter as a stylesheet of its own (lib/events.ts,
 * sectionFilterCss): it names the sections, so it is made at build time, and
 * a file rather than an inline <style> keeps every page's CSP the same.
 */
import type { APIRoute } from 'astro';
import { getBook } from '../data/book.ts';
import { sectionFilterCss } from '../lib/events.ts';

export const GET: APIRoute = async () => {
  const { book, index } = await getBook();
  const sections = book.sections.filter((s) => index.events.some((e) => e.chapter.section === s.id));
  return new Response(sectionFilterCss(sections.map((s) => s.id)), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
