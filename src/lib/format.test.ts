import { describe, expect, test } from 'vitest';
import { DAY_MONTH_PATTERN, formatDay, formatDayRange, formatMonth, formatTime, isoDay, monthName, monthNumber, utcDay } from './format.ts';

describe('monthName() and monthNumber()', () => {
  test('name months from 1 and read them back in any case', () => {
    expect(monthName(1)).toBe('January');
    expect(monthName(12)).toBe('December');
    expect(monthNumber('october')).toBe(10);
    expect(monthNumber('Octobre')).toBe(0);
  });

  test('refuse a month that does not exist', () => {
    expect(() => monthName(13)).toThrow('there is no month 13');
  });
});

describe('formatDay(), formatMonth() and formatDayRange()', () => {
  const day = (year: number, month: number, d: number) => ({ year, month, day: d });

  test('write a day and a month in words', () => {
    expect(formatDay(day(1917, 11, 7))).toBe('7 November 1917');
    expect(formatMonth({ year: 1918, month: 3 })).toBe('March 1918');
  });

  test('write a range with the year only where asked, and once where it can', () => {
    expect(formatDayRange(day(1917, 5, 1), day(1917, 5, 4), true)).toBe('1–4 May 1917');
    expect(formatDayRange(day(1917, 6, 30), day(1917, 7, 2), false)).toBe('30 June – 2 July');
    expect(formatDayRange(day(1917, 12, 30), day(1918, 1, 2), false)).toBe('30 December 1917 – 2 January 1918');
    expect(formatDayRange(day(1917, 11, 7), null, false)).toBe('7 November');
  });
});

describe('formatTime()', () => {
  test.each([
    ['21:45', '9:45 p.m.'],
    ['02:10', '2:10 a.m.'],
    ['12:30', '12:30 p.m.'],
    ['00:00', 'midnight'],
    ['12:00', 'noon'],
  ])('%s is %s', (time, text) => {
    expect(formatTime(time)).toBe(text);
  });

  test('refuses what is not a time', () => {
    expect(() => formatTime('9:45 pm')).toThrow('time "9:45 pm" should be a 24-hour time such as "21:45"');
    expect(() => formatTime('24:00')).toThrow();
  });
});

describe('utcDay() and isoDay()', () => {
  test('take the day in UTC, whatever the zone of the machine', () => {
    const late = new Date('2026-11-26T23:59:00Z');
    expect(isoDay(late)).toBe('2026-11-26');
    expect(utcDay(late)).toEqual({ year: 2026, month: 11, day: 26 });
  });
});

describe('DAY_MONTH_PATTERN', () => {
  test('finds days written either way round, with ranges, ordinals and years', () => {
    const found = [...'On 25 October, on 3–5 July 1917 and on October 25th, 1917, in May.'.matchAll(DAY_MONTH_PATTERN)].map((m) => m[0]);
    expect(found).toEqual(['25 October', '3–5 July 1917', 'October 25th, 1917']);
  });
});
