/**
 * Turns a date (or range) written in one calendar into the text readers see
 * in both: "25 October 1917 O.S. (7 November N.S.)". The second calendar
 * repeats the year only when it differs, as in "20 December 1917 O.S.
 * (2 January 1918 N.S.)". Dates after Russia's switch show New Style alone.
 */
import {
  CalendarError,
  compareDates,
  formatIso,
  parseRussianDay,
  type Calendar,
  type RussianDay,
} from './calendar.ts';
import { formatDayRange } from './format.ts';

export type CalendarOrder = 'os-first' | 'ns-first';

export interface DualDateInput {
  /** The start date as written, `YYYY-MM-DD`. */
  value: string;
  /** The calendar `value` (and `end`) are written in. */
  calendar: Calendar;
  /** Optional last day of a range, in the same calendar. */
  end?: string | undefined;
}

export interface DualDate {
  start: RussianDay;
  end: RussianDay | null;
  /** Gregorian ISO date of the start, for `<time datetime>`. */
  datetime: string;
}

/** Checks a date or range and resolves it in both calendars; throws CalendarError. */
export function resolveDualDate(input: DualDateInput): DualDate {
  const start = parseRussianDay(input.value, input.calendar);
  let end: RussianDay | null = null;
  if (input.end !== undefined) {
    end = parseRussianDay(input.end, input.calendar);
    if (compareDates(end.ns, start.ns) <= 0) {
      throw new CalendarError(`range ends on ${input.end}, which is not after its start ${input.value}`);
    }
    if ((start.os === null) !== (end.os === null)) {
      throw new CalendarError(
        `range ${input.value} – ${input.end} crosses Russia's calendar switch (14 February 1918 N.S.); write two dates`,
      );
    }
  }
  return { start, end, datetime: formatIso(start.ns) };
}

export type CalendarLabel = 'O.S.' | 'N.S.';

export interface DatePart<Label extends string = CalendarLabel> {
  /** The day or range, with its year where needed: "7 November", "25 October 1917". */
  dates: string;
  /** The calendar: "O.S." or "N.S."; empty for dates after Russia's switch, which need none. */
  label: Label;
}

export interface DualDateText {
  /** The calendar shown first, always with its year: "25 October 1917" O.S. */
  primary: DatePart<CalendarLabel | ''>;
  /** The other calendar, its year only where it differs: "7 November" N.S.; null after the switch. */
  secondary: DatePart | null;
  /** The whole phrase: "25 October 1917 O.S. (7 November N.S.)" */
  text: string;
}

const partText = (part: DatePart<CalendarLabel | ''>) => (part.label ? `${part.dates} ${part.label}` : part.dates);

export function formatDualDate(date: DualDate, order: CalendarOrder = 'os-first'): DualDateText {
  const ns = { start: date.start.ns, end: date.end?.ns ?? null };
  if (date.start.os === null) {
    const primary: DatePart<''> = { dates: formatDayRange(ns.start, ns.end, true), label: '' };
    return { primary, secondary: null, text: primary.dates };
  }
  const os = { start: date.start.os, end: date.end?.os ?? null };
  const [first, second, firstLabel, secondLabel] =
    order === 'os-first' ? [os, ns, 'O.S.', 'N.S.'] as const : [ns, os, 'N.S.', 'O.S.'] as const;
  const yearsDiffer =
    first.start.year !== second.start.year ||
    (first.end?.year ?? first.start.year) !== (second.end?.year ?? second.start.year);
  const primary: DatePart = { dates: formatDayRange(first.start, first.end, true), label: firstLabel };
  const secondary: DatePart = { dates: formatDayRange(second.start, second.end, yearsDiffer), label: secondLabel };
  return { primary, secondary, text: `${partText(primary)} (${partText(secondary)})` };
}

/** The props `<DualDate>` takes: one of `os` or `ns`, and an optional `end` in the same calendar. */
export interface DualDateProps {
  os?: string | undefined;
  ns?: string | undefined;
  end?: string | undefined;
}

export function dualDateFromProps(props: DualDateProps): DualDate {
  if ((props.os === undefined) === (props.ns === undefined)) {
    throw new CalendarError('give exactly one of os="YYYY-MM-DD" (Old Style) or ns="YYYY-MM-DD" (New Style)');
  }
  const calendar: Calendar = props.os === undefined ? 'ns' : 'os';
  return resolveDualDate({ value: props.os ?? props.ns ?? '', calendar, end: props.end });
}
