import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parseRussianDay } from './lib/calendar.ts';
import { pronunciationProblem } from './lib/companion.ts';
import { messageOf } from './lib/errors.ts';
import { SOURCE_KINDS, type SourceKind } from './lib/sources.ts';
import { SECTION_IDS } from './lib/sections.ts';
import { datasetSchema } from './lib/figures/datasets.ts';
import { figureSchema } from './lib/figures/figure-schema.ts';
import { PLACE_KINDS } from './lib/figures/places.ts';

/**
 * An entry's id is its file name without the extension and any ordering
 * prefix: `content/insurrection/01-planning.mdx` → `planning`, served at
 * `/insurrection/planning/`; `content/self-checks/outcome.json` → `outcome`.
 * Files starting with `_` are drafts and skipped.
 */
export function idFromFileName(entry: string): string {
  const id = entry.replace(/\.(mdx|json)$/, '').replace(/^\d+-/, '').toLowerCase();
  if (!/^[a-z\d]+(?:-[a-z\d]+)*$/.test(id)) {
    throw new Error(`${entry}: a content file name must be "words-with-hyphens", optionally after "NN-" (got id "${id}")`);
  }
  return id;
}

const generateId = ({ entry }: { entry: string }) => idFromFileName(entry);

const chapterSchema = z
  .object({
    /** The chapter's title: its page heading and its name in navigation and search. */
    title: z.string().trim().min(1),
    /** One sentence on what the chapter covers, shown under the title and on its section page. */
    summary: z
      .string()
      .trim()
      .min(1)
      .regex(/[.!?]["”’)]?$/, { error: 'summary must be one full sentence, ending with . ! or ?' }),
    /** Position within its section, from 1; no two chapters of a section may share it. */
    order: z.number().int().positive(),
    /** Ids of the works in content/sources/ the chapter draws on, listed at its end; default none. */
    sources: z.array(z.string().trim().min(1)).default([]),
  })
  // A mistyped field ("sumary") is an error, not a silently ignored extra.
  .strict();

/** A chapter's frontmatter, as the schema gives it. */
export type ChapterData = z.infer<typeof chapterSchema>;

const chapters = (section: string) =>
  defineCollection({
    loader: glob({
      base: `./content/${section}`,
      pattern: '[^_]*.mdx',
      generateId,
    }),
    schema: chapterSchema,
  });

/** Stand-alone prose pages, such as the home page's story in brief. */
const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '[^_]*.mdx' }),
  schema: z
    .object({
      /** The page title. */
      title: z.string().trim().min(1),
      /** One sentence describing the page, used as its meta description. */
      summary: z.string().trim().min(1),
    })
    .strict(),
});

/** A day in one calendar (`{ os: "1870-04-10" }`, `{ ns: "1924-01-21" }`), or only a year. */
const lifeDate = z
  .union([
    z.object({ os: z.string() }).strict(),
    z.object({ ns: z.string() }).strict(),
    z.object({ year: z.number().int().min(1000).max(2100) }).strict(),
  ])
  .superRefine((value, ctx) => {
    if ('year' in value) return;
    const [calendar, iso] = 'os' in value ? (['os', value.os] as const) : (['ns', value.ns] as const);
    try {
      parseRussianDay(iso, calendar);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: messageOf(error) });
    }
  });

const companionFields = {
  /** The name as the site writes it: "Tsentrobalt", "Alexander Kerensky". */
  name: z.string().trim().min(1),
  /** One line saying what or who this is; shown in previews and A–Z lists. */
  definition: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/[.!?]["”’)]?$/, { error: 'definition must be one sentence, ending with . ! or ?' }),
  /** Other spellings and transliterations readers may search for ("Centrobalt", "Kerenskii"); default none. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** The Russian (or other original) form in Cyrillic, if there is one: "Центробалт". */
  russian: z
    .string()
    .trim()
    .regex(/\p{Script=Cyrillic}/u, { error: 'russian must be written in Cyrillic' })
    .optional(),
  /** What A–Z lists file the entry under, when not its name ("Lenin" for Vladimir Lenin). */
  sortAs: z.string().trim().min(1).optional(),
  /**
   * The Russian form with an acute accent (U+0301) after each stressed vowel: "Алекса́ндр Ке́ренский".
   * A word whose stress is uncertain stays unmarked. Without the accents it must equal `russian`.
   */
  stressed: z.string().trim().min(1).optional(),
  /** A plain English respelling, stressed syllables in capitals: "ah-lyek-SAHNDR KYEH-ryen-skee". */
  respelling: z.string().trim().min(1).optional(),
};

/** Checks the stressed form against the Russian one, and that a respelling has a stressed form to go with. */
function checkPronunciation(entry: { russian?: string | undefined; stressed?: string | undefined; respelling?: string | undefined }, ctx: z.RefinementCtx) {
  const problem = pronunciationProblem(entry);
  if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: [problem.field] });
}

/** A companion entry's id is its file name: `content/glossary/tsentrobalt.mdx` → `tsentrobalt`. */
const companionLoader = (kind: string) =>
  glob({ base: `./content/${kind}`, pattern: '[^_]*.mdx', generateId });

