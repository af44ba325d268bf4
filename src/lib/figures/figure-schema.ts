/**
 * What a figure file (content/figures/<id>.json) holds: a map over places or
 * a chart over datasets, and always a caption, a source and a date. The
 * figure appears where a chapter writes `<Figure id="<id>" />`.
 */
import { z } from 'astro/zod';
import { MAP_IDS } from './maps.ts';

const text = z.string().trim().min(1);
const iso = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'write the date as YYYY-MM-DD' });
const sentence = text.regex(/[.!?]["”’)]?$/, { error: 'must end with a full stop, ! or ?' });

/** The day or range a figure shows, in the calendar of its record, or a period in words ("March–October 1917"). */
export const whenSchema = z.union([
  z.object({ os: iso, end: iso.optional() }).strict(),
  z.object({ ns: iso, end: iso.optional() }).strict(),
  z.object({ period: text }).strict(),
]);
export type FigureWhen = z.infer<typeof whenSchema>;

const common = {
  /** The figure's heading, also its entry on /figures/. */
  title: text,
  /** What the figure shows and how to read it, in full sentences. */
  caption: sentence,
  /** Where its data comes from, named (author, work, year); datasets add their own. */
  source: sentence,
  /** The date or period the figure shows. */
  when: whenSchema,
};

/** One numbered place on a map, with what happened there. */
const markerSchema = z
  .object({
    /** A place id: a file name in content/places/. */
    place: text,
    /** What happened there, one sentence. */
    text: sentence,
    /** When, in the calendar of the record (Old Style before 14 February 1918). */
    os: iso.optional(),
    ns: iso.optional(),
    /** Time of day, HH:MM on a 24-hour clock, if known. */
    time: z.string().regex(/^\d{2}:\d{2}$/, { error: 'write the time as HH:MM' }).optional(),
    /** Where the marker links: the place's glossary entry or its chapter; default the glossary entry when there is one. */
    link: z.enum(['glossary', 'chapter']).optional(),
  })
  .strict()
  .refine((m) => !(m.os && m.ns), { error: 'give the date in one calendar, os or ns' })
  .refine((m) => !m.time || m.os || m.ns, { error: 'a time needs a date' });

/** A territory that declared autonomy or independence, shaded from modern Natural Earth units; its marker tells the story. */
const regionSchema = z
  .object({
    name: text,
    /** Natural Earth country names (world-atlas `properties.name`) whose outline stands in for it. */
    units: z.array(text).min(1),
  })
  .strict();

/** A hand-placed line (a front, a treaty line), with how precise it is. */
const lineSchema = z
  .object({
    name: text,
    /** Longitude, latitude pairs. */
    coordinates: z.array(z.tuple([z.number(), z.number()])).min(2),
    /** How far the drawn line may be from the real one, in words: "within about 50 km". */
    precision: text,
  })
  .strict();

const mapFigure = z
  .object({
    kind: z.literal('map'),
    ...common,
    /** The base map: src/lib/figures/maps.ts. */
    map: z.enum(MAP_IDS),
    markers: z.array(markerSchema).min(1),
    /** Places joined in order by an arrow: a march, a route. */
    route: z.object({ name: text, places: z.array(text).min(2) }).strict().optional(),
    /** The Empire's outline: Natural Earth units merged into one shape. */
    outline: z.object({ name: text, units: z.array(text).min(1) }).strict().optional(),
    regions: z.array(regionSchema).default([]),
    /**
     * A line drawn along the modern borders that part the `units` from the
     * `against` units (Natural Earth names): a treaty line, approximately.
     */
    border: z.object({ name: text, units: z.array(text).min(1), against: z.array(text).min(1), precision: text }).strict().optional(),
    lines: z.array(lineSchema).default([]),
  })
  .strict();

/** Chart types: bars (one value per row), ranges (low–high per row), columns (a series over time), hours (the events of a few days). */
export const CHART_TYPES = ['bars', 'ranges', 'columns', 'hours'] as const;

const chartFigure = z
  .object({
    kind: z.literal('chart'),
    ...common,
    chart: z.enum(CHART_TYPES),
    /**
     * Dataset ids (file names in content/datasets/): the first is drawn; the
     * others, other sources' versions, are drawn beside it for comparison and
     * all are tabled. An "hours" chart draws the events the chapters mark instead.
     */
    datasets: z.array(text).default([]),
  })
  .strict();

export const figureSchema = z.discriminatedUnion('kind', [mapFigure, chartFigure]);
export type FigureData = z.infer<typeof figureSchema>;
export type MapFigureData = z.infer<typeof mapFigure>;
export type ChartFigureData = z.infer<typeof chartFigure>;
export type Marker = MapFigureData['markers'][number];
