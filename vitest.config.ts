import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code they test (src/lib/*.test.ts); the build
// tests in test/ run real `astro build`s over broken copies of the content.
// Playwright's specs in e2e/ are not Vitest's.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 10_000,
  },
});
