/**
 * Components every MDX file may use without importing them, passed to each
 * rendered `<Content components={mdxComponents} />`.
 */
import ChapterLink from './ChapterLink.astro';
import DualDate from './DualDate.astro';

export const mdxComponents = { ChapterLink, DualDate };
