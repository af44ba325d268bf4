/**
 * Checks every date and cross-link a chapter's MDX source uses, before any
 * page renders, so a bad one fails the build naming the file, the line and
 * the value instead of producing a wrong page.
 */
import { resolveChapterLink, type Book } from './chapters';
import { entryKey, type CompanionKind } from './companion';
import { dualDateFromProps } from './dual-date';
import { formatTime } from './events';
import { findComponentUsages, type ComponentUsage } from './mdx-usages';

/** What the checks need to know: the book's chapters and headings, and the companion's entry ids. */
export interface CheckContext {
  book: Book;
  /** Keys `glossary/<id>` and `people/<id>` of every companion entry. */
  entries: ReadonlySet<string> | ReadonlyMap<string, unknown>;
}

function checkMention(kind: CompanionKind, props: Record<string, string>, context: CheckContext) {
  const id = props['id'];
  if (id === undefined) throw new Error(`needs an id="…" attribute naming a ${kind} entry`);
  if (!context.entries.has(entryKey({ kind, id }))) {
    const known = [...context.entries.keys()].filter((k) => k.startsWith(`${kind}/`) && k.includes(id.slice(0, 4)));
    const hint = known.length ? ` (did you mean ${known.map((k) => k.slice(kind.length + 1)).join(', ')}?)` : '';
    throw new Error(`there is no ${kind} entry "${id}": no file content/${kind}/${id}.mdx${hint}`);
  }
}

/** What each checked component accepts, and how to check one use of it. */
const CHECKS: Record<string, { allowed: string[]; check: (props: Record<string, string>, context: CheckContext) => void }> = {
  DualDate: {
    allowed: ['os', 'ns', 'end', 'event', 'time'],
    check: ({ event, time, ...date }) => {
      dualDateFromProps(date);
      if (event !== undefined && !event.trim()) throw new Error('event needs a one-line description');
      if (time !== undefined) {
        if (event === undefined) throw new Error('time is only used with an event="…"');
        formatTime(time);
      }
    },
  },
  ChapterLink: {
    allowed: ['to'],
    check: (props, { book }) => {
      if (props['to'] === undefined) throw new Error('needs a to="section/chapter" attribute');
      resolveChapterLink(book, props['to']);
    },
  },
  Term: { allowed: ['id'], check: (props, context) => checkMention('glossary', props, context) },
  Person: { allowed: ['id'], check: (props, context) => checkMention('people', props, context) },
};

export const CHECKED_COMPONENTS = Object.keys(CHECKS);

function describe(usage: ComponentUsage): string {
  const attrs = Object.entries(usage.attributes).map(([k, v]) =>
    v.kind === 'string' ? `${k}="${v.value}"` : v.kind === 'expression' ? `${k}={${v.source}}` : k,
  );
  return `<${[usage.name, ...attrs].join(' ')}>`;
}

/** The checked components a source uses; a tag that cannot be read is reported as a problem. */
export function readUsages(filePath: string, source: string): { usages: ComponentUsage[]; problems: string[] } {
  try {
    return { usages: findComponentUsages(source, CHECKED_COMPONENTS), problems: [] };
  } catch (error) {
    return { usages: [], problems: [`${filePath}: ${(error as Error).message}`] };
  }
}

/** Every problem in the components one file uses, as `file:line: <Tag …>: reason` lines. */
export function checkUsages(filePath: string, usages: ComponentUsage[], context: CheckContext): string[] {
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
      if (!bad.length) spec.check(props, context);
    } catch (error) {
      bad.push((error as Error).message);
    }
    for (const reason of bad) problems.push(`${filePath}:${usage.line}: ${describe(usage)}: ${reason}`);
  }
  return problems;
}

/** Every problem in one file's source: unreadable tags, bad dates, links and mentions. */
export function checkContentSource(filePath: string, source: string, context: CheckContext): string[] {
  const { usages, problems } = readUsages(filePath, source);
  return [...problems, ...checkUsages(filePath, usages, context)];
}

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:\\s*[–-]\\s*\\d{1,2})?\\s+(${MONTH_NAMES})\\b(?:,?\\s+(\\d{4}))?|\\b(${MONTH_NAMES})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`,
  'g',
);

/** Text a reader sees, with every line kept in place: no code, no tags, no quotations. */
function readableText(source: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return source
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/^(import|export)\s.*$/gm, blank)
    .replace(/<DualDate\b[^>]*\/>/g, blank)
    .replace(/<\/?[A-Za-z][^>]*>/g, blank)
    .replace(/\{[^{}]*\}/g, blank)
    .replace(/"[^"\n]*"|“[^”\n]*”/g, blank);
}

/**
 * Day-precise dates typed by hand ("25 October", "October 25, 1917") where a
 * reader would see only one calendar. Dates from 14 February 1918 on, when
 * Russia used New Style alone, may be typed; quotations are left as quoted.
 */
export function findHandTypedDates(filePath: string, source: string): string[] {
  const text = readableText(source);
  const problems: string[] = [];
  for (const match of text.matchAll(DAY_MONTH)) {
    const month = (match[2] ?? match[4] ?? '').toLowerCase();
    const year = Number(match[3] ?? match[6] ?? 0);
    const monthIndex = MONTH_NAMES.toLowerCase().split('|').indexOf(month) + 1;
    const day = Number(match[1] ?? match[5]);
    const afterSwitch = year > 1918 || (year === 1918 && (monthIndex > 2 || (monthIndex === 2 && day >= 14)));
    if (afterSwitch) continue;
    const line = text.slice(0, match.index).split('\n').length;
    problems.push(
      `${filePath}:${line}: "${match[0].trim()}" is a day-precise date typed by hand; write it as <DualDate os="YYYY-MM-DD" /> so readers see both calendars`,
    );
  }
  return problems;
}
