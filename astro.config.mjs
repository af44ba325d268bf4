// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';

// Where the site is served from and where it is built to both come from the
// environment, so one build script serves every host: `SITE_BASE=/repo/` for
// a GitHub Pages project site, `SITE_OUT` to keep a second build beside the first.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://october1917.example',
  base: process.env.SITE_BASE ?? '/',
  outDir: process.env.SITE_OUT ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
});
