/**
 * Every check the content must pass before anything renders, over plain
 * data: each file's dates, links, mentions and hand-typed dates, the
 * chapters' sources, and the self-checks. It returns every problem at once,
 * each naming its file (and line) and value, so one build reports them all.
 */
import { orderClashes, type Book, type ChapterInfo } from './chapters.ts';
import type { CompanionEntry } from './companion.ts';
import { checkContentFile } from './content-checks.ts';
import { nameSlipProblem, nameSlips, type NameRule } from './house-style.ts';
import type { MdxReading } from './mdx-tree.ts';
import { resolveSelfChecks, type Question, type SelfCheck } from './self-checks.ts';
import { checkSources, type SourceInfo } from './sources.ts';

/** A content file as read: its syntax tree, or the problem that stopped the reading. */
export interface ContentFile {
  filePath: string;
  reading: MdxReading;
  /** Why the file could not be read, if it could not. */
  problems: string[];
}

export interface BookToCheck {
  book: Book;
  companion: ReadonlyMap<string, CompanionEntry>;
  sources: ReadonlyMap<string, SourceInfo>;
  /** Every MDX file whose components and text are checked: chapters, entries, pages, sources. */
  files: readonly ContentFile[];
  /** The ids each chapter lists in `sources:`. */
  chapterSources: readonly { chapter: ChapterInfo; sources: string[] }[];
  /** content/self-checks/<section>.json, as the schema let them through. */
  selfCheckFiles: readonly { id: string; filePath: string; questions: Question[] }[];
  /** The house style for names (content/house-style.json). */
  nameRules: readonly NameRule[];
  /** Ids of the figures in content/figures/, which `<Figure id>` may name; default none. */
  figureIds?: ReadonlySet<string>;
}

/** Names not in the house style, in every content file and every quiz question. */
function nameProblems({ files, selfCheckFiles, nameRules }: BookToCheck): string[] {
  return [
    ...files.flatMap(({ filePath, reading }) =>
      nameSlips(reading.blocks, reading.frontmatter, nameRules).map((slip) => nameSlipProblem(`${filePath}:${slip.line}`, slip)),
    ),
    ...selfCheckFiles.flatMap(({ filePath, questions }) =>
      questions.flatMap((q, i) =>
        nameSlips([q.question, ...q.options, q.explanation].map((text) => [{ text, line: 1 }]), [], nameRules).map((slip) =>
          nameSlipProblem(`${filePath}: question ${i + 1}`, slip),
        ),
      ),
    ),
  ];
}

/** Every problem in the book, and the self-checks resolved against it. */
export function checkBook(input: BookToCheck): { problems: string[]; selfChecks: SelfCheck[] } {
  const context = { book: input.book, entries: input.companion, figures: input.figureIds ?? new Set<string>() };
  const people = new Set([...input.companion.values()].filter((e) => e.kind === 'people').map((e) => e.id));
  const { selfChecks, problems: selfCheckProblems } = resolveSelfChecks(input.book, [...input.selfCheckFiles]);
  return {
    problems: [
      ...orderClashes(input.book),
      ...input.files.flatMap((file) => [...file.problems, ...checkContentFile(file.filePath, file.reading, context)]),
      ...checkSources(input.sources, input.chapterSources, people),
      ...nameProblems(input),
      ...selfCheckProblems,
    ],
    selfChecks,
  };
}
