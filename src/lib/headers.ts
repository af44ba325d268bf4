/**
 * The HTTP headers a host should send with the site, as a `_headers` file
 * (the format of Netlify and Cloudflare Pages): the pages' Content-Security-
 * Policy as a real header (which, unlike the <meta>, can forbid framing),
 * three hardening headers, and caching: a year for Astro's hashed assets,
 * revalidation for pages and the search index, whose names do not change.
 * README.md shows the same headers for nginx, and a test compares the two.
 */

/** Headers for every response. */
export function securityHeaders(pageCsp: string): [string, string][] {
  const csp = pageCsp.trim().replace(/;?$/, ';');
  return [
    ['Content-Security-Policy', `${csp} frame-ancestors 'none';`],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ];
}

export const CACHE_FOREVER = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

/**
 * The rules, in order. Both hosts join the values of a header set by two
 * matching rules, so each header is set by rules that never overlap: the
 * security headers once, for everything; Cache-Control per folder.
 */
export function headerRules({ base, csp, pageFolders }: { base: string; csp: string; pageFolders: readonly string[] }): HeaderRule[] {
  const revalidate: [string, string][] = [['Cache-Control', CACHE_REVALIDATE]];
  return [
    { path: `${base}*`, headers: securityHeaders(csp) },
    { path: `${base}_astro/*`, headers: [['Cache-Control', CACHE_FOREVER]] },
    { path: `${base}pagefind/*`, headers: revalidate },
    { path: base, headers: revalidate },
    { path: `${base}index.html`, headers: revalidate },
    { path: `${base}404.html`, headers: revalidate },
    // Files the site names without a hash: they change in place, so they revalidate like the pages.
    ...['mention-preview.js', 'previews.json', 'quick-search.json', 'timeline-filter.css'].map((file) => ({ path: `${base}${file}`, headers: revalidate })),
    ...pageFolders.map((folder) => ({ path: `${base}${folder}/*`, headers: revalidate })),
  ];
}

/** The rules as a `_headers` file. */
export const formatHeaders = (rules: readonly HeaderRule[]): string =>
  `${rules.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n')}\n`;

/** A `_headers` file read back: each path with its headers, in order. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) throw new Error(`_headers: cannot read "${line}"`);
    rule.headers.push([match[1] ?? '', match[2] ?? '']);
  }
  return rules;
}

/** The one CSP every page carries; throws naming the first page whose policy differs. */
export function sharedPolicy(pages: readonly { file: string; csp: string | undefined }[]): string {
  const [first] = pages;
  if (!first?.csp) throw new Error(`${first?.file ?? 'the build'}: no Content-Security-Policy <meta> to send as a header`);
  const other = pages.find((p) => p.csp !== first.csp);
  if (other) {
    throw new Error(
      `${other.file}: its CSP differs from ${first.file}'s, so no single header can carry it (inline code on one page only? make it a file):\n  ${other.csp}\n  ${first.csp}`,
    );
  }
  return first.csp;
}

/** A page's CSP as its <meta> gives it. */
export const metaPolicy = (html: string): string | undefined =>
  /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1]?.replaceAll('&#39;', "'");

/**
 * The headers the rules give one address, as the hosts apply them: every rule
 * whose path matches (exactly, or up to a final `*`), with the values of a
 * header set twice joined by a comma.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
    if (!matches) continue;
    for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}
