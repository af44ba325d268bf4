/**
 * Checks every date, cross-link and mention a content file uses, and the
 * dates typed by hand in its text, before any page renders, so a bad one
 * fails the build naming the file, the line and the value instead of
 * producing a wrong page. It reads the file's MDX syntax tree (mdx-tree.ts).
 */
import { messageOf } from './errors.ts';
import { resolveChapterLink, type Book } from './chapters.ts';
import { entryKey, type CompanionKind } from './companion.ts';
import { dualDateFromProps } from './dual-date.ts';
import { DAY_MONTH_PATTERN, formatTime, monthNumber } from './format.ts';
import { allBlocks, joinBlock, readMdx, withoutQuotations, type ComponentUsage, type MdxReading, type TextPiece } from './mdx-tree.ts';

/** What the checks need to know: the book's chapters and headings, and the companion's entry ids. */
export interface CheckContext {
  book: Book;
  /** Keys `glossary/<id>` and `people/<id>` of every companion entry. */
  entries: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  /** Ids of the figures in content/figures/. */
  figures?: ReadonlySet<string> | ReadonlyMap<string, unknown>;
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
  Figure: {
    allowed: ['id'],
    check: ({ id }, { figures }) => {
      if (id === undefined) throw new Error('needs an id="…" attribute naming a file in content/figures/');
      if (!figures?.has(id)) throw new Error(`there is no figure "${id}": no file content/figures/${id}.json`);
    },
  },
};

function describe(usage: ComponentUsage): string {
  const attrs = Object.entries(usage.attributes).map(([k, v]) =>
    v.kind === 'string' ? `${k}="${v.value}"` : v.kind === 'expression' ? `${k}={${v.source}}` : k,
  );
  return `<${[usage.name, ...attrs].join(' ')}>`;
}

/**
 * Straight apostrophes right after a component's closing tag, which the Markdown
 * typographer turns into an opening quotation mark ("Krasnov‘s"): write ’ there.
 */
export function apostropheSlips(filePath: string, source: string): string[] {
  return [...source.matchAll(/<\/([A-Z][A-Za-z]*)>'/g)].map(
    (m) => `${filePath}:${source.slice(0, m.index).split('\n').length}: </${m[1]}>' would print as an opening quotation mark; write </${m[1]}>’ (a typographic apostrophe)`,
  );
}

/** A file's syntax tree, or the problem that stops the MDX compiler reading it, with the file and line. */
export function readContentFile(filePath: string, source: string): { reading: MdxReading; problems: string[] } {
  try {
    return { reading: readMdx(source), problems: apostropheSlips(filePath, source) };
  } catch (error) {
    return { reading: { usages: [], blocks: [], frontmatter: [] }, problems: [`${filePath}:${messageOf(error)}`] };
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
      bad.push(messageOf(error));
    }
    for (const reason of bad) problems.push(`${filePath}:${usage.line}: ${describe(usage)}: ${reason}`);
  }
  return problems;
}

/** Every problem in one file: its components' attributes and its hand-typed dates, as `file:line: …` lines. */
export function checkContentFile(filePath: string, reading: MdxReading, context: CheckContext): string[] {
  return [
    ...checkUsages(filePath, reading.usages, context),
    ...handTypedDates(allBlocks(reading)).map(({ date, line }) => handTypedDateProblem(`${filePath}:${line}`, date)),
  ];
}

/**
 * Day-precise dates typed by hand ("25 October", "October 25, 1917") in the
 * text a reader sees, where they would see only one calendar. Dates from
 * 14 February 1918 on, when Russia used New Style alone, may be typed;
 * quotations are left as quoted; code and components are not text.
 */
export function handTypedDates(blocks: TextPiece[][]): { date: string; line: number }[] {
  return blocks.flatMap((block) => {
    const { text, lineAt } = joinBlock(block);
    return [...withoutQuotations(text).matchAll(DAY_MONTH_PATTERN)].flatMap((match) => {
      const month = monthNumber(match[2] ?? match[4] ?? '');
      const year = Number(match[3] ?? match[6] ?? 0);
      const day = Number(match[1] ?? match[5]);
      const afterSwitch = year > 1918 || (year === 1918 && (month > 2 || (month === 2 && day >= 14)));
      return afterSwitch ? [] : [{ date: match[0].trim(), line: lineAt(match.index) }];
    });
  });
}

/** The message for a date typed by hand, at `where` (`file:line`, or `file: question 2`). */
export const handTypedDateProblem = (where: string, date: string) =>
  `${where}: "${date}" is a day-precise date typed by hand; write it as <DualDate os="YYYY-MM-DD" /> so readers see both calendars`;
