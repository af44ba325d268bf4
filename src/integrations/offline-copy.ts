/**
 * After the build (and after search indexing): packs the site as the offline
 * copy, one ZIP a teacher can unpack and open from a folder or USB stick
 * (file://), at `<site>/october-1917-offline.zip`. What is rewritten and why:
 * src/lib/offline.ts.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { keepOffline, offlineArchive, offlinePage, offlineReadme, OFFLINE_ARCHIVE } from '../lib/offline.ts';
import { absoluteUrl, normaliseBase } from '../lib/urls.ts';
import { builtFiles } from './built-files.ts';

export default function offlineCopy(): AstroIntegration {
  let base = '/';
  let onlineUrl: string | undefined;
  return {
    name: 'offline-copy',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
        onlineUrl = config.site ? absoluteUrl('', config.site, base) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const made = new Date();
        const names = (await builtFiles(site)).filter(keepOffline);
        // The offline script, as one classic script (browsers run no module scripts from a folder), and the previews it shows.
        const bundled = await build({ entryPoints: [resolve('src/scripts/offline.ts')], bundle: true, minify: true, format: 'iife', target: 'es2022', write: false });
        const script = bundled.outputFiles[0]?.text.trim();
        const previews = JSON.parse(await readFile(join(site, 'previews.json'), 'utf8')) as Record<string, unknown>;
        const files = [{ name: 'README.txt', data: new TextEncoder().encode(offlineReadme(onlineUrl, made)) }];
        for (const name of names) {
          const data = await readFile(join(site, name));
          files.push({ name, data: name.endsWith('.html') ? new TextEncoder().encode(offlinePage(data.toString('utf8'), { file: name, base, onlineUrl, made, script, previews })) : data });
        }
        const zip = offlineArchive(files, made);
        await writeFile(join(site, OFFLINE_ARCHIVE), zip);
        logger.info(`${OFFLINE_ARCHIVE}: ${files.length} files, ${(zip.length / 1024).toFixed(0)} KB, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
