/**
 * The book's sections, in reading order, from the one list of them:
 * `content/sections.json`. Everything that needs the sections reads them from
 * here: the content collections (one per section folder), the header, the
 * timeline filter, the scripts and the tests. Adding a section is a folder
 * `content/<id>/` plus one entry in that list (and its self-check).
 */
import list from '../../content/sections.json' with { type: 'json' };

export const SECTIONS_FILE = 'content/sections.json';

export interface SectionInfo {
  /** The section's folder under content/ and its URL segment: `insurrection`. */
  id: string;
  /** Its name in navigation and on its page. */
  title: string;
  /** One or two sentences on what it covers. */
  summary: string;
}

/** Top-level addresses the site already uses, which a section id would collide with. */
const TAKEN = ['glossary', 'people', 'sources', 'self-checks', 'pages', 'search', 'timeline', 'calendar', 'book', 'pagefind', '_astro'];

/** The list checked: an array of `{ id, title, summary }` with unique, URL-safe ids; throws naming the file and the value. */
export function checkSections(value: unknown, file = SECTIONS_FILE): SectionInfo[] {
  if (!Array.isArray(value) || value.length === 0) throw new Error(`${file}: should be a list of sections, each { "id", "title", "summary" }`);
  const seen = new Set<string>();
  return value.map((item: unknown, i) => {
    const where = `${file}: section ${i + 1}`;
    if (typeof item !== 'object' || item === null) throw new Error(`${where}: should be { "id", "title", "summary" }`);
    const fields = item as Record<string, unknown>;
    const unknown = Object.keys(fields).filter((k) => !['id', 'title', 'summary'].includes(k));
    if (unknown.length) throw new Error(`${where}: unknown field "${unknown[0]}" (fields: id, title, summary)`);
    const text = (name: string) => {
      const v = fields[name];
      if (typeof v !== 'string' || !v.trim()) throw new Error(`${where}: "${name}" should be a non-empty string`);
      return v.trim();
    };
    const id = text('id');
    if (!/^[a-z\d]+(?:-[a-z\d]+)*$/.test(id)) throw new Error(`${where}: id "${id}" should be lower-case words joined by hyphens (it is the folder and the address)`);
    if (TAKEN.includes(id)) throw new Error(`${where}: id "${id}" is already an address of the site (${TAKEN.join(', ')})`);
    if (seen.has(id)) throw new Error(`${where}: id "${id}" is listed twice`);
    seen.add(id);
    return { id, title: text('title'), summary: text('summary') };
  });
}

/** Every section, in reading order. */
export const SECTIONS: readonly SectionInfo[] = checkSections(list);

/** Every section id, in reading order: the folders of content/ that hold chapters. */
export const SECTION_IDS: readonly string[] = SECTIONS.map((s) => s.id);
