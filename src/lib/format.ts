/**
 * How the site writes dates and times in words: month names, a day or a
 * range of days, a month heading, a time of day. The one home for them, so
 * that the dual dates, the timeline, the converter, the citations and the
 * check for hand-typed dates all agree. Pure; the calendars live in calendar.ts.
 */
import type { CivilDate } from './calendar.ts';

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** "October" for month 10; throws on a month that does not exist, rather than printing "undefined". */
export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (!name) throw new Error(`there is no month ${month}: months run from 1 to 12`);
  return name;
}

/** "7 November 1917". */
export const formatDay = (d: CivilDate) => `${d.day} ${monthName(d.month)} ${d.year}`;

/** "October 1917", the heading of a month. */
export const formatMonth = (d: Pick<CivilDate, 'year' | 'month'>) => `${monthName(d.month)} ${d.year}`;

/** "7 November", "7 November 1917", or a range such as "1–4 May 1917" or "30 June – 2 July". */
export function formatDayRange(start: CivilDate, end: CivilDate | null, withYear: boolean): string {
  const year = (d: CivilDate) => (withYear ? ` ${d.year}` : '');
  if (!end) return `${start.day} ${monthName(start.month)}${year(start)}`;
  if (start.year !== end.year) return `${formatDay(start)} – ${formatDay(end)}`;
  if (start.month !== end.month) {
    return `${start.day} ${monthName(start.month)} – ${end.day} ${monthName(end.month)}${year(end)}`;
  }
  return `${start.day}–${end.day} ${monthName(end.month)}${year(end)}`;
}

/** `21:45` → "9:45 p.m."; throws on anything that is not a time of day. */
export function formatTime(time: string): string {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new Error(`time "${time}" should be a 24-hour time such as "21:45"`);
  const hours = Number(match[1]);
  const minutes = match[2];
  if (hours === 0 && minutes === '00') return 'midnight';
  if (hours === 12 && minutes === '00') return 'noon';
  return `${hours % 12 || 12}:${minutes} ${hours < 12 ? 'a.m.' : 'p.m.'}`;
}

/** The day of a moment in UTC (a commit's or a build's), as a civil date. */
export const utcDay = (date: Date): CivilDate => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });

/** The ISO day of a moment in UTC, for a <time datetime>. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

const MONTH_PATTERN = MONTH_NAMES.join('|');

/**
 * A day and month written out in prose: "25 October", "25–26 October 1917",
 * "October 25", "October 25th, 1917". Groups: day, month, year (day first),
 * or month, day, year (month first).
 */
export const DAY_MONTH_PATTERN = new RegExp(
  `\\b(\\d{1,2})(?:\\s*[–-]\\s*\\d{1,2})?\\s+(${MONTH_PATTERN})\\b(?:,?\\s+(\\d{4}))?|\\b(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`,
  'g',
);

/** 1–12 for a month's English name in any case, 0 for anything else. */
export const monthNumber = (name: string) => MONTH_NAMES.findIndex((m) => m.toLowerCase() === name.toLowerCase()) + 1;
