import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests of pure functions, and browser tests that build the real site once.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          root: '.',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'e2e',
          root: '.',
          include: ['tests/e2e/**/*.test.ts'],
          // Finds Chromium (or installs it on CI) before anything is built: tests/setup/browser-setup.ts.
          globalSetup: ['tests/setup/browser-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
