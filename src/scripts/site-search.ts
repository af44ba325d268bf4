/**
 * <site-search>: the search page's form, in two steps.
 * - As the reader types, the quick index (lib/quick-search.ts) answers at
 *   every keystroke from names, titles, other spellings, headings and the
 *   dates of events: one small file and MiniSearch, in the page.
 * - On Enter, the button, an address with ?q=, or when the quick index finds
 *   little once the reader pauses, Pagefind searches every word of every page.
 * Pagefind is imported from the built site at run time (it does not exist
 * until `pagefind` has indexed dist/), through a URL made with `new URL()`:
 * a template-string import is rewritten by Vite into a helper that crashes.
 */
import { isPhrase, meaningfulWords, rankWithPartial, spellingVariants, titleMatchFirst } from '../lib/query.ts';
import { createQuickSearch, findQuick, markWords, resultHref, type QuickHit, type QuickIndex, type QuickSearch } from '../lib/quick-search.ts';
import { HIGHLIGHT_PARAM, RANKING, SEARCH_FIELDS } from '../lib/search.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

interface PagefindSearch {
  results: PagefindResult[];
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (
    query: string,
    options: { filters?: Record<string, string> },
    wait: number,
  ) => Promise<PagefindSearch | null>;
  search: (query: string, options: { filters?: Record<string, string> }) => Promise<PagefindSearch>;
}

/** Fewer results than this for every word together, and the search widens (lib/query.ts). */
const ENOUGH = 3;

/**
 * When every word together finds little: a word that finds nothing is tried
 * in its other spellings, and pages that match most of the words follow
 * those that match them all.
 */
async function widen(pagefind: Pagefind, words: string[], full: PagefindResult[], filters: Record<string, string>): Promise<PagefindResult[]> {
  const alone = async (word: string) => (await pagefind.search(word, { filters })).results;
  const perWord: PagefindResult[][] = [];
  const spelt = [...words];
  for (const [i, word] of words.entries()) {
    let found = await alone(word);
    for (const variant of found.length ? [] : spellingVariants(word)) {
      found = await alone(variant);
      if (found.length) {
        spelt[i] = variant;
        break;
      }
    }
    perWord.push(found);
  }
  const respelt = spelt.join(' ') !== words.join(' ') ? (await pagefind.search(spelt.join(' '), { filters })).results : full;
  return words.length > 1 ? rankWithPartial(respelt, perWord) : respelt;
}

/** Results shown at first; each needs its page's text fetched, so more wait for "Show more". */
const FIRST_RESULTS = 5;
const MAX_SUB_RESULTS = 3;
/** Quick results shown: they cost nothing to fetch, but a long list is no help while typing. */
const QUICK_RESULTS = 10;
/** A pause in typing this long settles a quick search: the address keeps it, and if it found little, the full text is searched. */
const SETTLE_MS = 400;

/** Pagefind excerpts are HTML with <mark> around matches; copy only text and marks, never markup. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return [...doc.body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  el.append(...children);
  return el;
}

function link(href: string, text: string, className: string): HTMLAnchorElement {
  const a = element('a', className, text);
  a.href = href;
  return a;
}

/** Text with the words the quick search matched inside <mark>. */
const markedNodes = (text: string, terms: readonly string[]) =>
  markWords(text, terms).map((piece) => (piece.mark ? element('mark', '', piece.text) : document.createTextNode(piece.text)));

/** A quick result, laid out as a full-text one: the page, what it is, its line, and the headings or events on it that matched. */
function renderQuickHit(hit: QuickHit, base: string): HTMLLIElement {
  const href = (anchor?: string) => resultHref(base, hit.page.path, anchor, hit.highlight, HIGHLIGHT_PARAM);
  const item = element(
    'li',
    '',
    element('h2', 'font-sans text-xl font-semibold', link(href(), hit.page.title, 'text-accent underline underline-offset-4')),
    element('p', 'text-sm text-ink-muted', [hit.page.kind, hit.page.section].filter(Boolean).join(' · ')),
    element('p', 'mt-1 font-serif', ...markedNodes(hit.page.text, hit.terms)),
  );
  const parts = hit.parts.slice(0, MAX_SUB_RESULTS);
  if (parts.length) {
    const list = element('ul', 'mt-2 space-y-2 border-l border-rule pl-4');
    for (const part of parts) {
      const sub = element('li', '', link(href(part.anchor), part.title, 'font-semibold text-ink underline underline-offset-4'));
      if (part.when) {
        // Both orders, as <DualDate> writes them: the reader's calendar preference shows one (global.css).
        const date = part.whenNs
          ? element('span', 'dual-date', element('span', 'os-first', ...markedNodes(part.when, hit.terms)), element('span', 'ns-first', ...markedNodes(part.whenNs, hit.terms)))
          : element('span', '', ...markedNodes(part.when, hit.terms));
        sub.append(element('p', 'text-sm font-serif', date));
      }
      list.append(sub);
    }
    item.append(list);
  }
  return item;
}

