/** After the build, trims each page's CSP <meta> to the hashes that page needs (see src/lib/csp.ts). */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pruneCspHashes } from '../lib/csp.ts';
import { htmlFiles } from './built-files.ts';

export default function cspPrune(): AstroIntegration {
  return {
    name: 'csp-prune',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const pruned = pruneCspHashes(html, file);
          if (pruned !== html) await writeFile(file, pruned);
        }
      },
    },
  };
}
