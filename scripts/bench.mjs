#!/usr/bin/env node
// Figures, not tests. Builds the site (and, with --full, copies of it at 10×
// and 50× the book, and a Starlight site made from the same chapters) in a
// temporary folder, serves each with scripts/serve.mjs, measures it in
// Chromium, and writes bench/report.json and bench/report.md.
//
//   npm run bench                  this site: build, every page's weight, search
//   npm run bench -- --scale       also the book copied to 10× and 50× its chapters
//   npm run bench -- --starlight   also a Starlight site from the same chapters
//   npm run bench -- --lighthouse  also Lighthouse (mobile, default settings) on a chapter page
//   npm run bench -- --full        all of these
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './browser.mjs';

const project = resolve(import.meta.dirname, '..');
const full = process.argv.includes('--full');
const scale = full || process.argv.includes('--scale');
const starlight = full || process.argv.includes('--starlight');
const withLighthouse = full || process.argv.includes('--lighthouse');
const budgets = JSON.parse(readFileSync(join(project, 'budgets.json'), 'utf8'));
const SEARCH_TERMS = ['Tsentrobalt', 'Kerensky', 'Winter Palace', '7 November'];
const CHAPTER = 'insurrection/winter-palace/';
const work = mkdtempSync(join(tmpdir(), 'october-bench-'));
const report = { date: new Date().toISOString(), node: process.version, sites: {} };
// The project's own Node 22 (node_modules/.bin/node) first, even when run as plain `node scripts/bench.mjs`.
process.env.PATH = `${join(project, 'node_modules/.bin')}:${process.env.PATH}`;

