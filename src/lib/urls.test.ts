import { afterEach, describe, expect, test, vi } from 'vitest';
import { absoluteUrl, normaliseBase, withBase } from './urls.ts';

describe('normaliseBase()', () => {
  test.each([
    ['/', '/'],
    ['', '/'],
    ['/docs', '/docs/'],
    ['docs/', '/docs/'],
    ['/a/b/', '/a/b/'],
  ])('"%s" becomes "%s"', (base, expected) => {
    expect(normaliseBase(base)).toBe(expected);
  });
});

describe('withBase()', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  test('uses the configured base by default', () => {
    vi.stubEnv('BASE_URL', '/october/1917/');
    expect(withBase('insurrection/onset')).toBe('/october/1917/insurrection/onset/');
    expect(withBase('')).toBe('/october/1917/');
  });

  test('works at the root', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(withBase('insurrection/')).toBe('/insurrection/');
    expect(withBase('')).toBe('/');
  });

  test('adds the trailing slash of directory URLs to pages', () => {
    expect(withBase('insurrection/onset', '/')).toBe('/insurrection/onset/');
    expect(withBase('search/', '/')).toBe('/search/');
  });

  test('keeps anchors and queries after the slash', () => {
    expect(withBase('insurrection/onset#the-telegraph-falls', '/x/')).toBe('/x/insurrection/onset/#the-telegraph-falls');
    expect(withBase('search?q=Tsentrobalt', '/x/')).toBe('/x/search/?q=Tsentrobalt');
  });

  test('leaves files without a trailing slash', () => {
    expect(withBase('favicon.svg', '/x/')).toBe('/x/favicon.svg');
    expect(withBase('pagefind/pagefind.js', '/x')).toBe('/x/pagefind/pagefind.js');
  });

  test('accepts a leading slash without doubling it', () => {
    expect(withBase('/insurrection/', '/x/')).toBe('/x/insurrection/');
  });

  test('refuses absolute URLs, which are not the site\'s', () => {
    expect(() => withBase('https://example.com/', '/')).toThrow(/path inside the site/);
    expect(() => withBase('//example.com/', '/')).toThrow(/path inside the site/);
  });
});

describe('absoluteUrl()', () => {
  test('puts the base-prefixed path on the site address', async () => {
    expect(absoluteUrl('insurrection/onset/', 'https://example.org', '/october/1917/')).toBe('https://example.org/october/1917/insurrection/onset/');
    expect(absoluteUrl('sitemap.xml', new URL('https://example.org/'), '/')).toBe('https://example.org/sitemap.xml');
  });

  test('refuses to guess a missing site address', async () => {
    expect(() => absoluteUrl('x/', undefined, '/')).toThrow(/needs the site address/);
  });
});
