import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs the engine and CLI suites; `browser` drives Debian's Chromium against the
// built site in dist/, so it runs after `astro build` (see the `test` script in package.json).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**'],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
