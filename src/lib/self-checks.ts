/**
 * "Check your understanding": a section's questions, checked against the book
 * before anything renders. Each question points back to the heading in a
 * chapter that explains its answer; a pointer to a missing chapter or heading,
 * or a hand-typed date, fails the build with the file and the value.
 */
import { resolveChapterLink, type Book, type SectionId } from './chapters.ts';
import { handTypedDateProblem, handTypedDates } from './content-checks.ts';
import { messageOf } from './errors.ts';

export interface Question {
  question: string;
  options: string[];
  answer: number;
  explanation: string;
  see: string;
}

export interface ResolvedQuestion extends Question {
  /** The site-relative path of the place that explains the answer. */
  seePath: string;
  /** What that place is called: "Heading", in "Chapter title". */
  seeLabel: string;
}

export interface SelfCheck {
  section: SectionId;
  questions: ResolvedQuestion[];
}

export const selfCheckPath = (section: SectionId) => `${section}/self-check/`;
export const answersPath = (section: SectionId) => `${section}/self-check/answers/`;

/** The checked self-checks, one per section, or the list of what is wrong with them. */
export function resolveSelfChecks(
  book: Book,
  files: { id: string; filePath: string; questions: Question[] }[],
): { selfChecks: SelfCheck[]; problems: string[] } {
  const problems: string[] = [];
  const selfChecks: SelfCheck[] = [];
  for (const { id, filePath, questions } of files) {
    const section = book.sections.find((s) => s.id === id)?.id;
    if (!section) {
      problems.push(`${filePath}: "${id}" is not a section (self-check files are named after one: ${book.sections.map((s) => s.id).join(', ')})`);
      continue;
    }
    const resolved = questions.flatMap((q, index) => {
      const where = `${filePath}: question ${index + 1}`;
      // The text of each question as a reader sees it, one block per field.
      const blocks = [q.question, ...q.options, q.explanation].map((text) => [{ text, line: 1 }]);
      problems.push(...handTypedDates(blocks).map(({ date }) => handTypedDateProblem(where, date)));
      try {
        const link = resolveChapterLink(book, q.see);
        if (!link.chapter) throw new Error(`link "${q.see}" must point into a chapter, not a section page`);
        const seeLabel = link.heading ? `“${link.heading.text}”, in ${link.chapter.title}` : link.chapter.title;
        return [{ ...q, seePath: link.path, seeLabel }];
      } catch (error) {
        problems.push(`${where} "see": ${messageOf(error)}`);
        return [];
      }
    });
    selfChecks.push({ section, questions: resolved });
  }
  for (const section of book.sections) {
    if (section.chapters.length && !selfChecks.some((c) => c.section === section.id)) {
      problems.push(`content/self-checks/${section.id}.json: missing — every section with chapters ends with a self-check`);
    }
  }
  return { selfChecks: book.sections.flatMap((s) => selfChecks.filter((c) => c.section === s.id)), problems };
}
