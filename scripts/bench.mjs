#!/usr/bin/env node
// Figures, not tests: how long the build takes and what each page weighs.
// Builds into a separate folder so `dist/` is left alone, then writes
// bench/report.json and bench/report.md.
//
//   npm run bench
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

const out = 'bench/dist';
const report = { date: new Date().toISOString(), node: process.version, build: {}, pages: [] };

/** Runs a step, timing it and (where GNU time exists) reading its peak memory. */
function timed(label, command, args, env = {}) {
  const gnuTime = existsSync('/usr/bin/time');
  const start = performance.now();
  const run = spawnSync(gnuTime ? '/usr/bin/time' : command, gnuTime ? ['-f', 'peak-kb=%M', command, ...args] : args, {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error(`${label} failed`);
  }
  const peak = /peak-kb=(\d+)/.exec(run.stderr ?? '');
  return { seconds: Number(seconds.toFixed(2)), peakMemoryMB: peak ? Math.round(Number(peak[1]) / 1024) : null };
}

rmSync(out, { recursive: true, force: true });
mkdirSync('bench', { recursive: true });
report.build.astro = timed('astro build', 'node_modules/.bin/astro', ['build'], { SITE_OUT: out, SITE_BASE: '/' });
report.build.pagefind = timed('pagefind', 'node_modules/.bin/pagefind', ['--site', out]);

const size = (path) => {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

// What a first visit to each page downloads before any interaction: the HTML
// and the stylesheets and scripts it links (search loads nothing until used).
for (const file of htmlFiles(out)) {
  const html = readFileSync(file, 'utf8');
  const assets = [...html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="\/([^"]+)"/g)].map((m) => m[1]);
  const page = { path: `/${relative(out, file).replace(/index\.html$/, '')}`, html: size(file), css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 } };
  for (const asset of new Set(assets)) {
    const kind = asset.endsWith('.css') ? 'css' : 'js';
    const s = size(join(out, asset));
    page[kind].raw += s.raw;
    page[kind].gzip += s.gzip;
  }
  const inlineJs = [...html.matchAll(/<script(?![^>]*src)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  page.js.raw += Buffer.byteLength(inlineJs);
  page.requests = 1 + new Set(assets).size;
  page.totalGzip = page.html.gzip + page.css.gzip + page.js.gzip;
  report.pages.push(page);
}
report.pages.sort((a, b) => a.path.localeCompare(b.path));

const kb = (n) => (n / 1024).toFixed(1);
const rows = report.pages.map(
  (p) => `| ${p.path} | ${kb(p.html.gzip)} | ${kb(p.css.gzip)} | ${kb(p.js.gzip)} | ${kb(p.totalGzip)} | ${p.requests} |`,
);
const md = [
  `# Benchmark, ${report.date}`,
  '',
  `Build: astro ${report.build.astro.seconds} s (peak ${report.build.astro.peakMemoryMB ?? '?'} MB), pagefind ${report.build.pagefind.seconds} s.`,
  '',
  '| Page | HTML KB gz | CSS KB gz | JS KB gz | Total KB gz | Requests |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
  '',
].join('\n');
writeFileSync('bench/report.json', `${JSON.stringify(report, null, 2)}\n`);
writeFileSync('bench/report.md', md);
console.log(md);
rmSync(out, { recursive: true, force: true });
