/**
 * The works the site draws on (content/sources/) and which chapters use
 * each. A chapter lists its sources by id in its frontmatter; an unknown id
 * fails the build naming the chapter's file and the id.
 */
import type { ChapterInfo } from './chapters';

export interface SourceInfo {
  id: string;
  title: string;
  author: string;
  person?: string | undefined;
  year?: number | undefined;
  kind: 'reference' | 'eyewitness' | 'history' | 'journalism';
  filePath: string;
}

export const SOURCE_KINDS = {
  reference: 'Reference work',
  eyewitness: 'Eyewitness account',
  history: 'Historian',
  journalism: 'Journalism',
} as const;

export const sourceAnchor = (id: string) => `source-${id}`;

/** Problems with the chapters' source lists and the sources' people, each naming file and value. */
export function checkSources(
  sources: Map<string, SourceInfo>,
  chapters: { chapter: ChapterInfo; sources: string[] }[],
  people: Set<string>,
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
export function chaptersBySource(chapters: { chapter: ChapterInfo; sources: string[] }[]): Map<string, ChapterInfo[]> {
  const used = new Map<string, ChapterInfo[]>();
  for (const { chapter, sources } of chapters) {
    for (const id of sources) used.set(id, [...(used.get(id) ?? []), chapter]);
  }
  return used;
}
