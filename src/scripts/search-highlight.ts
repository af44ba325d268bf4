/**
 * On a page opened from a search result (`?highlight=…`), marks the searched
 * words with Pagefind's own highlighter, loaded as a file from the search
 * index only then, and scrolls to the first mark (after the heading the
 * result pointed to, if it pointed to one). Without JavaScript the page
 * simply opens, unmarked.
 */
import { HIGHLIGHT_PARAM } from '../lib/search.ts';

interface HighlightOptions {
  highlightParam: string;
  markContext: string;
  addStyles: boolean;
}

export function highlightSearchedWords(): void {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  const url = new URL(`${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`, location.href).href;
  void (import(/* @vite-ignore */ url) as Promise<{ default: new (options: HighlightOptions) => unknown }>)
    .then(({ default: PagefindHighlight }) => {
      // Its own <style> would break the CSP; the site styles <mark> already.
      new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, markContext: 'main', addStyles: false });
      const marks = [...document.querySelectorAll('main mark')];
      const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      const first = target ? marks.find((m) => target.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) : marks[0];
      first?.scrollIntoView({ block: 'center' });
    })
    .catch(() => {
      // No search index here (a development server, the offline copy): the page reads as it is.
    });
}
