/**
 * The works the site draws on (content/sources/) and which chapters use
 * each. A chapter lists its sources by id in its frontmatter; an unknown id
 * fails the build naming the chapter's file and the id.
 */
import type { ChapterInfo } from './chapters.ts';

export interface SourceInfo {
  id: string;
  title: string;
  author: string;
  person?: string | undefined;
  year?: number | undefined;
  kind: SourceKind;
  filePath: string;
}

/** Each kind of source: its label beside a work, and its heading on /sources/, in the page's order. */
export const SOURCE_KINDS = {
  reference: { label: 'Reference work', heading: 'The source of this site' },
  eyewitness: { label: 'Eyewitness account', heading: 'Eyewitnesses' },
  history: { label: 'Historian', heading: 'Historians' },
  journalism: { label: 'Journalism', heading: 'Journalism' },
} as const;

export type SourceKind = keyof typeof SOURCE_KINDS;

/** The sources grouped by kind, in SOURCE_KINDS' order, leaving out kinds with none. */
export function sourcesByKind<S extends Pick<SourceInfo, 'kind'>>(sources: Iterable<S>): { kind: SourceKind; sources: S[] }[] {
  const all = [...sources];
  return (Object.keys(SOURCE_KINDS) as SourceKind[])
    .map((kind) => ({ kind, sources: all.filter((s) => s.kind === kind) }))
    .filter((group) => group.sources.length > 0);
}

export const sourceAnchor = (id: string) => `source-${id}`;

/** Problems with the chapters' source lists and the sources' people, each naming file and value. */
export function checkSources(
  sources: ReadonlyMap<string, SourceInfo>,
  chapters: readonly { chapter: ChapterInfo; sources: readonly string[] }[],
  people: ReadonlySet<string>,
): string[] {
  const known = [...sources.keys()].join(', ') || 'none';
  const problems: string[] = [];
  for (const { chapter, sources: ids } of chapters) {
    for (const id of ids) {
      if (!sources.has(id)) problems.push(`${chapter.filePath}: sources: no source "${id}" in content/sources/ (sources: ${known})`);
    }
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (repeated.length) problems.push(`${chapter.filePath}: sources: "${repeated[0]}" is listed twice`);
  }
  for (const source of sources.values()) {
    if (source.person && !people.has(source.person)) {
      problems.push(`${source.filePath}: person: no people entry "${source.person}" in content/people/`);
    }
  }
  return problems;
}

/** The chapters that use each source, in reading order, by source id. */
export function chaptersBySource(chapters: readonly { chapter: ChapterInfo; sources: readonly string[] }[]): Map<string, ChapterInfo[]> {
  const used = new Map<string, ChapterInfo[]>();
  for (const { chapter, sources } of chapters) {
    for (const id of sources) used.set(id, [...(used.get(id) ?? []), chapter]);
  }
  return used;
}
