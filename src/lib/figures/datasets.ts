/**
 * The datasets charts draw (content/datasets/*.json): their schema, and the
 * check that a dataset whose rows must add up to a stated total does.
 * Where sources disagree, each version is its own file with its own source.
 */
import { z } from 'astro/zod';

/** What a dataset's numbers count. */
export const DATASET_UNITS = ['seats', 'votes', 'delegates', 'members', 'actions', 'percent', 'index', 'roubles', 'districts'] as const;
export type DatasetUnit = (typeof DATASET_UNITS)[number];

const label = z.string().trim().min(1);
const note = z.string().trim().min(1).optional();

/** One row: a single figure, or a range where the source gives an estimate between two. */
const rowSchema = z.union([
  z.object({ label, value: z.number(), note }).strict(),
  z
    .object({ label, low: z.number(), high: z.number(), note })
    .strict()
    .refine((row) => row.low <= row.high, { error: 'a range needs low ≤ high' }),
]);

export const datasetSchema = z
  .object({
    /** What the numbers are, as a chart or table heading: "Seats in the Constituent Assembly, by party". */
    title: z.string().trim().min(1),
    /** Where the numbers come from: author, work and year, and where the site read them if not in the work itself. */
    source: z
      .object({
        author: z.string().trim().min(1),
        work: z.string().trim().min(1),
        /** Year of publication; leave out only for an undated or continually edited work, whose version `via` then names. */
        year: z.number().int().min(1800).max(2100).optional(),
        /** Where the site read the figures, when not in the work itself (a later edition, a page reproducing them). */
        via: z.string().trim().min(1).optional(),
        /** What the figures cover and their limits, in a sentence or two. */
        note,
      })
      .strict()
      .refine((source) => source.year !== undefined || source.via !== undefined, {
        error: 'give the year of the work, or, for an undated one, say in "via" which version was read',
      }),
    /** What the numbers count. */
    unit: z.enum(DATASET_UNITS),
    /** The total the source gives, which the rows' values must add up to; leave out when it gives none. */
    total: z.number().optional(),
    /** How far the rows may differ from the total, for figures the source rounds (0.5 for whole per cents); default 0. */
    tolerance: z.number().min(0).default(0),
    /** The rows, in the order the chart shows them. */
    rows: z.array(rowSchema).min(1),
  })
  .strict();

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetRow = Dataset['rows'][number];

/** A row's single value, or the middle of its range. */
export const rowValue = (row: DatasetRow): number => ('value' in row ? row.value : (row.low + row.high) / 2);

/** Rounds away floating-point dust for messages: 0.30000000000000004 → 0.3. */
const tidy = (n: number) => Number(n.toFixed(6));

/** Every problem in one dataset, as lines naming its file and the value at fault. */
export function datasetProblems(filePath: string, dataset: Dataset): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const row of dataset.rows) {
    if (seen.has(row.label)) problems.push(`${filePath}: the row "${row.label}" appears twice`);
    seen.add(row.label);
  }
  if (dataset.total !== undefined) {
    const ranges = dataset.rows.filter((row) => !('value' in row));
    if (ranges.length) {
      problems.push(`${filePath}: rows given as ranges ("${ranges[0]?.label}") cannot add up to a total; remove "total" or give single values`);
    } else {
      const sum = tidy(dataset.rows.reduce((acc, row) => acc + rowValue(row), 0));
      if (Math.abs(sum - dataset.total) > dataset.tolerance) {
        problems.push(
          `${filePath}: the rows add up to ${sum}, not the total ${dataset.total} (off by ${tidy(sum - dataset.total)}; tolerance ${dataset.tolerance})`,
        );
      }
    }
  }
  return problems;
}

/** The source as a caption names it: "Oliver H. Radkey, The Election … (1950)". */
export const citeDataset = ({ source }: Pick<Dataset, 'source'>): string =>
  `${source.author}, ${source.work}${source.year ? ` (${source.year})` : ''}${source.via ? `; read in ${source.via}` : ''}`;
