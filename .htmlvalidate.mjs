// @ts-check
/** Rules for every built page (scripts/e2e.mjs runs html-validate over dist/). */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro's inline scripts keep their source's indentation and line ends.
    'no-trailing-whitespace': 'off',
    // Astro writes some void elements as <meta /> and others as <link>; either is valid HTML.
    'void-style': 'off',
  },
};
