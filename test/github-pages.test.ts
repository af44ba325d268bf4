/**
 * The GitHub Pages workflow (.github/workflows/pages.yml) builds the site the
 * way this test does: its build step's command and variables, with the values
 * actions/configure-pages gives a project site, run in a copy of the project.
 * The site must then live under the repository's path.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { copyProject, PROJECT } from '../scripts/project-copy.ts';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

const workflow = parse(readFileSync(join(PROJECT, '.github/workflows/pages.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

/** What configure-pages reports for https://example.github.io/october-1917/. */
const PAGES = { origin: 'https://example.github.io', base_path: '/october-1917' };
const expand = (value: string) =>
  value.replace(/\$\{\{\s*steps\.pages\.outputs\.(\w+)\s*\}\}/g, (_, name: keyof typeof PAGES) => {
    if (!(name in PAGES)) throw new Error(`pages.yml uses steps.pages.outputs.${name}, which this test does not know`);
    return PAGES[name];
  });

const dir = mkdtempSync(join(tmpdir(), 'october-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the workflow uses the official Pages actions and uploads what its build writes', () => {
  const uses = steps.map((s) => s.uses?.split('@')[0]).filter(Boolean);
  expect(uses).toEqual(expect.arrayContaining(['actions/checkout', 'actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']));
  expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.['path']).toBe('dist');
});

test("the workflow's build, run as GitHub would run it, puts the site under the repository's path", () => {
  const build = steps.find((s) => s.run?.includes('npm run build'));
  expect(build, 'a step that runs npm run build').toBeDefined();
  const env = Object.fromEntries(Object.entries(build?.env ?? {}).map(([k, v]) => [k, expand(String(v))]));
  expect(env).toEqual({ SITE_URL: 'https://example.github.io', SITE_BASE: '/october-1917/' });
  copyProject(dir);
  // A runner's environment: Vitest's own variables (BASE_URL, MODE…) would leak into Vite's.
  const runner = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'TEST'].includes(k)));
  const run = spawnSync('bash', ['-c', build?.run ?? ''], { cwd: dir, env: { ...runner, ...env }, encoding: 'utf8' });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  const site = join(dir, 'dist');
  const home = readFileSync(join(site, 'index.html'), 'utf8');
  expect(home).toContain('<link rel="canonical" href="https://example.github.io/october-1917/">');
  expect(home).toContain('href="/october-1917/insurrection/"');
  expect(home).not.toMatch(/\s(href|src)="\/(?!october-1917\/)/);
  expect(readFileSync(join(site, 'robots.txt'), 'utf8')).toContain('https://example.github.io/october-1917/sitemap-index.xml');
  expect(readFileSync(join(site, '_headers'), 'utf8')).toMatch(/^\/october-1917\/_astro\/\*$/m);
  expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
}, 240_000);
