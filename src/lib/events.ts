/**
 * The timeline's events, collected from the chapters themselves: a chapter
 * marks an event by giving a `<DualDate>` an `event` label (and, where known,
 * a `time`), so the chapter is the only place the event is written down.
 * Pure functions: the usages come from src/lib/mdx-tree.ts.
 */
import { formatIso, type Calendar, type CivilDate } from './calendar.ts';
import type { ChapterInfo } from './chapters.ts';
import { dualDateFromProps, type DualDate, type DualDateProps } from './dual-date.ts';
import { formatMonth } from './format.ts';
import type { ComponentUsage } from './mdx-tree.ts';

export interface TimelineEvent {
  /** One line saying what happened. */
  label: string;
  /** The date as the chapter wrote it, for rendering it again with <DualDate>. */
  props: DualDateProps;
  date: DualDate;
  /** Time of day, `HH:MM` on a 24-hour clock, if known. */
  time: string | undefined;
  chapter: ChapterInfo;
  /** The id of the date's element in the chapter, for linking to the exact place. */
  anchor: string;
}

/** A stable, readable id for an event's place in its chapter: `event-1917-11-07-the-aurora-fires-a-blank`. */
export function eventAnchor(date: DualDate, label: string): string {
  const words = label
    .normalize('NFD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z\d]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-');
  return `event-${date.datetime}-${words}`;
}

/** The props of one `<DualDate>` use that are plain strings; expressions are left out. */
function stringProps(usage: ComponentUsage): Record<string, string> {
  const props: Record<string, string> = {};
  for (const [name, value] of Object.entries(usage.attributes)) {
    if (value.kind === 'string') props[name] = value.value;
  }
  return props;
}

/**
 * Every event marked in the chapters, in time order (Gregorian day, then time
 * of day, then reading order). Throws if two events in one chapter would share
 * an anchor, naming the file.
 */
export function collectEvents(chapters: { chapter: ChapterInfo; usages: ComponentUsage[] }[]): TimelineEvent[] {
  const events: (TimelineEvent & { order: number })[] = [];
  chapters.forEach(({ chapter, usages }, chapterIndex) => {
    const anchors = new Set<string>();
    usages.forEach((usage, usageIndex) => {
      if (usage.name !== 'DualDate') return;
      const { event: label, time, ...date } = stringProps(usage);
      if (!label) return;
      const resolved = dualDateFromProps(date);
      const anchor = eventAnchor(resolved, label);
      if (anchors.has(anchor)) {
        throw new Error(`${chapter.filePath}:${usage.line}: the event "${label}" is marked twice in this chapter`);
      }
      anchors.add(anchor);
      events.push({ label, props: date, date: resolved, time, chapter, anchor, order: chapterIndex * 10_000 + usageIndex });
    });
  });
  return events
    .sort(
      (a, b) =>
        a.date.datetime.localeCompare(b.date.datetime) ||
        (a.time ?? '99:99').localeCompare(b.time ?? '99:99') ||
        a.order - b.order,
    )
    .map(({ order: _order, ...event }) => event);
}

/**
 * The CSS behind the timeline's section filter, which works without
 * JavaScript: when the radio button `#filter-<id>` is checked, the events of
 * other sections (`[data-section]`) and months without that section's events
 * (`[data-sections]`) are hidden. One rule per section, so the filter follows
 * content/sections.json.
 */
export function sectionFilterCss(sectionIds: readonly string[]): string {
  const rules = sectionIds.map((id) => {
    if (!/^[a-z\d-]+$/.test(id)) throw new Error(`section id "${id}" cannot be used in a CSS selector`);
    return `main:has(#filter-${id}:checked) :is([data-section]:not([data-section=${id}]),[data-sections]:not([data-sections~=${id}]))`;
  });
  return rules.length ? `${rules.join(',')}{display:none}` : '';
}

export interface MonthGroup {
  /** `os-1917-10`: unique across both calendars' groupings, for the page's month index. */
  id: string;
  /** "October 1917 O.S.", or "March 1918" after the switch, when only one calendar was in use. */
  title: string;
  events: TimelineEvent[];
}

/**
 * Events grouped by the month they fall in when dated in `calendar`. After
 * Russia's switch an event has no Old Style date, so it is grouped by its New
 * Style month, under a title without a calendar label.
 */
export function groupByMonth(events: TimelineEvent[], calendar: Calendar): MonthGroup[] {
  const groups = new Map<string, MonthGroup>();
  for (const event of events) {
    const os = event.date.start.os;
    const day: CivilDate = calendar === 'os' && os ? os : event.date.start.ns;
    const labelled = os !== null;
    const key = `${calendar}-${formatIso(day).slice(0, 7)}`;
    const title = `${formatMonth(day)}${labelled ? (calendar === 'os' ? ' O.S.' : ' N.S.') : ''}`;
    const group = groups.get(key) ?? { id: key, title, events: [] };
    group.events.push(event);
    groups.set(key, group);
  }
  return [...groups.values()];
}
