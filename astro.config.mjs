// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import cspPrune from './src/integrations/csp-prune';

// Where the site is served from and where it is built to both come from the
// environment, so one build script serves every host: `SITE_BASE=/repo/` for
// a GitHub Pages project site, `SITE_OUT` to keep a second build beside the first.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://october1917.example',
  base: process.env.SITE_BASE ?? '/',
  outDir: process.env.SITE_OUT ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), cspPrune()],
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
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: { plugins: [tailwindcss()] },
});
