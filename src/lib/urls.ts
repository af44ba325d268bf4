/**
 * The one place internal URLs are made. Astro prefixes its own assets with
 * the configured base, but not the links we write, so every href in a
 * template comes from here and the site works under any base path.
 */

/** `/`, or `/some/path/` for a site served from a subpath (always with slashes). */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Where a page is, for citations and notes: its absolute URL on the site's
 * own address (SITE_URL), or, for a build without one, its path on whatever
 * site publishes it.
 */
export function pageLocation(path: string, site: URL | string | undefined, base: string = import.meta.env.BASE_URL): string {
  return site ? absoluteUrl(path, site, base) : `${withBase(path, base)} on the site where it is published`;
}

/** A site-relative path as an absolute URL on the site's own address (SITE_URL): canonical links, sitemap, citations. */
export function absoluteUrl(path: string, site: URL | string | undefined, base: string = import.meta.env.BASE_URL): string {
  if (!site) throw new Error('absoluteUrl() needs the site address (astro.config.mjs `site`, from SITE_URL)');
  return new URL(withBase(path, base), site).href;
}

/**
 * A site-relative path (`insurrection/onset/`, `search/?q=x`, `#top`) as an
 * href under the base. Page paths get their trailing slash, as the site is
 * built with directory URLs; files (`favicon.svg`) and anchors keep theirs.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(path)) {
    throw new Error(`withBase() takes a path inside the site, not "${path}"`);
  }
  const root = normaliseBase(base);
  const match = /^([^?#]*)(.*)$/.exec(path.replace(/^\/+/, ''));
  const pathname = match?.[1] ?? '';
  const rest = match?.[2] ?? '';
  const isFile = /\.[a-z\d]+$/i.test(pathname);
  const slashed = pathname === '' || isFile || pathname.endsWith('/') ? pathname : `${pathname}/`;
  return `${root}${slashed}${rest}`;
}
