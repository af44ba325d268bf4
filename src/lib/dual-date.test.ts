import { describe, expect, test } from 'vitest';
import { dualDateFromProps, formatDualDate, type DualDateProps } from './dual-date.ts';

const text = (props: DualDateProps, order?: 'os-first' | 'ns-first') =>
  formatDualDate(dualDateFromProps(props), order).text;

describe('formatDualDate()', () => {
  test('shows an Old Style date with its New Style equivalent', () => {
    expect(text({ os: '1917-10-25' })).toBe('25 October 1917 O.S. (7 November N.S.)');
  });

  test('computes the Old Style date from a New Style one', () => {
    expect(text({ ns: '1917-11-07' })).toBe('25 October 1917 O.S. (7 November N.S.)');
  });

  test('repeats the year when the calendars fall in different years', () => {
    expect(text({ os: '1917-12-20' })).toBe('20 December 1917 O.S. (2 January 1918 N.S.)');
  });

  test('shows a range within one month', () => {
    expect(text({ ns: '1917-05-01', end: '1917-05-04' })).toBe('18–21 April 1917 O.S. (1–4 May N.S.)');
  });

  test('shows a range across months', () => {
    expect(text({ os: '1917-10-30', end: '1917-11-02' })).toBe(
      '30 October – 2 November 1917 O.S. (12–15 November N.S.)',
    );
  });

  test('shows a range across years', () => {
    expect(text({ os: '1917-12-30', end: '1918-01-02' })).toBe(
      '30 December 1917 – 2 January 1918 O.S. (12–15 January 1918 N.S.)',
    );
  });

  test('can put New Style first', () => {
    expect(text({ os: '1917-10-25' }, 'ns-first')).toBe('7 November 1917 N.S. (25 October O.S.)');
  });

  test('shows New Style alone after Russia switched calendars', () => {
    expect(text({ ns: '1918-02-24' })).toBe('24 February 1918');
  });

  test('gives the Gregorian ISO date for <time datetime>', () => {
    expect(dualDateFromProps({ os: '1917-10-25' }).datetime).toBe('1917-11-07');
  });
});

describe('dualDateFromProps()', () => {
  test('needs exactly one of os and ns', () => {
    expect(() => dualDateFromProps({})).toThrow(/exactly one of os/);
    expect(() => dualDateFromProps({ os: '1917-10-25', ns: '1917-11-07' })).toThrow(/exactly one of os/);
  });

  test('refuses an impossible date, naming it', () => {
    expect(() => dualDateFromProps({ os: '1917-02-30' })).toThrow('"1917-02-30" is not a real day');
  });

  test('refuses a reversed range, naming both ends', () => {
    expect(() => dualDateFromProps({ os: '1917-07-06', end: '1917-07-05' })).toThrow(
      'range ends on 1917-07-05, which is not after its start 1917-07-06',
    );
  });

  test('refuses a range across the switch', () => {
    expect(() => dualDateFromProps({ ns: '1918-02-10', end: '1918-02-20' })).toThrow(/crosses Russia's calendar switch/);
  });

  test('refuses an Old Style date Russia never had', () => {
    expect(() => dualDateFromProps({ os: '1918-02-05' })).toThrow(/never happened in Russia/);
  });
});
