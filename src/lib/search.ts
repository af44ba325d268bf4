/**
 * Search's vocabulary, in one place: the Pagefind filters and metadata the
 * pages carry, the kinds of page a result can be, and how much other
 * spellings count in ranking. The layouts write these names into the pages,
 * the search page reads them back, and the indexer (src/integrations/search-index.ts)
 * drops from the index what results never show. Change ranking here.
 */

/** Pagefind filter and metadata fields: `data-pagefind-filter="kind:Chapter"`. */
export const SEARCH_FIELDS = {
  /** What sort of page: a value of KIND_LABELS. A filter and a meta field (shown in results). */
  kind: 'kind',
  /** A chapter's section, by its title. A filter and a meta field (shown in results). */
  section: 'section',
  /** Other spellings of the page's subject ("Centrobalt", "Центробалт"). Ranked, never shown. */
  aliases: 'aliases',
} as const;

/** The kinds of page search finds, as results and the kind filter name them. */
export const KIND_LABELS = { chapter: 'Chapter', glossary: 'Glossary', people: 'Person' } as const;
export type SearchKind = keyof typeof KIND_LABELS;

/**
 * Pagefind's ranking options for the search page. Other spellings count, but
 * less than a page's own words and headings, so that the entry on Tsentrobalt
 * comes before a chapter that only mentions it.
 */
export const RANKING = { metaWeights: { [SEARCH_FIELDS.aliases]: 0.5 } } as const;

/** Meta fields that only rank: the indexer removes them from what results fetch. */
export const RANK_ONLY_FIELDS: readonly string[] = [SEARCH_FIELDS.aliases];

/** `data-pagefind-filter` / `data-pagefind-meta` value: `kind:Chapter`. */
export const fieldValue = (field: keyof typeof SEARCH_FIELDS, value: string) => `${SEARCH_FIELDS[field]}:${value}`;

/** The `aliases` meta value for other spellings, or undefined when there are none. */
export const aliasesValue = (spellings: readonly string[]) =>
  spellings.length ? fieldValue('aliases', spellings.join(', ')) : undefined;

/** The address parameter that carries a search's words to the page a result opens, to be marked there. */
export const HIGHLIGHT_PARAM = 'highlight';
