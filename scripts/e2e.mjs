// @ts-check
// Runs the end-to-end checks the way a reader meets the site: two real builds
// (one at the root, one under a subpath, as on GitHub Pages), every page of
// the first validated as HTML, then both served by the plain static server
// and driven by Playwright in Chromium.
//
//   npm run test:e2e [-- playwright args]
import { spawn } from 'node:child_process';
import { ensureChromium } from './browser.mjs';
import { SITE_URL, SUBPATH_BASE, SUBPATH_OUT } from '../e2e/sites.mjs';

process.env['CHROMIUM_PATH'] = await ensureChromium();

/**
 * Runs a step to its end, its output printed as one block, and stops everything if it fails.
 * @param {string} label @param {string} command @param {string[]} args @param {Record<string, string>} env
 */
function step(label, command, args, env = {}, { stream = false } = {}) {
  const started = Date.now();
  const child = spawn(command, args, { stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  if (stream) console.log(`\n▶ ${label}`);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      if (!stream) console.log(`\n▶ ${label}\n${output.trimEnd()}`);
      console.log(`  (${label}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      if (code !== 0) process.exit(code ?? 1);
      resolve(undefined);
    });
  });
}

await step('Build the site at the root', 'npm', ['run', 'build'], { SITE_BASE: '/', SITE_OUT: 'dist', SITE_URL });
// Files, not a browser: the rules are in .htmlvalidate.mjs. It reads the root build while the second one is made.
await Promise.all([
  step('Validate the HTML of every page', 'node_modules/.bin/html-validate', ['dist/**/*.html']),
  step(`Build the site under ${SUBPATH_BASE}`, 'npm', ['run', 'build'], { SITE_BASE: SUBPATH_BASE, SITE_OUT: SUBPATH_OUT, SITE_URL }),
]);
await step('Run Playwright', 'npx', ['playwright', 'test', ...process.argv.slice(2)], {}, { stream: true });
