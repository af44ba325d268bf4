import { describe, expect, test } from 'vitest';
import {
  CalendarError,
  formatIso,
  fromDayNumber,
  isLeapYear,
  parseIsoDate,
  parseRussianDay,
  toDayNumber,
  toNewStyle,
  toOldStyle,
} from './calendar.ts';

const ns = (iso: string) => formatIso(toNewStyle(parseIsoDate(iso, 'os')));
const os = (iso: string) => formatIso(toOldStyle(parseIsoDate(iso, 'ns')));

describe('toNewStyle()', () => {
  test.each([
    ['1917-10-25', '1917-11-07', 'the insurrection'],
    ['1917-10-24', '1917-11-06', 'the raid on Rabochiy put'],
    ['1917-10-10', '1917-10-23', 'the Central Committee vote'],
    ['1917-02-23', '1917-03-08', 'the February Revolution begins'],
    ['1917-03-02', '1917-03-15', 'Nicholas II abdicates'],
    ['1917-12-07', '1917-12-20', 'the Cheka is founded'],
    ['1918-01-05', '1918-01-18', 'the Constituent Assembly meets'],
    ['1918-01-31', '1918-02-13', 'the last Old Style day'],
    ['1828-08-28', '1828-09-09', 'Tolstoy is born (12 days in the 19th century)'],
    ['1799-05-26', '1799-06-06', 'Pushkin is born (11 days in the 18th century)'],
    ['1672-05-30', '1672-06-09', 'Peter the Great is born (10 days in the 17th century)'],
  ])('%s O.S. is %s N.S. (%s)', (julian, gregorian) => {
    expect(ns(julian)).toBe(gregorian);
  });

  test('crosses into the next year: 20 December 1917 O.S. is 2 January 1918 N.S.', () => {
    expect(ns('1917-12-20')).toBe('1918-01-02');
    expect(ns('1917-12-19')).toBe('1918-01-01');
  });
});

describe('toOldStyle()', () => {
  test.each([
    ['1917-11-07', '1917-10-25'],
    ['1917-05-01', '1917-04-18'],
    ['1917-07-17', '1917-07-04'],
    ['1918-01-02', '1917-12-20'],
  ])('%s N.S. is %s O.S.', (gregorian, julian) => {
    expect(os(gregorian)).toBe(julian);
  });

  test('is the inverse of toNewStyle() on every day from 1600 to 2100', () => {
    const first = toDayNumber({ year: 1600, month: 1, day: 1 }, 'os');
    const last = toDayNumber({ year: 2100, month: 12, day: 31 }, 'os');
    for (let n = first; n <= last; n++) {
      const julian = fromDayNumber(n, 'os');
      expect(toOldStyle(toNewStyle(julian))).toEqual(julian);
    }
  });
});

describe('century leap days', () => {
  test.each([1700, 1800, 1900])('%i is a leap year in the Julian calendar only', (year) => {
    expect(isLeapYear(year, 'os')).toBe(true);
    expect(isLeapYear(year, 'ns')).toBe(false);
  });

  test('2000 is a leap year in both calendars', () => {
    expect(isLeapYear(2000, 'ns')).toBe(true);
  });

  test('the gap grows by a day after each Julian-only leap day', () => {
    expect(ns('1700-02-28')).toBe('1700-03-10');
    expect(ns('1700-02-29')).toBe('1700-03-11');
    expect(ns('1700-03-01')).toBe('1700-03-12');
    expect(ns('1800-02-29')).toBe('1800-03-12');
    expect(ns('1800-03-01')).toBe('1800-03-13');
    expect(ns('1900-02-28')).toBe('1900-03-12');
    expect(ns('1900-02-29')).toBe('1900-03-13');
    expect(ns('1900-03-01')).toBe('1900-03-14');
  });

  test('29 February 1900 exists in Old Style but not in New Style', () => {
    expect(parseIsoDate('1900-02-29', 'os')).toEqual({ year: 1900, month: 2, day: 29 });
    expect(() => parseIsoDate('1900-02-29', 'ns')).toThrow(/not a real day in the New Style/);
  });
});

describe('parseIsoDate()', () => {
  test.each(['1917-02-30', '1917-13-01', '1917-04-31', '1917-00-10', '1917-10-00'])(
    'refuses the impossible date %s, naming it',
    (value) => {
      expect(() => parseIsoDate(value, 'os')).toThrow(CalendarError);
      expect(() => parseIsoDate(value, 'os')).toThrow(value);
    },
  );

  test.each(['25 October 1917', '1917-10-5', '1917/10/25', ''])('refuses the malformed value "%s"', (value) => {
    expect(() => parseIsoDate(value, 'os')).toThrow(/YYYY-MM-DD/);
  });
});

describe('parseRussianDay()', () => {
  test('gives both calendars for a date before the switch', () => {
    const day = parseRussianDay('1917-10-25', 'os');
    expect(day.os && formatIso(day.os)).toBe('1917-10-25');
    expect(formatIso(day.ns)).toBe('1917-11-07');
  });

  test('31 January 1918 O.S. was followed by 14 February 1918 N.S.', () => {
    const last = parseRussianDay('1918-01-31', 'os');
    const first = parseRussianDay('1918-02-14', 'ns');
    expect(toDayNumber(first.ns, 'ns') - toDayNumber(last.ns, 'ns')).toBe(1);
    expect(first.os).toBeNull();
  });

  test.each(['1918-02-01', '1918-02-05', '1918-02-13'])('refuses %s O.S., a day Russia never had', (value) => {
    expect(() => parseRussianDay(value, 'os')).toThrow(/never happened in Russia/);
  });

  test('refuses an Old Style date after the switch', () => {
    expect(() => parseRussianDay('1918-03-01', 'os')).toThrow(/after Russia switched calendars/);
  });

  test('gives only New Style from 14 February 1918', () => {
    expect(parseRussianDay('1918-02-24', 'ns').os).toBeNull();
    expect(parseRussianDay('1918-02-13', 'ns').os).toEqual({ year: 1918, month: 1, day: 31 });
  });
});
