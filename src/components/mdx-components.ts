/**
 * Components every MDX file may use without importing them, passed to each
 * rendered `<Content components={mdxComponents} />`.
 */
import ChapterLink from './ChapterLink.astro';
import DualDate from './DualDate.astro';
import Figure from './Figure.astro';
import Person from './Person.astro';
import Term from './Term.astro';

export const mdxComponents = { ChapterLink, DualDate, Figure, Person, Term };
