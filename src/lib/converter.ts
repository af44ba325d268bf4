/**
 * The date converter's logic: reads what a reader typed (day, month, year and
 * the calendar they are in) and answers with the date in the other calendar,
 * or with a plain explanation of why there is no answer. Uses calendar.ts,
 * like every date on the site.
 */
import {
  compareDates,
  daysInMonth,
  FIRST_NEW_STYLE_DAY,
  LAST_OLD_STYLE_DAY,
  toDayNumber,
  toNewStyle,
  toOldStyle,
  type Calendar,
  type CivilDate,
} from './calendar.ts';
import { formatDay, monthName } from './format.ts';


/** The earliest and latest years the converter answers for. */
export const YEAR_RANGE = { min: 1582, max: 2100 } as const;

export interface ConverterInput {
  day: string;
  month: string;
  year: string;
  calendar: string;
}

export type Conversion =
  | { ok: true; from: CivilDate; to: CivilDate; fromCalendar: Calendar; toCalendar: Calendar; gap: number; notes: string[] }
  | { ok: false; error: string };

const LABEL: Record<Calendar, string> = { os: 'Old Style', ns: 'New Style' };

const whole = (value: string) => (/^\s*\d+\s*$/.test(value) ? Number(value) : NaN);

/** Converts a date typed by a reader. Every failure says why, in words a reader can act on. */
export function convert(input: ConverterInput): Conversion {
  if (input.calendar !== 'os' && input.calendar !== 'ns') {
    return { ok: false, error: 'Choose the calendar the date is in: Old Style (Julian) or New Style (Gregorian).' };
  }
  const calendar: Calendar = input.calendar;
  const day = whole(input.day);
  const month = whole(input.month);
  const year = whole(input.year);
  if ([day, month, year].some(Number.isNaN)) {
    return { ok: false, error: 'Give the day, month and year as numbers, for example 25, 10 and 1917.' };
  }
  if (month < 1 || month > 12) return { ok: false, error: `There is no month ${month}: months run from 1 to 12.` };
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    return {
      ok: false,
      error: `The converter works for the years ${YEAR_RANGE.min} to ${YEAR_RANGE.max}; the Gregorian calendar began in ${YEAR_RANGE.min}.`,
    };
  }
  const name = monthName(month);
  const length = daysInMonth(year, month, calendar);
  if (day < 1 || day > length) {
    const leap =
      month === 2 && day === 29
        ? ` ${year} was not a leap year in the ${LABEL[calendar]} calendar${calendar === 'ns' && year % 4 === 0 ? ' (century years are leap years in it only when they divide by 400)' : ''}.`
        : '';
    return { ok: false, error: `${name} ${year} had ${length} days in the ${LABEL[calendar]} calendar, so there was no ${day} ${name}.${leap}` };
  }
  const from: CivilDate = { year, month, day };
  const notes: string[] = [];
  if (calendar === 'os' && compareDates(from, LAST_OLD_STYLE_DAY) > 0 && compareDates(from, FIRST_NEW_STYLE_DAY) < 0) {
    return {
      ok: false,
      error: `${formatDay(from)} Old Style never happened in Russia. When Russia changed calendars, 31 January 1918 (Old Style) was followed directly by 14 February 1918 (New Style), so the Old Style days from 1 to 13 February 1918 were skipped.`,
    };
  }
  const to = calendar === 'os' ? toNewStyle(from) : toOldStyle(from);
  const ns = calendar === 'os' ? to : from;
  const os = calendar === 'os' ? from : to;
  // How far the New Style label runs ahead of the Old Style one: 13 days in 1917.
  const gap = toDayNumber(ns, 'ns') - toDayNumber(os, 'ns');
  if (compareDates(ns, FIRST_NEW_STYLE_DAY) >= 0) {
    notes.push('Russia used New Style for this date: it switched calendars in February 1918. The Old Style date is still how the Orthodox Church counts.');
  }
  return { ok: true, from, to, fromCalendar: calendar, toCalendar: calendar === 'os' ? 'ns' : 'os', gap, notes };
}

/** "25 October 1917 Old Style is 7 November 1917 New Style." */
export function describeConversion(result: Extract<Conversion, { ok: true }>): string {
  return `${formatDay(result.from)} ${LABEL[result.fromCalendar]} is ${formatDay(result.to)} ${LABEL[result.toCalendar]}.`;
}
