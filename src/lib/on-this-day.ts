/**
 * "On this day in 1917": which events to show for a day of the year. An event
 * counts on the days of its Old Style and its New Style anniversary; when
 * nothing happened on the day, the events of the nearest day before or after
 * it (round the year) are shown instead. Pure, so the home page's script and
 * the tests share it.
 */

/** A day of the year as `MM-DD`. */
export type MonthDay = string;

export interface DayEvent {
  /** The anniversaries: `MM-DD` in each calendar (Old Style only before Russia's switch). */
  days: MonthDay[];
}

const LEAP_YEAR = 2024;
/** Day of the year (1–366) of `MM-DD`, counted in a leap year so that 29 February has a place. */
export function dayOfYear(monthDay: MonthDay): number {
  const [month = 0, day = 0] = monthDay.split('-').map(Number);
  return Math.round((Date.UTC(LEAP_YEAR, month - 1, day) - Date.UTC(LEAP_YEAR, 0, 1)) / 86_400_000) + 1;
}

/** Days between two days of the year, the short way round. */
const apart = (a: number, b: number) => Math.min(Math.abs(a - b), 366 - Math.abs(a - b));

/** `MM-DD` of a date, as the reader's own calendar gives it. */
export const monthDayOf = (date: Date): MonthDay => `${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The events of the day, or else those of the nearest day with any; `exact` says which. */
export function eventsForDay<E extends DayEvent>(events: readonly E[], today: MonthDay): { exact: boolean; events: E[] } {
  const onTheDay = events.filter((e) => e.days.includes(today));
  if (onTheDay.length || !events.length) return { exact: true, events: onTheDay };
  const target = dayOfYear(today);
  const distance = (e: E) => Math.min(...e.days.map((d) => apart(dayOfYear(d), target)));
  const nearest = Math.min(...events.map(distance));
  return { exact: false, events: events.filter((e) => distance(e) === nearest) };
}
