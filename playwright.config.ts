import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';
import { ROOT_PORT, SUBPATH_BASE, SUBPATH_OUT, SUBPATH_PORT } from './e2e/sites.mjs';

// `npm run test:e2e` builds both sites first and finds (or installs) Chromium.
const executablePath = process.env.CHROMIUM_PATH ?? (await findChromium());

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  // A machine shared with other work is slower; a test waits for states, and these are only its ceilings.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    launchOptions: { ...(executablePath && { executablePath }), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    {
      name: 'subpath',
      use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH_BASE}` },
      // Accessibility, byte budgets, every page without JavaScript, search ranking and the walk
      // through the book do not depend on the base path: they run once, at the root.
      testIgnore: ['accessibility.spec.ts', 'budgets.spec.ts', 'no-javascript-pages.spec.ts', 'search-ranking.spec.ts', 'book-order.spec.ts'],
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --dir dist --base / --port ${ROOT_PORT}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.mjs --dir ${SUBPATH_OUT} --base ${SUBPATH_BASE} --port ${SUBPATH_PORT}`,
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH_BASE}`,
      reuseExistingServer: false,
    },
  ],
});
