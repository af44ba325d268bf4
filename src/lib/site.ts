/** The site's name, in titles, Open Graph tags and citations. */
export const SITE_NAME = 'October 1917';
