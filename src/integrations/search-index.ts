/**
 * After the build: indexes the site for search with Pagefind's Node API,
 * re-cuts its word index into small chunks, slims what results fetch, and
 * strips from the pages the markup only the indexer reads. Why, and the
 * format it relies on: src/lib/search-index.ts.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { RANK_ONLY_FIELDS } from '../lib/search.ts';
import { htmlFiles } from './built-files.ts';
import {
  checkPagefindVersion,
  PAGEFIND_VERIFIED,
  chunkName,
  chunkRanges,
  chunkWords,
  readPagefindFile,
  slimFragmentFile,
  stripIndexingMarkup,
  wordWeight,
  writePagefindFile,
  type Cbor,
} from '../lib/search-index.ts';

/**
 * Word locations per chunk. A search fetches the chunk table (some 33 bytes a
 * chunk) and a chunk per word (some 1.5 bytes a location), so the cheapest size
 * grows with the square root of the index; for this book that is under the
 * floor of 1,500 locations (about 2.5 KB gzip), and it never exceeds
 * Pagefind's own 20,000 (27 KB).
 */
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const chunkWeight = (total: number) => Math.min(20000, Math.max(1500, Math.round(Math.sqrt(12 * total))));

async function runPagefind(site: string) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}

/** Re-cuts each language's word index into chunks of `chunkWeight` locations and rewrites its chunk table. */
async function recutIndex(bundle: string, logger: AstroIntegrationLogger) {
  const entryPath = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryPath, 'utf8')) as { version?: string; languages: Record<string, { hash: string }> };
  checkPagefindVersion(entry, entryPath);
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaPath = join(bundle, `pagefind.${info.hash}.pf_meta`);
    const meta = readPagefindFile(await readFile(metaPath), metaPath);
    const table = Array.isArray(meta) ? meta[2] : undefined;
    if (!Array.isArray(meta) || !Array.isArray(table) || table.some((c) => !Array.isArray(c) || typeof c[2] !== 'string')) {
      throw new Error(`${metaPath}: no chunk table where Pagefind ${PAGEFIND_VERIFIED} keeps it; check src/lib/search-index.ts against this version`);
    }
    const words: Cbor[] = [];
    for (const [, , hash] of table as [string, string, string][]) {
      const path = join(bundle, 'index', `${hash}.pf_index`);
      const chunk = readPagefindFile(await readFile(path), path);
      await rm(path);
      if (!Array.isArray(chunk) || !Array.isArray(chunk[0])) throw new Error(`${path}: not a Pagefind word chunk`);
      words.push(...chunk[0]);
    }
    const total = words.reduce<number>((sum, word) => sum + wordWeight(word), 0);
    const chunks = chunkWords(words, chunkWeight(total));
    const ranges = chunkRanges(chunks);
    const taken = new Set<string>();
    const newTable: Cbor[] = [];
    for (const [i, chunkWordsList] of chunks.entries()) {
      const bytes = writePagefindFile([chunkWordsList]);
      const name = chunkName(language, bytes, taken);
      taken.add(name);
      await writeFile(join(bundle, 'index', `${name}.pf_index`), bytes);
      newTable.push([ranges[i]?.from ?? '', ranges[i]?.to ?? '', name]);
    }
    meta[2] = newTable;
    const metaBytes = writePagefindFile(meta);
    await rm(metaPath);
    info.hash = chunkName(language, metaBytes, new Set(), 10);
    await writeFile(join(bundle, `pagefind.${info.hash}.pf_meta`), metaBytes);
    logger.info(`${language}: ${table.length} Pagefind chunks re-cut into ${chunks.length} of ${chunkWeight(total)} locations`);
  }
  await writeFile(entryPath, JSON.stringify(entry));
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const pages = await runPagefind(site);
        const bundle = join(site, 'pagefind');
        await recutIndex(bundle, logger);
        // Fragments: only what a result shows.
        const fragments = join(bundle, 'fragment');
        for (const name of await readdir(fragments)) {
          const path = join(fragments, name);
          await writeFile(path, slimFragmentFile(await readFile(path), path, [...RANK_ONLY_FIELDS]));
        }
        let stripped = 0;
        for (const path of await htmlFiles(site)) {
          const html = await readFile(path, 'utf8');
          const lean = stripIndexingMarkup(html);
          if (lean !== html) {
            await writeFile(path, lean);
            stripped++;
          }
        }
        logger.info(`${pages} pages indexed, indexing markup removed from ${stripped}, in ${seconds(started)}`);
      },
    },
  };
}
