import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { keepOffline, offlineArchive, offlinePage, offlineReadme, relativeHref } from './offline.ts';

const made = new Date('2026-11-26T12:00:00Z');
const at = (file: string, base = '/october/') => ({ file, base, onlineUrl: 'https://example.org/october/', made });

describe('relativeHref()', () => {
  test('links a page to another page’s index.html, relative to its own folder', () => {
    expect(relativeHref('/october/insurrection/onset/#the-telegraph', at('background/july-days/index.html'))).toBe('../../insurrection/onset/index.html#the-telegraph');
    expect(relativeHref('/october/', at('background/july-days/index.html'))).toBe('../../index.html');
    expect(relativeHref('/october/glossary/', at('index.html'))).toBe('glossary/index.html');
  });

  test('keeps files as files, and queries', () => {
    expect(relativeHref('/october/_astro/Base.css', at('book/index.html'))).toBe('../_astro/Base.css');
    expect(relativeHref('/october/search/?q=Lenin', at('404.html'))).toBe('search/index.html?q=Lenin');
  });

  test('leaves anchors, other sites and paths outside the base alone', () => {
    for (const href of ['#key-points', 'https://example.org/x/', '/elsewhere/']) {
      expect(relativeHref(href, at('book/index.html'))).toBe(href);
    }
  });

  test('works at the root too', () => {
    expect(relativeHref('/people/lenin/', at('glossary/cheka/index.html', '/'))).toBe('../../people/lenin/index.html');
  });
});

describe('offlinePage()', () => {
  const html =
    '<html><head><link rel="modulepreload" href="/october/_astro/x.js"><script>document.documentElement.classList.add("js")</script>' +
    '<script type="module" src="/october/_astro/header.js"></script></head><body><header><form role="search" action="/october/search/"><input name="q"></form></header>' +
    '<main id="main"><a href="/october/october-1917-offline.zip" download>Download</a><a href="/october/people/lenin/">Lenin</a></main></body></html>';

  test('drops every module script and module preload, keeping the script that runs before paint', () => {
    const page = offlinePage(html, at('book/index.html'));
    expect(page).not.toMatch(/<script [^>]*type="module"|modulepreload|\.js"/);
    expect(page).toContain('<script>document.documentElement.classList.add("js")</script>');
  });

  test("puts in the offline script, its hash in the page's CSP, and the previews of the page's mentions", () => {
    const page = offlinePage(
      '<html><head><meta http-equiv="content-security-policy" content="default-src \'self\'; script-src \'self\';"></head><body><main><a href="/october/glossary/soviet/" class="mention">soviets</a></main>' +
        '<div id="mention-preview" data-src="/october/previews.json" hidden></div></body></html>',
      { ...at('outcome/x/index.html'), script: 'void 0;', previews: { 'glossary/soviet': { name: 'Soviet' }, 'glossary/cheka': { name: 'Cheka' } } },
    );
    expect(page).toContain(`script-src 'self' 'sha256-${createHash('sha256').update('void 0;').digest('base64')}'`);
    expect(page).toContain('<script type="application/json" id="mention-data">{"glossary/soviet":{"name":"Soviet"}}</script><script>void 0;</script></body>');
    expect(page).not.toContain('data-src');
  });

  test('makes links relative, points the download at the online copy and says what is offline', () => {
    const page = offlinePage(html, at('book/index.html'));
    expect(page).toContain('<a href="../people/lenin/index.html">Lenin</a>');
    expect(page).toContain('href="https://example.org/october/october-1917-offline.zip" download');
    expect(page).toMatch(/<main id="main"><p [^>]*data-offline-note>This is the offline copy of October 1917, made on 2026-11-26\. Search and the date converter need the online site/);
  });

  test('replaces the search box with a link to the note, and the search page with the note', () => {
    expect(offlinePage(html, at('book/index.html'))).toContain('<a href="../search/index.html" class="text-sm underline underline-offset-4">Search (online only)</a>');
    const search = offlinePage(html, at('search/index.html'));
    expect(search).toMatch(/<main id="main"><h1[^>]*>Search<\/h1><p [^>]*data-offline-note>/);
    expect(search).toContain('href="../book/index.html"');
    expect(search).not.toContain('Lenin');
  });
});

describe('keepOffline()', () => {
  test('keeps pages, styles and images; leaves out search, scripts, preview data and the archive', () => {
    expect(['index.html', '_astro/Base.css', 'favicon.svg', 'sitemap.xml'].every(keepOffline)).toBe(true);
    expect(['pagefind/pagefind.js', '_astro/header.js', 'previews.json', 'quick-search.json', 'october-1917-offline.zip'].some(keepOffline)).toBe(false);
  });
});

describe('offlineArchive()', () => {
  const files = [
    { name: 'README.txt', data: new TextEncoder().encode(offlineReadme('https://example.org/october/', made)) },
    { name: 'index.html', data: new TextEncoder().encode('<!doctype html><p>Октябрь 1917</p>'.repeat(200)) },
    { name: 'ё/empty.txt', data: new Uint8Array(0) },
  ];
  const zip = offlineArchive(files, made);

  test('packs every file into the folder, in order, compressed', () => {
    const unpacked = unzipSync(zip);
    expect(Object.keys(unpacked)).toEqual(['october-1917/README.txt', 'october-1917/index.html', 'october-1917/ё/empty.txt']);
    expect(new TextDecoder().decode(unpacked['october-1917/README.txt'])).toContain('made on 2026-11-26');
    expect(zip.length).toBeLessThan(files[1]!.data.length / 5);
  });

  test('is read and verified by another implementation (Python’s zipfile)', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'offline-')), 'a.zip');
    writeFileSync(path, zip);
    const script = 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print("|".join(z.namelist()))';
    expect(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' }).trim()).toBe('october-1917/README.txt|october-1917/index.html|october-1917/ё/empty.txt');
  });

  test('refuses a file packed twice', () => {
    expect(() => offlineArchive([files[0]!, files[0]!], made)).toThrow('offline copy: README.txt is packed twice');
  });
});