/** Runs a command, timing it and (where GNU time exists) reading its peak memory. */
function timed(command, args, options) {
  const gnuTime = existsSync('/usr/bin/time');
  const start = performance.now();
  const run = spawnSync(gnuTime ? '/usr/bin/time' : command, gnuTime ? ['-f', 'peak-kb=%M', command, ...args] : args, {
    encoding: 'utf8',
    // A 50× build logs a warning per file: far more than spawnSync's default 1 MB buffer.
    maxBuffer: 1024 ** 3,
    ...options,
  });
  if (run.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${run.error?.message ?? `exit ${run.status}`}):\n${run.stderr?.slice(-4000)}`);
  }
  const peak = /peak-kb=(\d+)/.exec(run.stderr ?? '');
  return { seconds: Number(((performance.now() - start) / 1000).toFixed(2)), peakMB: peak ? Math.round(Number(peak[1]) / 1024) : null };
}

const dirBytes = (dir) =>
  readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    return sum + (statSync(path).isDirectory() ? dirBytes(path) : statSync(path).size);
  }, 0);

/**
 * Lighthouse's category scores (0–100) for a page: mobile, default settings, in
 * the same Chromium. Lighthouse is installed once into a folder of its own in
 * the temp directory, outside this project and its lockfile.
 */
function lighthouse(url, executablePath) {
  const home = join(tmpdir(), 'october-bench-lighthouse');
  const bin = join(home, 'node_modules/.bin/lighthouse');
  if (!existsSync(bin)) {
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, 'package.json'), '{"private":true}');
    timed('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', 'lighthouse@13'], { cwd: home });
  }
  const out = join(home, 'report.json');
  timed(process.execPath, [bin, url, '--quiet', '--output=json', `--output-path=${out}`, `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`], {
    env: { ...process.env, CHROME_PATH: executablePath },
  });
  const { categories, audits } = JSON.parse(readFileSync(out, 'utf8'));
  return {
    scores: Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round(c.score * 100)])),
    failing: Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode))
      .map((a) => `${a.id} (${a.score})`),
  };
}

/** A copy of this project in `dir`, sharing node_modules, optionally with the chapters repeated `times` over. */
function projectCopy(dir, times = 1) {
  for (const name of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(project, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (let copy = 2; copy <= times; copy++) {
    for (const section of ['background', 'insurrection', 'outcome', 'historiography']) {
      for (const file of readdirSync(join(project, 'content', section)).filter((f) => /^\d+-.*\.mdx$/.test(f))) {
        const [, order, slug] = /^(\d+)-(.*)\.mdx$/.exec(file);
        const source = readFileSync(join(project, 'content', section, file), 'utf8')
          .replace(/^order: \d+$/m, `order: ${copy * 100 + Number(order)}`)
          .replace(/^title: (.*)$/m, `title: $1 (copy ${copy})`)
          // A copy must not mark the original's timeline events a second time.
          .replace(/ event=(["'])[^]*?\1/g, '')
          .replace(/ time="[^"]*"/g, '');
        writeFileSync(join(dir, 'content', section, `${copy * 100 + Number(order)}-${slug}-copy-${copy}.mdx`), source);
      }
    }
  }
}

function buildOurs(dir) {
  const env = { ...process.env, SITE_OUT: join(dir, 'dist'), SITE_BASE: '/' };
  const astro = timed(join(project, 'node_modules/.bin/astro'), ['build'], { cwd: dir, env });
  // Pagefind and the re-cut of its index, as `npm run build` runs them.
  const pagefind = timed(process.execPath, [join(project, 'scripts/index-search.mjs'), join(dir, 'dist')], { cwd: dir, env });
  return { dist: join(dir, 'dist'), build: { astro, pagefind } };
}

/** A Starlight site made from the same chapters, in `dir`; its own install, outside this project. */
function buildStarlight(dir) {
  const versions = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).devDependencies;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({
    name: 'starlight-bench', private: true, type: 'module',
    dependencies: { astro: versions.astro, '@astrojs/starlight': '0.42.4', node: versions.node },
  }));
  timed('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({ integrations: [starlight({ title: 'October 1917', sidebar: [
  ${['background', 'insurrection', 'outcome', 'historiography'].map((s) => `{ label: '${s}', items: [{ autogenerate: { directory: '${s}' } }] }`).join(',\n  ')}
] })] });
`);
  writeFileSync(join(dir, 'src/content.config.ts'), `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`);
  writeFileSync(join(dir, 'src/content/docs/index.md'), '---\ntitle: October 1917\n---\n\nThe October Revolution.\n');
  for (const section of ['background', 'insurrection', 'outcome', 'historiography']) {
    mkdirSync(join(dir, 'src/content/docs', section), { recursive: true });
    for (const file of readdirSync(join(project, 'content', section)).filter((f) => f.endsWith('.mdx'))) {
      const source = readFileSync(join(project, 'content', section, file), 'utf8');
      // The same words as plain Markdown: components become their text, dates their ISO form.
      const body = source
        .replace(/^---[\s\S]*?---\n/, '')
        .replace(/<DualDate\s+(?:os|ns)="([^"]+)"[^>]*\/>/g, '$1')
        .replace(/<(Term|Person|ChapterLink)\b[^>]*>(.*?)<\/\1>/g, '$2');
      const title = /^title: (.*)$/m.exec(source)?.[1] ?? file;
      const order = /^order: (\d+)$/m.exec(source)?.[1] ?? '1';
      // Same addresses as this site: the slug without its ordering prefix.
      writeFileSync(join(dir, 'src/content/docs', section, file.replace(/^\d+-/, '').replace(/\.mdx$/, '.md')),
        `---\ntitle: ${JSON.stringify(title.replace(/^"|"$/g, ''))}\nsidebar:\n  order: ${order}\n---\n${body}`);
    }
  }
  const astro = timed(join(dir, 'node_modules/.bin/astro'), ['build'], { cwd: dir, env: { ...process.env, PATH: `${join(dir, 'node_modules/.bin')}:${process.env.PATH}` } });
  return { dist: join(dir, 'dist'), build: { astro, pagefind: { seconds: 0, peakMB: null, note: 'inside astro build' } } };
}

/** Serves `dist` with the project's plain static server; resolves when it listens. */
function serve(dist, port) {
  const child = spawn(process.execPath, [join(project, 'scripts/serve.mjs'), '--dir', dist, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ok) => child.stdout.once('data', () => ok(child)));
}

const gz = (body) => Math.min(body.length, gzipSync(body, { level: 9 }).length);

