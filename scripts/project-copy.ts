/**
 * A copy of this project in another folder, built with the project's own
 * `astro build`: what the build tests break on purpose and what the benchmark
 * grows to ten and fifty times the book. The copy links to the project's
 * installed packages, but has caches of its own (see copyProject).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SECTION_IDS } from '../src/lib/sections.ts';

/** This project's folder. */
export const PROJECT = resolve(import.meta.dirname, '..');

/** What a build needs of the project: sources, content, static files and configuration. */
const BUILD_INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Copies the project into `dir` (which may not exist yet), then writes `files` over it: `{ 'content/x.mdx': text }`. */
export function copyProject(dir: string, files: Record<string, string> = {}): string {
  mkdirSync(dir, { recursive: true });
  for (const name of BUILD_INPUTS) cpSync(join(PROJECT, name), join(dir, name), { recursive: true });
  // Every installed package, linked one by one: not node_modules itself, where Astro keeps its
  // content store (.astro) and Vite its caches (.vite*), so that a copy's content never leaks
  // into the project's next build.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(PROJECT, 'node_modules'))) {
    if (!/^\.(astro|vite|vite-temp|vitest-cache|cache)$/.test(name)) symlinkSync(join(PROJECT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/**
 * Adds copies 2…`times` of every chapter to a copied project, so that the book
 * is `times` as long: new orders, titles and file names, and no timeline
 * events (each may be marked once in the book).
 */
export function repeatChapters(dir: string, times: number): void {
  for (let copy = 2; copy <= times; copy++) {
    for (const section of SECTION_IDS) {
      for (const file of readdirSync(join(PROJECT, 'content', section)).filter((f) => /^\d+-.*\.mdx$/.test(f))) {
        const [, order = '0', slug = ''] = /^(\d+)-(.*)\.mdx$/.exec(file) ?? [];
        const newOrder = copy * 100 + Number(order);
        const source = readFileSync(join(PROJECT, 'content', section, file), 'utf8')
          .replace(/^order: \d+$/m, `order: ${newOrder}`)
          .replace(/^title: (.*)$/m, `title: $1 (copy ${copy})`)
          .replace(/ event=(["'])[^]*?\1/g, '')
          .replace(/ time="[^"]*"/g, '');
        writeFileSync(join(dir, 'content', section, `${newOrder}-${slug}-copy-${copy}.mdx`), source);
      }
    }
  }
}

export interface BuildRun {
  /** The exit status: 0 when the build succeeded. */
  status: number | null;
  /** stdout and stderr, without colour codes. */
  output: string;
  seconds: number;
  /** Peak resident memory of the build, where GNU time can tell. */
  peakMB: number | null;
  /** Whether a site was left behind (`<out>/index.html`). */
  site: boolean;
}

/**
 * Runs `astro build` (the project's whole build) in a copied project, writing the site to
 * `<dir>/dist`; `astro` may name another project's Astro (the benchmark's Starlight site).
 */
export function buildCopy(dir: string, env: Record<string, string> = {}, astro = join(PROJECT, 'node_modules/.bin/astro')): BuildRun {
  const out = join(dir, 'dist');
  const gnuTime = existsSync('/usr/bin/time');
  const started = performance.now();
  const run = spawnSync(gnuTime ? '/usr/bin/time' : astro, gnuTime ? ['-f', 'peak-kb=%M', astro, 'build'] : ['build'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1024 ** 3,
    // The project's own Node 22 first, as `npm run` would have it.
    env: { ...process.env, PATH: `${join(PROJECT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`, SITE_OUT: out, SITE_BASE: '/', FORCE_COLOR: '0', ...env },
  });
  const seconds = Number(((performance.now() - started) / 1000).toFixed(2));
  // Astro colours its log even when told not to.
  const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[\d;]*m/g, '');
  const peak = /peak-kb=(\d+)/.exec(run.stderr ?? '');
  return { status: run.status, output, seconds, peakMB: peak ? Math.round(Number(peak[1]) / 1024) : null, site: existsSync(join(out, 'index.html')) };
}
