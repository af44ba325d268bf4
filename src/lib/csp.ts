/**
 * Astro's static CSP lists the hash of every inline script and style on the
 * whole site in every page's <meta>. Each page only needs the hashes of its
 * own inline code; the rest is some 500 bytes gzip of incompressible text per
 * chapter page, which the 15 KB chapter budget needs back (measured: without
 * this, the heaviest chapter loads about 15.8 KB).
 *
 * It reads Astro's exact serialisation of the <meta>, so a page without one,
 * or with one in another shape, stops the build rather than passing unseen.
 */
import { createHash } from 'node:crypto';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The contents of a page's inline <script> and <style> elements (not those with a src). */
function inlineCode(html: string): string[] {
  return [...html.matchAll(/<(script|style)\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[2] ?? '');
}

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/** The page with its CSP <meta> keeping only the hashes of code the page has; throws, naming `file`, if it has no such <meta>. */
export function pruneCspHashes(html: string, file: string): string {
  if (!META.test(html)) {
    throw new Error(`${file}: no <meta http-equiv="content-security-policy" content="…"> as Astro writes it; check security.csp in astro.config.mjs and src/lib/csp.ts`);
  }
  const used = new Set(inlineCode(html).map(hashOf));
  return html.replace(META, (_, open: string, policy: string, close: string) =>
    open + policy.replace(/ ?'sha(?:256|384|512)-[^']+'/g, (token) => (used.has(token.trim()) ? token : '')) + close,
  );
}
