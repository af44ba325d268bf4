// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import cspPrune from './src/integrations/csp-prune.ts';
import hostHeaders from './src/integrations/host-headers.ts';
import offlineCopy from './src/integrations/offline-copy.ts';
import searchIndex from './src/integrations/search-index.ts';
import siteAddress from './src/integrations/site-address.ts';
import { PRE_PAINT_HASH } from './src/lib/pre-paint.ts';

// Where the site is served from and where it is built to both come from the
// environment, so one build script serves every host: `SITE_BASE=/repo/` for
// a GitHub Pages project site, `SITE_OUT` to keep a second build beside the
// first. Integrations read them back from Astro's config, never from here.
export default defineConfig({
  // No SITE_URL, no address: pages then name their paths, never a made-up address (src/integrations/site-address.ts).
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base: process.env.SITE_BASE ?? '/',
  outDir: process.env.SITE_OUT ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // After the pages are built, in this order: the sitemap; each page's CSP trimmed to its own hashes;
  // _headers for hosts that read it; the search index (which strips indexing markup from the pages);
  // the offline copy of the finished site.
  integrations: [
    mdx(),
    siteAddress(),
    // A sitemap lists absolute addresses, so it needs the site's.
    ...(process.env.SITE_URL ? [sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) })] : []),
    cspPrune(),
    hostHeaders(),
    searchIndex(),
    offlineCopy(),
  ],
  // Chapters have no code to highlight, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy in a <meta> tag, so it travels with the files to
  // any static host: only this site's own scripts (hashed where inline) and
  // styles, nothing from elsewhere. Pagefind compiles WebAssembly, hence
  // 'wasm-unsafe-eval'; it needs no other exception.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [PRE_PAINT_HASH] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    plugins: [tailwindcss()],
    // Short script names: every page names its scripts, and a chapter's budget counts each byte.
    environments: {
      client: {
        build: {
          rolldownOptions: { output: { entryFileNames: '_astro/[hash].js', chunkFileNames: '_astro/[hash].js' } },
        },
      },
    },
    build: {
      // Page scripts are files, never inlined, so every page has the same CSP and a host can send it
      // as one header (_headers); module scripts are deferred, so a file costs no render time.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's compiled MDX starts with a "use astro:head-inject" directive, which the bundler
        // warns about once per MDX file (some 130 identical warnings a build). It is Astro's own
        // marker and harmless (an open Astro issue); every other warning is still shown.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
