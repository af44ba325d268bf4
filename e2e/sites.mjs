// @ts-check
// The two builds the end-to-end tests run against, shared by scripts/e2e.mjs
// (which builds them) and playwright.config.ts (which serves them). The ports
// can be chosen from the environment, so that two checkouts on one machine
// can run their suites at the same time.

/** @param {string} name @param {number} fallback */
function port(name, fallback) {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 65535) throw new Error(`${name}=${value} is not a port number`);
  return number;
}

export const ROOT_PORT = port('E2E_ROOT_PORT', 4331);
export const SUBPATH_PORT = port('E2E_SUBPATH_PORT', 4332);
export const SUBPATH_BASE = '/october/1917/';
export const SUBPATH_OUT = 'dist-subpath';

/** The address the test builds are published at: a reserved example domain, so that canonical links and citations are absolute. */
export const SITE_URL = 'https://october1917.example';
