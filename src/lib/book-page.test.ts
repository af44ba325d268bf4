import { describe, expect, test } from 'vitest';
import { bookAnchor, rewriteForBook } from './book-page.ts';

const targets = new Map([
  ['/october/insurrection/onset/', 'insurrection-onset'],
  ['/october/glossary/cheka/', 'glossary-cheka'],
]);
const rewrite = (html: string) => rewriteForBook(html, { anchor: 'background-names', targets, demote: 2 });

describe('bookAnchor()', () => {
  test('turns a page key into an anchor', () => {
    expect(bookAnchor('background/july-days')).toBe('background-july-days');
  });
});

describe('rewriteForBook()', () => {
  test("prefixes the part's ids and its links to them", () => {
    expect(rewrite('<h2 id="key-points">Key points</h2><a href="#key-points">up</a>')).toBe(
      '<h4 id="background-names--key-points">Key points</h4><a href="#background-names--key-points">up</a>',
    );
  });

  test('prefixes every id an ARIA reference names', () => {
    expect(rewrite('<section aria-labelledby="a b"><label for="c">')).toBe('<section aria-labelledby="background-names--a background-names--b"><label for="background-names--c">');
  });

  test('prefixes the ids an SVG names with url(#…), so a map keeps its arrowheads', () => {
    const html = '<marker id="arrow"></marker><path marker-end="url(#arrow)"></path>';
    expect(rewriteForBook(html, { anchor: 'a', targets: new Map(), demote: 0 })).toBe('<marker id="a--arrow"></marker><path marker-end="url(#a--arrow)"></path>');
  });

  test('turns links to pages in the book into links within it, headings included', () => {
    expect(rewrite('<a href="/october/insurrection/onset/">x</a> <a href="/october/insurrection/onset/#the-telegraph">y</a> <a href="/october/glossary/cheka/" class="mention">z</a>')).toBe(
      '<a href="#insurrection-onset">x</a> <a href="#insurrection-onset--the-telegraph">y</a> <a href="#glossary-cheka" class="mention">z</a>',
    );
  });

  test('leaves other links alone', () => {
    const html = '<a href="/october/calendar/">c</a> <a href="https://example.org/">e</a>';
    expect(rewrite(html)).toBe(html);
  });

  test('steps headings down, never past h6', () => {
    expect(rewriteForBook('<h3>a</h3><h5>b</h5>', { anchor: 'x', targets, demote: 2 })).toBe('<h5>a</h5><h6>b</h6>');
  });
});
