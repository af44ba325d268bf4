import { describe, expect, test } from 'vitest';
import type { ChapterInfo } from './chapters.ts';
import { collectEvents, eventAnchor, groupByMonth, sectionFilterCss } from './events.ts';
import { dualDateFromProps } from './dual-date.ts';
import { readMdx } from './mdx-tree.ts';

function chapter(section: ChapterInfo['section'], slug: string): ChapterInfo {
  return { section, slug, order: 1, title: slug, summary: '', filePath: `content/${section}/${slug}.mdx`, headings: [] };
}
const usages = (source: string) => readMdx(source).usages;

const onset = chapter('insurrection', 'onset');
const palace = chapter('insurrection', 'winter-palace');
const outcome = chapter('outcome', 'remaking-the-state');
const events = collectEvents([
  { chapter: outcome, usages: usages('<DualDate os="1918-01-05" event="The Constituent Assembly meets" /> and <DualDate ns="1918-02-24" event="Estonia declares independence" />') },
  { chapter: palace, usages: usages('<DualDate os="1917-10-25" event="The Aurora fires a blank" time="21:45" /> <DualDate os="1917-10-26" event="The Winter Palace falls" time="02:10" />') },
  { chapter: onset, usages: usages('<DualDate os="1917-10-24" event="Soldiers raid Rabochiy put" /> <DualDate os="1917-10-25" event="The Congress of Soviets opens" /> and <DualDate os="1917-10-25" /> unmarked') },
]);

describe('collectEvents()', () => {
  test('collects only dates marked as events, in time order', () => {
    expect(events.map((e) => e.label)).toEqual([
      'Soldiers raid Rabochiy put',
      'The Aurora fires a blank',
      'The Congress of Soviets opens',
      'The Winter Palace falls',
      'The Constituent Assembly meets',
      'Estonia declares independence',
    ]);
  });

  test('puts timed events of a day before untimed ones', () => {
    const day = events.filter((e) => e.date.datetime === '1917-11-07');
    expect(day.map((e) => e.time)).toEqual(['21:45', undefined]);
  });

  test('gives each event its chapter and an anchor there', () => {
    const fall = events.find((e) => e.label === 'The Winter Palace falls');
    expect(fall?.chapter).toBe(palace);
    expect(fall?.anchor).toBe('event-1917-11-08-the-winter-palace-falls');
  });

  test('refuses the same event marked twice in one chapter, naming the file', () => {
    expect(() =>
      collectEvents([{ chapter: onset, usages: usages('<DualDate os="1917-10-24" event="A raid" />\n<DualDate os="1917-10-24" event="A raid" />') }]),
    ).toThrow('content/insurrection/onset.mdx:2: the event "A raid" is marked twice in this chapter');
  });
});

describe('groupByMonth()', () => {
  test('groups by Old Style months, with New Style alone after the switch', () => {
    expect(groupByMonth(events, 'os').map((g) => [g.id, g.title, g.events.length])).toEqual([
      ['os-1917-10', 'October 1917 O.S.', 4],
      ['os-1918-01', 'January 1918 O.S.', 1],
      ['os-1918-02', 'February 1918', 1],
    ]);
  });

  test('groups by New Style months', () => {
    expect(groupByMonth(events, 'ns').map((g) => [g.id, g.title, g.events.length])).toEqual([
      ['ns-1917-11', 'November 1917 N.S.', 4],
      ['ns-1918-01', 'January 1918 N.S.', 1],
      ['ns-1918-02', 'February 1918', 1],
    ]);
  });
});

describe('eventAnchor()', () => {
  test('is readable, stable and made of safe characters', () => {
    expect(eventAnchor(dualDateFromProps({ os: '1917-10-25' }), 'The "Aurora" fires a blank — at 9:45 p.m.!')).toBe(
      'event-1917-11-07-the-aurora-fires-a-blank-at-9-45',
    );
  });
});

describe('sectionFilterCss()', () => {
  test('hides other sections and their months when one is chosen, one rule per section', () => {
    const css = sectionFilterCss(['background', 'outcome']);
    expect(css).toContain('main:has(#filter-background:checked) :is([data-section]:not([data-section=background]),[data-sections]:not([data-sections~=background]))');
    expect(css).toContain("main:has(#filter-outcome:checked)");
    expect(css.match(/:has\(/g)).toHaveLength(2);
    expect(css.endsWith('{display:none}')).toBe(true);
  });

  test('refuses an id that would break the selector', () => {
    expect(() => sectionFilterCss(["a'b"])).toThrow(`section id "a'b" cannot be used in a CSS selector`);
  });
});
