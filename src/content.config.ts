import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { SECTION_IDS } from './lib/chapters';

/**
 * A chapter's id is its file name without the ordering prefix:
 * `content/insurrection/01-planning.mdx` → `planning`, served at
 * `/insurrection/planning/`. Files starting with `_` are drafts and skipped.
 */
export function chapterId(entry: string): string {
  const id = entry.replace(/\.mdx$/, '').replace(/^\d+-/, '').toLowerCase();
  if (!/^[a-z\d]+(?:-[a-z\d]+)*$/.test(id)) {
    throw new Error(`${entry}: a chapter file name must be "NN-words-with-hyphens.mdx" (got id "${id}")`);
  }
  return id;
}

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
  })
  // A mistyped field ("sumary") is an error, not a silently ignored extra.
  .strict();

const chapters = (section: string) =>
  defineCollection({
    loader: glob({
      base: `./content/${section}`,
      pattern: '[^_]*.mdx',
      generateId: ({ entry }) => chapterId(entry),
    }),
    schema: chapterSchema,
  });

/** The four parts of the book and what each covers; their order is SECTION_IDS'. */
const sections = defineCollection({
  loader: file('./content/sections.json'),
  schema: z
    .object({
      /** One of the four section ids; also the section's URL segment. */
      id: z.enum(SECTION_IDS),
      /** The section's name in navigation and on its page. */
      title: z.string().trim().min(1),
      /** One or two sentences on what the section covers. */
      summary: z.string().trim().min(1),
    })
    .strict(),
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

export const collections = {
  background: chapters('background'),
  insurrection: chapters('insurrection'),
  outcome: chapters('outcome'),
  historiography: chapters('historiography'),
  sections,
  pages,
};
