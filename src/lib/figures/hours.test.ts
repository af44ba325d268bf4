import { describe, expect, test } from 'vitest';
import type { ChapterInfo } from '../chapters.ts';
import { dualDateFromProps } from '../dual-date.ts';
import type { TimelineEvent } from '../events.ts';
import { hourStrip, minutesOf } from './hours.ts';

const chapter = { section: 's', slug: 'c', order: 1, title: 'C', summary: 'x.', filePath: 'c.mdx', headings: [] } as ChapterInfo;
const event = (os: string, time: string | undefined, label = `${os} ${time}`): TimelineEvent => ({
  label,
  props: { os },
  date: dualDateFromProps({ os }),
  time,
  chapter,
  anchor: label,
});
const rising = dualDateFromProps({ os: '1917-10-24', end: '1917-10-26' });

describe('minutesOf()', () => {
  test('reads a 24-hour time and refuses anything else', () => {
    expect(minutesOf('21:40')).toBe(21 * 60 + 40);
    expect(() => minutesOf('24:10')).toThrow(/"24:10" is not a time of day/);
  });
});

describe('hourStrip()', () => {
  test('draws one band per day, named in both calendars', () => {
    const strip = hourStrip([], rising);
    expect(strip.days.map((d) => d.name)).toEqual(['24 Oct O.S. · 6 Nov N.S.', '25 Oct O.S. · 7 Nov N.S.', '26 Oct O.S. · 8 Nov N.S.']);
  });

  test('places a timed event along its day and leaves out untimed events and other days', () => {
    const strip = hourStrip([event('1917-10-25', '12:00'), event('1917-10-25', undefined), event('1917-10-27', '09:00')], rising);
    expect(strip.ticks).toHaveLength(1);
    const day = strip.days[1];
    expect(strip.ticks[0]?.x).toBeCloseTo((day?.x ?? 0) + (day?.width ?? 0) / 2, 0);
  });

  test('sets the numbers of events minutes apart on different rows', () => {
    const strip = hourStrip([event('1917-10-25', '18:15'), event('1917-10-25', '18:30'), event('1917-10-26', '02:10')], rising);
    const [a, b, c] = strip.ticks;
    expect(a?.lift).not.toBe(b?.lift);
    expect(c?.lift).toBe(a?.lift);
  });
});
