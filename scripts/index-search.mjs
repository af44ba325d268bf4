// Indexes the built site for search: Pagefind, then its word index cut into
// smaller chunks, then the pages rid of the markup only the indexer reads
// (see src/lib/search-index.ts for why).
//   node scripts/index-search.mjs [site dir, default $SITE_OUT or dist]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkName, chunkRanges, chunkWords, readPagefindFile, slimFragmentFile, stripIndexingMarkup, wordWeight, writePagefindFile } from '../src/lib/search-index.ts';

/**
 * Word locations per chunk. A search fetches the chunk table (some 33 bytes a
 * chunk) and a chunk per word (some 1.5 bytes a location), so the cheapest size
 * grows with the square root of the index: 2,000 locations (3 KB gzip) for this
 * book, never more than Pagefind's own 20,000 (27 KB).
 */
const chunkWeight = (total) => Math.min(20000, Math.max(1500, Math.round(Math.sqrt(12 * total))));

const site = process.argv[2] ?? process.env.SITE_OUT ?? 'dist';
const pagefind = spawnSync(join(import.meta.dirname, '../node_modules/.bin/pagefind'), ['--site', site], { stdio: 'inherit' });
if (pagefind.status !== 0) process.exit(pagefind.status ?? 1);

const bundle = join(site, 'pagefind');
const entryPath = join(bundle, 'pagefind-entry.json');
const entry = JSON.parse(readFileSync(entryPath, 'utf8'));

for (const [language, info] of Object.entries(entry.languages)) {
  const metaPath = join(bundle, `pagefind.${info.hash}.pf_meta`);
  const meta = readPagefindFile(readFileSync(metaPath), metaPath);
  const table = meta[2];
  if (!Array.isArray(table) || table.some((c) => !Array.isArray(c) || typeof c[2] !== 'string')) {
    throw new Error(`${metaPath}: no chunk table where Pagefind ${meta[0]} keeps it; check src/lib/search-index.ts against this version`);
  }
  const words = table.flatMap(([, , hash]) => {
    const path = join(bundle, 'index', `${hash}.pf_index`);
    const chunk = readPagefindFile(readFileSync(path), path);
    rmSync(path);
    return chunk[0];
  });
  const total = words.reduce((sum, word) => sum + wordWeight(word), 0);
  const chunks = chunkWords(words, chunkWeight(total));
  const ranges = chunkRanges(chunks);
  const taken = new Set();
  meta[2] = chunks.map((words, i) => {
    const bytes = writePagefindFile([words]);
    const name = chunkName(language, bytes, taken);
    taken.add(name);
    writeFileSync(join(bundle, 'index', `${name}.pf_index`), bytes);
    return [ranges[i].from, ranges[i].to, name];
  });
  const metaBytes = writePagefindFile(meta);
  rmSync(metaPath);
  info.hash = chunkName(language, metaBytes, new Set(), 10);
  writeFileSync(join(bundle, `pagefind.${info.hash}.pf_meta`), metaBytes);
  console.log(`Search index (${language}): ${table.length} Pagefind chunks re-cut into ${chunks.length} of ${chunkWeight(total)} locations`);
}
writeFileSync(entryPath, JSON.stringify(entry));

// Fragments: only what a result shows. `aliases` ranks, it is never shown.
for (const name of readdirSync(join(bundle, 'fragment'))) {
  const path = join(bundle, 'fragment', name);
  writeFileSync(path, slimFragmentFile(readFileSync(path), path, ['aliases']));
}

let stripped = 0;
for (const file of readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
  const path = join(site, file);
  const html = readFileSync(path, 'utf8');
  const lean = stripIndexingMarkup(html);
  if (lean !== html) {
    writeFileSync(path, lean);
    stripped++;
  }
}
console.log(`Indexing markup removed from ${stripped} pages`);
