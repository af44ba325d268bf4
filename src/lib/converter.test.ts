import { describe, expect, test } from 'vitest';
import { convert, describeConversion, type ConverterInput } from './converter.ts';

const input = (day: string, month: string, year: string, calendar = 'os'): ConverterInput => ({ day, month, year, calendar });

function answer(i: ConverterInput) {
  const result = convert(i);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('convert()', () => {
  test('turns the day of the rising into New Style', () => {
    const result = answer(input('25', '10', '1917'));
    expect(describeConversion(result)).toBe('25 October 1917 Old Style is 7 November 1917 New Style.');
    expect(result.gap).toBe(13);
  });

  test('turns New Style into Old Style, across a year', () => {
    expect(describeConversion(answer(input('2', '1', '1918', 'ns')))).toBe('2 January 1918 New Style is 20 December 1917 Old Style.');
  });

  test('refuses the Old Style days Russia skipped in February 1918, saying why', () => {
    for (const day of ['1', '5', '13']) {
      const result = convert(input(day, '2', '1918'));
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toContain(`${day} February 1918 Old Style never happened in Russia`);
        expect(result.error).toContain('31 January 1918 (Old Style) was followed directly by 14 February 1918 (New Style)');
      }
    }
  });

  test('accepts the days either side of the skip', () => {
    expect(describeConversion(answer(input('31', '1', '1918')))).toBe('31 January 1918 Old Style is 13 February 1918 New Style.');
    expect(describeConversion(answer(input('14', '2', '1918', 'ns')))).toBe('14 February 1918 New Style is 1 February 1918 Old Style.');
  });

  test('knows 1900 was a leap year only in Old Style, and the gap grew from 12 to 13 days', () => {
    const leap = answer(input('29', '2', '1900'));
    expect(describeConversion(leap)).toBe('29 February 1900 Old Style is 13 March 1900 New Style.');
    expect(leap.gap).toBe(12);
    expect(answer(input('1', '3', '1900')).gap).toBe(13);
    const refused = convert(input('29', '2', '1900', 'ns'));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatch(/1900 was not a leap year in the New Style calendar \(century years/);
  });

  test('knows 1700 and 1800 likewise', () => {
    expect(answer(input('29', '2', '1700')).gap).toBe(10);
    expect(answer(input('1', '3', '1800')).gap).toBe(12);
    expect(convert(input('29', '2', '1800', 'ns')).ok).toBe(false);
  });

  test('notes that Russia used New Style after the switch', () => {
    expect(answer(input('1', '5', '1925', 'ns')).notes[0]).toMatch(/Russia used New Style for this date/);
    expect(answer(input('25', '10', '1917')).notes).toEqual([]);
  });

  test.each([
    [input('', '10', '1917'), /as numbers/],
    [input('2x', '10', '1917'), /as numbers/],
    [input('31', '11', '1917'), /November 1917 had 30 days in the Old Style calendar, so there was no 31 November/],
    [input('1', '13', '1917'), /no month 13/],
    [input('1', '1', '1066'), /years 1582 to 2100/],
    [input('1', '1', '1917', 'julian'), /Choose the calendar/],
  ])('refuses bad input with a reason: %o', (bad, message) => {
    const result = convert(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
