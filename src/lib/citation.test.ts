import { describe, expect, test } from 'vitest';
import { chicago, lastChangedFromGitLog, mla } from './citation.ts';

const page = {
  title: 'The Kornilov affair',
  siteName: 'October 1917',
  url: 'https://october1917.example/background/kornilov-affair/',
  lastChanged: new Date('2026-09-05T10:00:00Z'),
};

describe('chicago()', () => {
  test('gives title, site, last-modified day and URL', () => {
    expect(chicago(page)).toBe(
      '“The Kornilov affair.” October 1917. Last modified September 5, 2026. https://october1917.example/background/kornilov-affair/.',
    );
  });

  test('does not add a period after a title ending in a question mark', () => {
    expect(chicago({ ...page, title: 'Who was Kornilov?' })).toMatch(/^“Who was Kornilov\?” October 1917\./);
  });
});

describe('mla()', () => {
  test('gives title, site, day with abbreviated month, and the URL without its scheme', () => {
    expect(mla(page)).toBe('“The Kornilov affair.” October 1917, 5 Sept. 2026, october1917.example/background/kornilov-affair/.');
  });

  test('keeps short months whole', () => {
    expect(mla({ ...page, lastChanged: new Date('2026-05-01T00:00:00Z') })).toContain(', 1 May 2026,');
  });
});

describe('lastChangedFromGitLog()', () => {
  const log = [
    '',
    '2026-11-20T10:00:00+00:00\n\ncontent/a.mdx\ncontent/b.mdx\n',
    '2026-10-01T10:00:00+00:00\n\ncontent/a.mdx\ncontent/c.mdx\n',
  ].join('\0');

  test('takes the newest commit that touched each file', () => {
    const dates = lastChangedFromGitLog(log);
    expect(dates.get('content/a.mdx')?.toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(dates.get('content/c.mdx')?.toISOString()).toBe('2026-10-01T10:00:00.000Z');
    expect(dates.has('content/d.mdx')).toBe(false);
  });

  test('gives nothing for empty output', () => {
    expect(lastChangedFromGitLog('').size).toBe(0);
  });
});
