/**
 * Ready-made citations for a page, in Chicago (notes and bibliography,
 * web page) and MLA (9th edition) style. Built from the page's title, the
 * site's name, its canonical URL and the day it last changed.
 */
import { monthName, utcDay } from './format.ts';

export interface Citable {
  title: string;
  siteName: string;
  url: string;
  /** When the page's source last changed: its last commit, or the build. */
  lastChanged: Date;
}

// MLA abbreviates months longer than four letters.
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];


/** Title in quotation marks, with the closing period inside (unless the title ends in ? or !). */
const quotedTitle = (title: string) => (/[.?!]$/.test(title) ? `“${title}”` : `“${title}.”`);

export function chicago({ title, siteName, url, lastChanged }: Citable): string {
  const { day, month, year } = utcDay(lastChanged);
  // Chicago writes the month first.
  return `${quotedTitle(title)} ${siteName}. Last modified ${monthName(month)} ${day}, ${year}. ${url}.`;
}

/** MLA leaves the scheme off the URL; a static page cannot know the reader's "accessed" day, so it is left to them. */
export function mla({ title, siteName, url, lastChanged }: Citable): string {
  const { day, month, year } = utcDay(lastChanged);
  return `${quotedTitle(title)} ${siteName}, ${day} ${MLA_MONTHS[month - 1]} ${year}, ${url.replace(/^https?:\/\//, '')}.`;
}

/**
 * When each file last changed, from `git log --format=%x00%cI --name-only`
 * output (newest first): the first date seen for each path wins.
 */
export function lastChangedFromGitLog(log: string): Map<string, Date> {
  const changed = new Map<string, Date>();
  for (const commit of log.split('\0').slice(1)) {
    const [date = '', ...files] = commit.split('\n');
    const when = new Date(date.trim());
    if (Number.isNaN(when.getTime())) continue;
    for (const file of files.map((f) => f.trim()).filter(Boolean)) {
      if (!changed.has(file)) changed.set(file, when);
    }
  }
  return changed;
}
