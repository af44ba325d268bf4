// @ts-check
// Runs the end-to-end checks the way a reader meets the site: two real builds
// (one at the root, one under a subpath, as on GitHub Pages), every page of
// the first validated as HTML, then both served by the plain static server
// and driven by Playwright in Chromium.
//
//   npm run test:e2e [-- playwright args]
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './browser.mjs';
import { SUBPATH_BASE, SUBPATH_OUT } from '../e2e/sites.mjs';

process.env['CHROMIUM_PATH'] = await ensureChromium();

/** @param {string} label @param {string} command @param {string[]} args @param {Record<string, string>} env */
function step(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
  console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

step('Build the site at the root', 'npm', ['run', 'build'], { SITE_BASE: '/', SITE_OUT: 'dist' });
step(`Build the site under ${SUBPATH_BASE}`, 'npm', ['run', 'build'], { SITE_BASE: SUBPATH_BASE, SITE_OUT: SUBPATH_OUT });
// Files, not a browser: the rules are in .htmlvalidate.json. Pages differ between the builds only in their URLs.
step('Validate the HTML of every page', 'node_modules/.bin/html-validate', ['dist/**/*.html']);
step('Run Playwright', 'npx', ['playwright', 'test', ...process.argv.slice(2)]);
