/**
 * Checks every date and cross-link a chapter's MDX source uses, before any
 * page renders, so a bad one fails the build naming the file, the line and
 * the value instead of producing a wrong page.
 */
import { resolveChapterLink, type Book } from './chapters';
import { dualDateFromProps } from './dual-date';
import { findComponentUsages, type ComponentUsage } from './mdx-usages';

/** What each checked component accepts, and how to check one use of it. */
const CHECKS: Record<string, { allowed: string[]; check: (props: Record<string, string>, book: Book) => void }> = {
  DualDate: {
    allowed: ['os', 'ns', 'end'],
    check: (props) => void dualDateFromProps(props),
  },
  ChapterLink: {
    allowed: ['to'],
    check: (props, book) => {
      if (props['to'] === undefined) throw new Error('needs a to="section/chapter" attribute');
      resolveChapterLink(book, props['to']);
    },
  },
};

export const CHECKED_COMPONENTS = Object.keys(CHECKS);

function describe(usage: ComponentUsage): string {
  const attrs = Object.entries(usage.attributes).map(([k, v]) =>
    v.kind === 'string' ? `${k}="${v.value}"` : v.kind === 'expression' ? `${k}={${v.source}}` : k,
  );
  return `<${[usage.name, ...attrs].join(' ')}>`;
}

/** Every problem in one chapter's source, as `file:line: <Tag …>: reason` lines. */
export function checkChapterSource(filePath: string, source: string, book: Book): string[] {
  let usages: ComponentUsage[];
  try {
    usages = findComponentUsages(source, CHECKED_COMPONENTS);
  } catch (error) {
    return [`${filePath}: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  for (const usage of usages) {
    const spec = CHECKS[usage.name];
    if (!spec) continue;
    const props: Record<string, string> = {};
    const bad: string[] = [];
    for (const [name, value] of Object.entries(usage.attributes)) {
      if (!spec.allowed.includes(name)) bad.push(`unknown attribute "${name}" (allowed: ${spec.allowed.join(', ')})`);
      else if (value.kind !== 'string') bad.push(`attribute "${name}" must be a plain string in quotes`);
      else props[name] = value.value;
    }
    try {
      if (!bad.length) spec.check(props, book);
    } catch (error) {
      bad.push((error as Error).message);
    }
    for (const reason of bad) problems.push(`${filePath}:${usage.line}: ${describe(usage)}: ${reason}`);
  }
  return problems;
}
