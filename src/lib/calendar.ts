/**
 * Julian (Old Style) and Gregorian (New Style) dates, converted through
 * Julian Day Numbers rather than by adding a fixed offset: the gap between
 * the calendars grows by a day in every century year that is leap in the
 * Julian calendar but not in the Gregorian (1700, 1800, 1900, 2100…), so
 * "add 13" is only right between 1 March 1900 O.S. and 28 February 2100 O.S.
 *
 * Russia's civil calendar was Julian until 31 January 1918 O.S., and the next
 * day was 14 February 1918 N.S.: 1–13 February 1918 O.S. never happened there.
 */

export type Calendar = 'os' | 'ns';

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** A date that cannot be used: not a real day, or not one Russia ever lived. */
export class CalendarError extends Error {
  override name = 'CalendarError';
}

export const CALENDAR_NAMES: Record<Calendar, string> = {
  os: 'Old Style (Julian)',
  ns: 'New Style (Gregorian)',
};

/** The last day Russia counted in the Julian calendar. */
export const LAST_OLD_STYLE_DAY: CivilDate = { year: 1918, month: 1, day: 31 };
/** The day that followed it, the first in the Gregorian calendar. */
export const FIRST_NEW_STYLE_DAY: CivilDate = { year: 1918, month: 2, day: 14 };

export function isLeapYear(year: number, calendar: Calendar): boolean {
  if (calendar === 'os') return year % 4 === 0;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number, calendar: Calendar): number {
  if (month === 2 && isLeapYear(year, calendar)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

export function isValidDate(date: CivilDate, calendar: Calendar): boolean {
  const { year, month, day } = date;
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 &&
    day >= 1 && day <= daysInMonth(year, month, calendar)
  );
}

/** Julian Day Number of a date (Fliegel and Van Flandern's integer method). */
export function toDayNumber(date: CivilDate, calendar: Calendar): number {
  const a = Math.floor((14 - date.month) / 12);
  const y = date.year + 4800 - a;
  const m = date.month + 12 * a - 3;
  const base = date.day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4);
  return calendar === 'os'
    ? base - 32083
    : base - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** The date in the given calendar that a Julian Day Number falls on. */
export function fromDayNumber(dayNumber: number, calendar: Calendar): CivilDate {
  let c: number;
  let centuries = 0;
  if (calendar === 'ns') {
    const a = dayNumber + 32044;
    centuries = Math.floor((4 * a + 3) / 146097);
    c = a - Math.floor((146097 * centuries) / 4);
  } else {
    c = dayNumber + 32082;
  }
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * centuries + d - 4800 + Math.floor(m / 10),
  };
}

export function toNewStyle(oldStyle: CivilDate): CivilDate {
  return fromDayNumber(toDayNumber(oldStyle, 'os'), 'ns');
}

export function toOldStyle(newStyle: CivilDate): CivilDate {
  return fromDayNumber(toDayNumber(newStyle, 'ns'), 'os');
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function formatIso(date: CivilDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * Reads `YYYY-MM-DD` as a date in `calendar`. Throws a CalendarError naming
 * the value when it is malformed or not a real day in that calendar, such as
 * 29 February 1900 N.S. (1900 was a leap year only in the Julian calendar).
 */
export function parseIsoDate(value: string, calendar: Calendar): CivilDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) {
    throw new CalendarError(`"${value}" is not a date in the form YYYY-MM-DD`);
  }
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!isValidDate(date, calendar)) {
    const label = calendar === 'os' ? 'O.S.' : 'N.S.';
    throw new CalendarError(`"${value}" is not a real day in the ${CALENDAR_NAMES[calendar]} calendar (${label})`);
  }
  return date;
}

/** A day in Russia's history, in both calendars; `os` is null once Russia had switched. */
export interface RussianDay {
  os: CivilDate | null;
  ns: CivilDate;
}

/**
 * A date as Russia lived it. An Old Style date must be one Russia counted:
 * after 31 January 1918 O.S. it used New Style only, and 1–13 February 1918
 * O.S. never existed there.
 */
export function russianDay(date: CivilDate, calendar: Calendar): RussianDay {
  if (calendar === 'ns') {
    const os = compareDates(date, FIRST_NEW_STYLE_DAY) < 0 ? toOldStyle(date) : null;
    return { os, ns: date };
  }
  if (compareDates(date, LAST_OLD_STYLE_DAY) > 0) {
    const iso = formatIso(date);
    if (date.year === 1918 && date.month === 2 && date.day <= 13) {
      throw new CalendarError(
        `${iso} O.S. never happened in Russia: 31 January 1918 O.S. was followed by 14 February 1918 N.S.`,
      );
    }
    throw new CalendarError(
      `${iso} O.S. is after Russia switched calendars (31 January 1918 O.S.); give the date as ns="…"`,
    );
  }
  return { os: date, ns: toNewStyle(date) };
}

/** Parses and checks one Russian date written in `calendar`. */
export function parseRussianDay(value: string, calendar: Calendar): RussianDay {
  return russianDay(parseIsoDate(value, calendar), calendar);
}
