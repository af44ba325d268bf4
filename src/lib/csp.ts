/**
 * Astro's static CSP lists the hash of every inline script and style on the
 * whole site in every page's <meta>. Each page only needs the hashes of its
 * own inline code; the rest is some 400 bytes of incompressible text per page.
 */
import { createHash } from 'node:crypto';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The contents of a page's inline <script> and <style> elements (not those with a src). */
function inlineCode(html: string): string[] {
  return [...html.matchAll(/<(script|style)\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[2] ?? '');
}

/** The page with its CSP <meta> keeping only the hashes of code the page has. */
export function pruneCspHashes(html: string): string {
  const used = new Set(inlineCode(html).map(hashOf));
  return html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)(")/, (_, open: string, policy: string, close: string) =>
    open + policy.replace(/ ?'sha(?:256|384|512)-[^']+'/g, (token) => (used.has(token.trim()) ? token : '')) + close,
  );
}