/** Organisations, parties, places, ships, newspapers, decrees and ideas a reader meets in the chapters. */
const glossary = defineCollection({
  loader: companionLoader('glossary'),
  schema: z
    .object({
      ...companionFields,
      /** What sort of thing the entry is, for grouping and search. */
      category: z.enum(['body', 'party', 'group', 'place', 'ship', 'newspaper', 'decree', 'concept', 'event']),
    })
    .strict()
    .superRefine(checkPronunciation),
});

/** The people of the story and the historians who wrote about it. */
const people = defineCollection({
  loader: companionLoader('people'),
  schema: z
    .object({
      ...companionFields,
      /** What they did in 1917 (or, for a historian, their part in the argument), in a sentence or two. */
      role: z.string().trim().min(1),
      /** Birth: a day in the calendar then used where they were born, or just the year. */
      born: lifeDate.optional(),
      /** Death, likewise. */
      died: lifeDate.optional(),
    })
    .strict()
    .superRefine(checkPronunciation)
    // Readers meet these names in Russian sources and in class: every person with a Russian name shows how to say it.
    .refine((person) => !person.russian || person.stressed, {
      error: 'a person with a Russian name needs `stressed` (the name with its stress marked) and `respelling`',
      path: ['stressed'],
    }),
});

/** The works the site draws on, listed on /sources/; a chapter names its own in `sources`. */
const sources = defineCollection({
  loader: glob({ base: './content/sources', pattern: '[^_]*.mdx', generateId }),
  schema: z
    .object({
      /** The work's title, or a plain description where the article names no title. */
      title: z.string().trim().min(1),
      /** Who wrote or published it. */
      author: z.string().trim().min(1),
      /** The author's id in content/people/, if they have an entry. */
      person: z.string().trim().min(1).optional(),
      /** Year of publication, where certain. */
      year: z.number().int().min(1800).max(2100).optional(),
      /** What sort of source it is, for grouping: a reference work, an eyewitness, a historian, a news organisation. */
      kind: z.enum(Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]]),
    })
    .strict(),
});

const question = z
  .object({
    /** The question, in plain text. */
    question: z.string().trim().min(1),
    /** Three to five answers to choose from. */
    options: z.array(z.string().trim().min(1)).min(3).max(5),
    /** Which option is right, counting from 0. */
    answer: z.number().int().min(0),
    /** One sentence saying why, shown when the reader checks their answers. */
    explanation: z.string().trim().min(1).max(240),
    /** Where the chapters explain it: "section/chapter#heading". */
    see: z.string().trim().min(1),
  })
  .strict()
  .refine((q) => q.answer < q.options.length, { error: 'answer must be the index (from 0) of one of the options', path: ['answer'] });

/** "Check your understanding": one file per section, `content/self-checks/<section>.json`. */
const selfChecks = defineCollection({
  loader: glob({ base: './content/self-checks', pattern: '[^_]*.json', generateId }),
  schema: z.object({ questions: z.array(question).min(5).max(20) }).strict(),
});

/** A place a map marks: `content/places/<id>.json`, with the modern position of the building or site. */
const places = defineCollection({
  loader: glob({ base: './content/places', pattern: '[^_]*.json', generateId }),
  schema: z
    .object({
      /** The name as the site writes it: "Smolny Institute". */
      name: z.string().trim().min(1),
      /** Its Russian name in 1917, in Cyrillic. */
      russian: z.string().trim().regex(/\p{Script=Cyrillic}/u, { error: 'russian must be written in Cyrillic' }),
      /** Latitude in degrees north (WGS84), of the building or site today. */
      lat: z.number().min(-90).max(90),
      /** Longitude in degrees east (WGS84). */
      lon: z.number().min(-180).max(180),
      /** What sort of place it is, for the map's legend and list. */
      kind: z.enum(PLACE_KINDS),
      /** Its glossary entry, if it has one: a file name in content/glossary/. */
      glossary: z.string().trim().min(1).optional(),
      /** People it belongs to: file names in content/people/; default none. */
      people: z.array(z.string().trim().min(1)).default([]),
      /** The chapter that tells what happened there: "section/chapter" or "section/chapter#heading". */
      chapter: z.string().trim().min(1).optional(),
      /** How the coordinates were checked: which sources were compared and how closely they agreed. */
      checked: z.string().trim().min(1),
    })
    .strict(),
});

/** A dataset a chart draws: `content/datasets/<id>.json`, one per source; where sources disagree, one file each. */
const datasets = defineCollection({
  loader: glob({ base: './content/datasets', pattern: '[^_]*.json', generateId }),
  schema: datasetSchema,
});

/** A map or chart: `content/figures/<id>.json`, placed in one chapter with `<Figure id="…" />`. */
const figures = defineCollection({
  loader: glob({ base: './content/figures', pattern: '[^_]*.json', generateId }),
  schema: figureSchema,
});

/** One collection of chapters per section, named after it, in the order of content/sections.json. */
const sectionCollections = Object.fromEntries(SECTION_IDS.map((id) => [id, chapters(id)]));

export const collections = {
  ...sectionCollections,
  pages,
  glossary,
  people,
  sources,
  selfChecks,
  places,
  datasets,
  figures,
};
