// Runs the end-to-end tests the way a reader meets the site: two real builds
// (one at the root, one under a subpath, as on GitHub Pages), each served by
// the plain static server, driven by Playwright in Chromium.
//
//   npm run test:e2e [-- playwright args]
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './browser.mjs';
import { SUBPATH_BASE, SUBPATH_OUT } from '../e2e/sites.mjs';

process.env.CHROMIUM_PATH = await ensureChromium();

function step(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step('Build the site at the root', 'npm', ['run', 'build'], { SITE_BASE: '/', SITE_OUT: 'dist' });
step(`Build the site under ${SUBPATH_BASE}`, 'npm', ['run', 'build'], { SITE_BASE: SUBPATH_BASE, SITE_OUT: SUBPATH_OUT });
step('Run Playwright', 'npx', ['playwright', 'test', ...process.argv.slice(2)]);
