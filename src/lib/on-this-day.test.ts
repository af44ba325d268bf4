import { describe, expect, test } from 'vitest';
import { dayOfYear, eventsForDay, monthDayOf } from './on-this-day.ts';

const aurora = { name: 'Aurora', days: ['10-25', '11-07'] };
const assembly = { name: 'Assembly dissolved', days: ['01-06', '01-19'] };
const treaty = { name: 'Treaty signed', days: ['03-03'] };
const events = [aurora, assembly, treaty];

describe('eventsForDay()', () => {
  test('finds an event on its Old Style anniversary and on its New Style one', () => {
    expect(eventsForDay(events, '10-25')).toEqual({ exact: true, events: [aurora] });
    expect(eventsForDay(events, '11-07')).toEqual({ exact: true, events: [aurora] });
  });

  test('on a quiet day, gives the nearest day with events, round the turn of the year', () => {
    expect(eventsForDay(events, '11-01')).toEqual({ exact: false, events: [aurora] });
    expect(eventsForDay(events, '12-31')).toEqual({ exact: false, events: [assembly] });
  });
});

describe('dayOfYear() and monthDayOf()', () => {
  test('count in a leap year, and read the local date', () => {
    expect(dayOfYear('01-01')).toBe(1);
    expect(dayOfYear('03-01')).toBe(61);
    expect(monthDayOf(new Date(2026, 10, 7, 12))).toBe('11-07');
  });
});
