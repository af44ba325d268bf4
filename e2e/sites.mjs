// The two builds the end-to-end tests run against, shared by scripts/e2e.mjs
// (which builds them) and playwright.config.ts (which serves them).
export const ROOT_PORT = 4331;
export const SUBPATH_PORT = 4332;
export const SUBPATH_BASE = '/october/1917/';
export const SUBPATH_OUT = 'dist-subpath';