function renderResult(data: PagefindData): HTMLLIElement {
  const item = element(
    'li',
    '',
    element('h2', 'font-sans text-xl font-semibold', link(data.url, data.meta['title'] ?? data.url, 'text-accent underline underline-offset-4')),
    element('p', 'text-sm text-ink-muted', [data.meta[SEARCH_FIELDS.kind], data.meta[SEARCH_FIELDS.section]].filter(Boolean).join(' · ')),
    element('p', 'mt-1 font-serif', ...excerptNodes(data.excerpt)),
  );
  // Headings inside the chapter that match, so a reader can jump straight there.
  const subs = data.sub_results.filter((sub) => sub.url !== data.url).slice(0, MAX_SUB_RESULTS);
  if (subs.length) {
    const list = element('ul', 'mt-2 space-y-2 border-l border-rule pl-4');
    for (const sub of subs) {
      list.append(
        element(
          'li',
          '',
          link(sub.url, sub.title, 'font-semibold text-ink underline underline-offset-4'),
          element('p', 'text-sm font-serif', ...excerptNodes(sub.excerpt)),
        ),
      );
    }
    item.append(list);
  }
  return item;
}

export class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #quick: Promise<QuickSearch> | undefined;

  /** The site's base path, as the page gives it. */
  get #base(): string {
    return this.dataset['base'] ?? '/';
  }

  /** The quick index, fetched once: on the reader's first focus or keystroke. */
  #loadQuick(): Promise<QuickSearch> {
    this.#quick ??= fetch(`${this.#base}quick-search.json`)
      .then((response) => {
        if (!response.ok) throw new Error(`quick-search.json: ${response.status}`);
        return response.json() as Promise<QuickIndex>;
      })
      .then(createQuickSearch);
    return this.#quick;
  }

  #load(): Promise<Pagefind> {
    const base = this.#base;
    this.#pagefind ??= (async () => {
      const url = new URL(`${base}pagefind/pagefind.js`, location.href).href;
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      // Ranking lives in src/lib/search.ts. No worker: for an index this size the main thread is as quick, and the worker
      // would be a second 12 KB copy of Pagefind's code on every first search.
      // Results link with ?highlight=…, which the page opened marks (scripts/search-highlight.ts).
      await pagefind.options({ baseUrl: base, noWorker: true, ranking: RANKING, highlightParam: HIGHLIGHT_PARAM });
      await pagefind.init();
      return pagefind;
    })();
    return this.#pagefind;
  }

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name=q]');
    const selects = [...this.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
    const status = this.querySelector<HTMLElement>('[data-status]');
    const results = this.querySelector<HTMLOListElement>('[data-results]');
    const more = this.querySelector<HTMLButtonElement>('[data-more]');
    const fullText = this.querySelector<HTMLElement>('[data-full-text]');
    if (!form || !input || !status || !results || !more || !fullText) return;
    const base = this.#base;
    // Results found but not yet shown, fetched a few at a time.
    let waiting: PagefindSearch['results'] = [];

    // The words searched for, so that a page titled exactly as asked leads the first results.
    let asked: string[] = [];
    const showNext = async () => {
      const first = results.childElementCount === 0;
      const batch = waiting.slice(0, FIRST_RESULTS);
      waiting = waiting.slice(FIRST_RESULTS);
      const data = await Promise.all(batch.map((r) => r.data()));
      const ordered = first ? titleMatchFirst(data.map((d) => ({ ...d, title: d.meta['title'] ?? '' })), asked) : data;
      const items = ordered.map(renderResult);
      results.append(...items);
      more.hidden = waiting.length === 0;
      return items;
    };
    more.addEventListener('click', async () => {
      const [first] = await showNext();
      first?.querySelector('a')?.focus();
    });

    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const select of selects) select.value = params.get(select.name) ?? '';

    // Filters the reader chose, as Pagefind wants them and as the URL keeps them.
    const chosenFilters = (): Record<string, string> => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
    const inWhat = (filters: Record<string, string>) => (Object.values(filters).length ? ` in ${Object.values(filters).join(', ')}` : '');
    // The address keeps the search, updated once a search settles rather than on every
    // keystroke (each change of address also makes Chromium fetch the favicon again).
    const remember = (query: string, filters: Record<string, string>) => {
      const url = new URL(location.href);
      url.search = new URLSearchParams({ q: query, ...filters }).toString();
      history.replaceState(null, '', url);
    };
    const clear = (filters: Record<string, string>) => {
      remember('', filters);
      results.replaceChildren();
      more.hidden = true;
      fullText.hidden = true;
      status.textContent = '';
    };
    // Which step answered last: filters changed afterwards search again the same way.
    let mode: 'quick' | 'full' = 'quick';
    let settle: ReturnType<typeof setTimeout> | undefined;

    // Either step starts alike: it becomes the one that answers, and an empty box clears the results.
    const begin = (step: typeof mode) => {
      mode = step;
      clearTimeout(settle);
      const asked = { query: input.value.trim(), filters: chosenFilters() };
      if (!asked.query) clear(asked.filters);
      return asked;
    };

    // As the reader types: the quick index, at every keystroke.
    const runQuick = async () => {
      const { query, filters } = begin('quick');
      if (!query) return;
      // A phrase in quotation marks is a question for the full text.
      if (isPhrase(query)) {
        settle = setTimeout(() => void runFull(), SETTLE_MS);
        return;
      }
      const words = meaningfulWords(query);
      let quick: QuickSearch;
      try {
        quick = await this.#loadQuick();
      } catch {
        return void runFull(); // no quick index here: the full text answers instead
      }
      if (input.value.trim() !== query || mode !== 'quick') return; // the reader typed on, or asked for the full text
      const hits = findQuick(quick, words, filters);
      results.replaceChildren(...hits.slice(0, QUICK_RESULTS).map((hit) => renderQuickHit(hit, base)));
      more.hidden = true;
      fullText.hidden = false;
      const count = hits.length;
      status.textContent = `${count === 0 ? 'No pages match' : `${count} ${count === 1 ? 'page matches' : 'pages match'}`} “${query}”${inWhat(filters)} by name, title, heading or date.`;
      settle = setTimeout(() => {
        if (count < ENOUGH) void runFull();
        else remember(query, filters);
      }, SETTLE_MS);
    };

    // On Enter, the button, an address with ?q=, or a quick search that found little: every word of every page.
    const runFull = async () => {
      const { query, filters } = begin('full');
      if (!query) return;
      fullText.hidden = true;
      status.textContent = 'Searching…';
      // Question words and filler never narrow the search ("what was the cheka" looks for "cheka").
      const words = meaningfulWords(query);
      asked = words;
      let found: PagefindResult[];
      try {
        const pagefind = await this.#load();
        const search = await pagefind.debouncedSearch(words.join(' '), { filters }, 60);
        if (search === null) return; // a newer keystroke superseded this search
        found = search.results.length >= ENOUGH || isPhrase(query) ? search.results : await widen(pagefind, words, search.results, filters);
        if (input.value.trim() !== query || mode !== 'full') return; // the reader typed on while the search widened
      } catch {
        status.textContent = 'Search is not available here: it works on the built site (npm run build).';
        return;
      }
      remember(query, filters);
      results.replaceChildren();
      waiting = found;
      await showNext();
      const count = found.length;
      const where = inWhat(filters);
      status.textContent =
        count === 0
          ? `No pages match “${query}”${where}.`
          : `${count} ${count === 1 ? 'page matches' : 'pages match'} “${query}”${where}.`;
    };

    // Keys: arrows move from the box through the results' links, Escape clears the search.
    const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a')];
    this.addEventListener('keydown', (event) => {
      const here = document.activeElement;
      if (event.key === 'Escape' && (here === input || results.contains(here))) {
        event.preventDefault();
        input.value = '';
        input.focus();
        void runQuick();
        return;
      }
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const list = links();
      const at = here instanceof HTMLAnchorElement ? list.indexOf(here) : -1;
      if (here !== input && at === -1) return;
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
      if (next < 0) input.focus();
      else list[Math.min(next, list.length - 1)]?.focus();
    });

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void runFull();
    });
    input.addEventListener('input', () => void runQuick());
    // The quick index is fetched when the reader comes to the box, so that it is there by the first key.
    input.addEventListener('focus', () => void this.#loadQuick().catch(() => undefined), { once: true });
    for (const select of selects) select.addEventListener('change', () => void (mode === 'quick' ? runQuick() : runFull()));
    // An address with ?q= is a search already asked for (from the header's box, a link, a reload).
    if (input.value) void runFull();
  }
}
