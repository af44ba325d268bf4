/**
 * The whole book on one page (/book/): every chapter and entry, rendered as
 * on its own page, then rewritten so that they can share one document. Each
 * part's ids get the part's prefix (two chapters may both have a "Key points"
 * heading); links to pages that are part of the book become links within it;
 * headings step down under the book's own title, section and part headings.
 */

/** The in-page anchor of a chapter or entry: `background/july-days` → `background-july-days`. */
export const bookAnchor = (key: string) => key.replace(/\//g, '-');

export interface BookRewrite {
  /** This part's anchor; its own ids become `${anchor}--${id}`. */
  anchor: string;
  /** Each page in the book by its href (base included, as rendered), and its anchor. */
  targets: Map<string, string>;
  /** How many levels to step headings down (h2 → h4 for 2). */
  demote: number;
}

const ID_ATTRIBUTES = /\b(id|for|aria-labelledby|aria-describedby|aria-controls)="([^"]*)"/g;

export function rewriteForBook(html: string, { anchor, targets, demote }: BookRewrite): string {
  const own = (id: string) => `${anchor}--${id}`;
  return html
    .replace(ID_ATTRIBUTES, (_, name: string, value: string) => `${name}="${value.split(/\s+/).filter(Boolean).map(own).join(' ')}"`)
    // SVG points at its own parts by url(#id): a map's arrowhead.
    .replace(/="url\(#([^)"]+)\)"/g, (_, id: string) => `="url(#${own(id)})"`)
    .replace(/\bhref="([^"]*)"/g, (whole, href: string) => {
      if (href.startsWith('#')) return `href="#${own(href.slice(1))}"`;
      const [path = '', fragment] = href.split('#');
      const target = targets.get(path);
      if (target === undefined) return whole;
      return `href="#${fragment ? `${target}--${fragment}` : target}"`;
    })
    .replace(/<(\/?)h([1-6])\b/g, (_, close: string, level: string) => `<${close}h${Math.min(6, Number(level) + demote)}`);
}
