/**
 * Lays out an hour-by-hour strip: one band per day, a tick at each timed
 * event, and the tick's number set on the lowest row where it does not
 * touch its neighbour, so that events minutes apart stay readable.
 */
import { formatIso, fromDayNumber, toDayNumber, toOldStyle, type CivilDate } from '../calendar.ts';
import type { DualDate } from '../dual-date.ts';
import type { TimelineEvent } from '../events.ts';
import { monthName } from '../format.ts';

const WIDTH = 640;
const SIDE = 24;
const TOP = 28;
const BAND = 28;
const ROW = 22;
const FIRST_ROW = 36;
const RADIUS = 9;

export interface HourStrip {
  width: number;
  height: number;
  top: number;
  band: number;
  /** Each day's band, named in both calendars: "24 Oct O.S. · 6 Nov N.S.". */
  days: { iso: string; name: string; x: number; width: number }[];
  hours: { x: number; label: string }[];
  ticks: { x: number; lift: number; number: number; event: TimelineEvent }[];
}

const short = (d: CivilDate) => `${d.day} ${monthName(d.month).slice(0, 3)}`;

/** Minutes after midnight of "HH:MM"; throws on anything else. */
export function minutesOf(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 23 || minutes > 59) throw new Error(`"${time}" is not a time of day (HH:MM)`);
  return hours * 60 + minutes;
}

/** The Gregorian days a date or range covers, as ISO dates. */
export function daysOf(range: DualDate): CivilDate[] {
  const first = toDayNumber(range.start.ns, 'ns');
  const last = toDayNumber((range.end ?? range.start).ns, 'ns');
  return Array.from({ length: last - first + 1 }, (_, i) => fromDayNumber(first + i, 'ns'));
}

/** The timed events on the range's days, in time order. */
export function timedEvents(events: readonly TimelineEvent[], range: DualDate): TimelineEvent[] {
  const days = new Set(daysOf(range).map(formatIso));
  return events.filter((e) => e.time !== undefined && days.has(e.date.datetime));
}

/** The strip for a date range; events outside it or without a time are left out. */
export function hourStrip(events: readonly TimelineEvent[], range: DualDate): HourStrip {
  const civil = daysOf(range);
  const days = civil.map(formatIso);
  if (days.length > 7) throw new Error(`an hour strip shows 1 to 7 days, not ${days.length}`);
  const dayWidth = (WIDTH - 2 * SIDE) / days.length;
  const xAt = (iso: string, minutes: number) => SIDE + days.indexOf(iso) * dayWidth + (minutes / 1440) * dayWidth;
  const rowsEnd: number[] = [];
  const ticks = timedEvents(events, range).map((event, i) => {
    const x = Math.round(xAt(event.date.datetime, minutesOf(event.time ?? '')) * 10) / 10;
    let row = rowsEnd.findIndex((end) => x - end >= 2 * RADIUS + 2);
    if (row === -1) row = rowsEnd.push(x) - 1;
    else rowsEnd[row] = x;
    return { x, lift: FIRST_ROW + row * ROW, number: i + 1, event };
  });
  const hours = days.flatMap((iso) =>
    [0, 6, 12, 18].map((h) => ({ x: Math.round(xAt(iso, h * 60) * 10) / 10, label: `${String(h).padStart(2, '0')}:00` })),
  );
  return {
    width: WIDTH,
    height: TOP + BAND + FIRST_ROW + Math.max(0, rowsEnd.length - 1) * ROW + RADIUS + 6,
    top: TOP,
    band: BAND,
    days: civil.map((ns, i) => ({
      iso: formatIso(ns),
      name: range.start.os ? `${short(toOldStyle(ns))} O.S. · ${short(ns)} N.S.` : short(ns),
      x: SIDE + i * dayWidth,
      width: dayWidth,
    })),
    hours,
    ticks,
  };
}