/** Every response a page gets, with its gzip weight. */
function recorder(page) {
  const seen = [];
  page.on('response', (r) =>
    seen.push(
      r.body()
        .then((b) => {
          const type = r.headers()['content-type'] ?? '';
          // Scripts written into the page run before interaction too: count them as JavaScript.
          const inline = type.includes('html')
            ? [...b.toString('utf8').matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('')
            : '';
          return { url: r.url(), type, bytes: gz(b), inlineJs: inline ? gz(Buffer.from(inline)) : 0 };
        })
        .catch(() => null),
    ),
  );
  return async () => (await Promise.all(seen)).filter(Boolean);
}

async function firstLoad(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = recorder(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  const all = await responses();
  await context.close();
  const sum = (list) => list.reduce((s, r) => s + r.bytes, 0);
  return {
    requests: all.length,
    totalGzip: sum(all),
    htmlGzip: sum(all.filter((r) => r.type.includes('html'))),
    cssGzip: sum(all.filter((r) => r.type.includes('css'))),
    jsGzip: sum(all.filter((r) => r.type.includes('javascript'))) + all.reduce((s, r) => s + r.inlineJs, 0),
    fontGzip: sum(all.filter((r) => r.type.includes('font'))),
  };
}

/** Bytes and requests a first search fetches, and ms from the last keystroke to the first result (median of runs). */
async function firstSearch(browser, origin, kind, term, runs = 5) {
  const times = [];
  let fetched = null;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let input;
    if (kind === 'ours') {
      await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
      input = page.locator('#search-query');
    } else {
      await page.goto(`${origin}/${CHAPTER}`, { waitUntil: 'networkidle' });
      await page.locator('button[data-open-modal]').first().click();
      input = page.locator('dialog input[type=search], dialog input').first();
      await input.waitFor();
      await page.waitForLoadState('networkidle');
    }
    const responses = recorder(page);
    await input.focus();
    // Type all but the last key, let that search settle, then time the last key to the answer for the whole term.
    await page.keyboard.type(term.slice(0, -1), { delay: 30 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400);
    await page.evaluate(({ term, kind }) => {
      const done = kind === 'ours'
        ? () => document.querySelector('[data-status]')?.textContent?.includes(`“${term}”`) && document.querySelector('[data-results] li')
        : () => [...document.querySelectorAll('.pagefind-ui__message, [class*=message]')].some((el) => el.textContent?.includes(term));
      window.__answered = new Promise((ok) => {
        new MutationObserver(() => done() && ok(performance.now())).observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    }, { term, kind });
    const typedAt = await page.evaluate(() => performance.now());
    await page.keyboard.press(term.at(-1));
    const shownAt = await page.evaluate(() => window.__answered);
    times.push(shownAt - typedAt);
    await page.waitForLoadState('networkidle');
    if (fetched === null) {
      const all = await responses();
      fetched = { requests: all.length, gzip: all.reduce((s, r) => s + r.bytes, 0) };
    }
    await context.close();
  }
  times.sort((a, b) => a - b);
  return { ...fetched, medianMs: Math.round(times[Math.floor(times.length / 2)]) };
}

function pages(dist) {
  return readdirSync(dist, { recursive: true })
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
    .map((f) => relative(dist, join(dist, f)).replace(/index\.html$/, ''));
}

async function measure(name, site, kind, browser, port, { everyPage = false } = {}) {
  const server = await serve(site.dist, port);
  const origin = `http://127.0.0.1:${port}`;
  const result = { build: site.build, searchIndexBytes: existsSync(join(site.dist, 'pagefind')) ? dirBytes(join(site.dist, 'pagefind')) : null };
  result.chapterHtmlBytes = statSync(join(site.dist, CHAPTER, 'index.html')).size;
  result.chapterPage = await firstLoad(browser, `${origin}/${CHAPTER}`);
  result.search = {};
  for (const term of SEARCH_TERMS) result.search[term] = await firstSearch(browser, origin, kind, term, everyPage ? 5 : 3);
  if (withLighthouse) {
    try {
      result.lighthouse = lighthouse(`${origin}/${CHAPTER}`, browserPath);
    } catch (error) {
      result.lighthouse = { error: String(error).slice(0, 500) };
    }
  }
  if (everyPage) {
    result.pages = {};
    for (const path of pages(site.dist)) result.pages[`/${path}`] = await firstLoad(browser, `${origin}/${path}`);
  }
  server.kill();
  report.sites[name] = result;
  console.log(`measured ${name}`);
}

const browserPath = await ensureChromium();
const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
try {
  const oursDir = join(work, 'ours');
  mkdirSync(oursDir);
  projectCopy(oursDir);
  await measure('this site', buildOurs(oursDir), 'ours', browser, 4411, { everyPage: true });
  // The comparisons are worth having even if one fails: each failure is reported, not fatal.
  const attempt = async (name, run) => {
    try {
      await run();
    } catch (error) {
      report.sites[name] = { error: String(error).slice(0, 2000) };
      console.error(`${name} failed: ${String(error).slice(0, 500)}`);
    }
  };
  if (scale) {
    for (const times of [10, 50]) {
      await attempt(`this site ×${times}`, async () => {
        const dir = join(work, `ours-${times}x`);
        mkdirSync(dir);
        projectCopy(dir, times);
        await measure(`this site ×${times}`, buildOurs(dir), 'ours', browser, 4411);
      });
    }
  }
  if (starlight) {
    await attempt('Starlight', async () => {
      const dir = join(work, 'starlight');
      mkdirSync(dir);
      await measure('Starlight', buildStarlight(dir), 'starlight', browser, 4412);
    });
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

// The report: JSON with everything, Markdown with the comparisons.
const kb = (n) => (n == null ? '–' : (n / 1024).toFixed(1));
const ours = report.sites['this site'];
const rows = Object.entries(report.sites).map(([name, s]) => {
  if (s.error) return `| ${name} | failed: ${s.error.split('\n')[0].slice(0, 120)} |`;
  const search = Object.values(s.search);
  return `| ${name} | ${(s.build.astro.seconds + (s.build.pagefind.seconds ?? 0)).toFixed(2)} s | ${s.build.astro.peakMB ?? '?'} MB | ${kb(s.chapterHtmlBytes)} | ${kb(s.chapterPage.totalGzip)} | ${kb(s.chapterPage.jsGzip)} | ${s.chapterPage.requests} | ${kb(Math.max(...search.map((x) => x.gzip)))} | ${Math.max(...search.map((x) => x.medianMs))} ms | ${kb(s.searchIndexBytes)} |`;
});
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '–');
const sl = report.sites['Starlight'];
const heaviestSearch = (site) => Math.max(...Object.values(site.search).map((x) => x.gzip));
const comparisons = [];
if (sl && !sl.error) {
  comparisons.push(
    `Starlight ÷ this site: chapter first load ${ratio(sl.chapterPage.totalGzip, ours.chapterPage.totalGzip)}, JavaScript ${ratio(sl.chapterPage.jsGzip, ours.chapterPage.jsGzip)}, requests ${ratio(sl.chapterPage.requests, ours.chapterPage.requests)}, heaviest first search ${ratio(heaviestSearch(sl), heaviestSearch(ours))}, build ${ratio(sl.build.astro.seconds, ours.build.astro.seconds + ours.build.pagefind.seconds)}.`,
  );
}
for (const times of [10, 50]) {
  const big = report.sites[`this site ×${times}`];
  if (big && !big.error) {
    comparisons.push(
      `At ${times}× the book: chapter HTML ${ratio(big.chapterHtmlBytes, ours.chapterHtmlBytes)}, build ${ratio(big.build.astro.seconds + big.build.pagefind.seconds, ours.build.astro.seconds + ours.build.pagefind.seconds)}, search index ${ratio(big.searchIndexBytes, ours.searchIndexBytes)}, heaviest first search ${ratio(heaviestSearch(big), heaviestSearch(ours))}.`,
    );
  }
}
const heaviest = Object.entries(ours.pages).sort((a, b) => b[1].totalGzip - a[1].totalGzip)[0];
const lighthouseRows = Object.entries(report.sites)
  .filter(([, site]) => site.lighthouse)
  .map(([name, { lighthouse: lh }]) =>
    lh.error
      ? `| ${name} | failed: ${lh.error.split('\n')[0].slice(0, 120)} |`
      : `| ${name} | ${['performance', 'accessibility', 'best-practices', 'seo'].map((c) => lh.scores[c] ?? '–').join(' | ')} | ${lh.failing.join(', ') || 'none'} |`,
  );
const searchRows = Object.entries(ours.search).map(([term, s]) => `| ${term} | ${kb(s.gzip)} | ${s.requests} | ${s.medianMs} ms |`);
const md = [
  `# Benchmark, ${report.date}`,
  '',
  `Chapter page: \`/${CHAPTER}\`. Bytes are gzip (level 9) of every response until the network is idle; a fresh browser context for each load.`,
  '',
  '| Site | Build | Peak memory | Chapter HTML KB (raw) | Chapter first load KB gz | JS KB gz (files + inline) | Requests | Heaviest first search KB gz | Slowest median search | Search index KB |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
  '',
  ...comparisons.map((line) => `- ${line}`),
  '',
  `Budgets (budgets.json): chapter page ≤ ${kb(budgets.chapterPage.totalGzipBytes)} KB, JS ≤ ${kb(budgets.chapterPage.scriptGzipBytes)} KB, first search ≤ ${kb(budgets.firstSearch.gzipBytes)} KB.`,
  `Heaviest page of this site: ${heaviest[0]} at ${kb(heaviest[1].totalGzip)} KB gz.`,
  '',
  ...(lighthouseRows.length
    ? [
        `| Lighthouse, mobile, /${CHAPTER} | Performance | Accessibility | Best practices | SEO | Audits below 1 |`,
        '| --- | ---: | ---: | ---: | ---: | --- |',
        ...lighthouseRows,
        '',
      ]
    : []),
  '| First search on this site | KB gz | Requests | Median keystroke → first result |',
  '| --- | ---: | ---: | ---: |',
  ...searchRows,
  '',
].join('\n');
mkdirSync(join(project, 'bench'), { recursive: true });
writeFileSync(join(project, 'bench/report.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(project, 'bench/report.md'), md);
console.log(md);
