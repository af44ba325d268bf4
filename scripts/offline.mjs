// Packs the built site as an offline copy: one ZIP a teacher can unpack and
// open from a folder or USB stick (file://). See src/lib/offline.ts.
//   node scripts/offline.mjs [site dir, default $SITE_OUT or dist]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keepOffline, offlinePage, OFFLINE_ARCHIVE, OFFLINE_FOLDER } from '../src/lib/offline.ts';
import { normaliseBase } from '../src/lib/urls.ts';
import { createZip } from '../src/lib/zip.ts';

const site = process.argv[2] ?? process.env.SITE_OUT ?? 'dist';
const base = normaliseBase(process.env.SITE_BASE ?? '/');
const onlineUrl = new URL(base, process.env.SITE_URL ?? 'https://october1917.example').href;
const made = new Date();

const files = readdirSync(site, { recursive: true, encoding: 'utf8' })
  .map((file) => file.split('\\').join('/'))
  .filter((file) => statSync(join(site, file)).isFile() && keepOffline(file))
  .sort();
const entries = files.map((file) => {
  const data = readFileSync(join(site, file));
  const content = file.endsWith('.html') ? Buffer.from(offlinePage(data.toString('utf8'), { file, base, onlineUrl, made })) : data;
  return { name: `${OFFLINE_FOLDER}/${file}`, data: content };
});
// A first file that says how to start, for a reader who unpacks and sees only folders.
entries.unshift({
  name: `${OFFLINE_FOLDER}/README.txt`,
  data: Buffer.from(`October 1917 — offline copy, made on ${made.toISOString().slice(0, 10)}.\r\n\r\nOpen index.html in this folder with any web browser. Every page works without an internet connection except search and the date converter, which need the online site:\r\n${onlineUrl}\r\n`),
});
const zip = createZip(entries, made);
writeFileSync(join(site, OFFLINE_ARCHIVE), zip);
console.log(`Offline copy: ${OFFLINE_ARCHIVE}, ${entries.length} files, ${(zip.length / 1024).toFixed(0)} KB`);
