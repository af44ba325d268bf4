// @ts-check
// Finds a Chromium for the end-to-end tests, or installs one where it can.
// Playwright's own browser download does not work everywhere (closed
// networks), so a system Chromium is preferred: CHROMIUM_PATH if set, then
// the usual system paths, then a browser Playwright downloaded earlier.
//
//   node scripts/browser.mjs          prints the path, installing if needed
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags that let Chromium run headless as root in a container with a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function playwrightsOwn() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** The path of a usable Chromium, or null. */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  return SYSTEM_PATHS.find((path) => existsSync(path)) ?? (await playwrightsOwn());
}

/** @param {string} command @param {string[]} args */
function run(command, args) {
  console.error(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] }).status === 0;
}

/** Finds Chromium, or installs it (Debian's package as root, else Playwright's download); exits with advice if it cannot. */
export async function ensureChromium() {
  const found = await findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.error('No Chromium found: installing Debian\'s chromium package.');
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])) {
      const installed = await findChromium();
      if (installed) return installed;
    }
  } else {
    console.error('No Chromium found: trying Playwright\'s own download.');
    if (run('npx', ['playwright', 'install', 'chromium'])) {
      const installed = await findChromium();
      if (installed) return installed;
    }
  }
  console.error(
    [
      '',
      'The end-to-end tests need Chromium, and none could be found or installed.',
      'Install one, then run the tests again:',
      '  Debian/Ubuntu:  sudo apt-get install chromium',
      '  macOS:          brew install --cask chromium',
      '  anywhere with internet access:  npx playwright install chromium',
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await ensureChromium());
}
