import { defineConfig } from 'vitest/config';

// Three projects, all run by `npm test`:
// - unit: pure functions and in-process pipelines; `npx vitest --project unit` is the seconds-long loop.
// - integration: tests that spawn a process (the real ingest CLI, a benchmark) or feed big inputs.
//   tests/setup/projects.test.ts fails when a unit test starts spawning, so the loop stays fast.
// - e2e: browser tests on a real build; tests/setup/browser-setup.ts finds Chromium first.
export const INTEGRATION = [
  'tests/ingest/cli.test.ts',
  'tests/ingest/edits.test.ts',
  'tests/ingest/concurrent.test.ts',
  'tests/ingest/crash.test.ts',
  'tests/ingest/front-matter.test.ts',
  'tests/ingest/io-failure.test.ts',
  'tests/ingest/score-splits.test.ts',
  'tests/ingest/seed-links.test.ts',
  'tests/ingest/temp-files.test.ts',
  'tests/ingest/withdraw.test.ts',
  'tests/ingest/rename.test.ts',
  'tests/ingest/rerun.test.ts',
  'tests/ingest/compile-cache.test.ts',
  'tests/ingest/skip-turbofan.test.ts',
  'tests/ingest/node-flags.test.ts',
  'tests/ingest/incremental.test.ts',
  'tests/ingest/events/title-lint.test.ts',
  'tests/ingest/time/fit-dating.test.ts',
  'tests/add/add.test.ts',
  'tests/ingest/read/html-seeds.test.ts',
  'tests/ingest/read/markdown-seeds.test.ts',
  'tests/site/big-article.test.ts',
  'tests/build/start.test.ts',
  'tests/site/astro-check.test.ts',
  'tests/setup/no-browser.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          root: '.',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**', ...INTEGRATION],
          // Pure modules: evaluated once per worker instead of once per file.
          isolate: false,
        },
      },
      {
        test: {
          name: 'integration',
          root: '.',
          include: INTEGRATION,
          // Their set-up spawns the CLI or builds a corpus: seconds alone, much longer on a loaded
          // machine, where vitest's 10 s default for a hook failed a suite that had nothing wrong.
          hookTimeout: 300_000,
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
          // A page's answer to a click (Pagefind fetching 30 more results) takes seconds on a loaded
          // machine: the polls wait up to 10 s instead of 1 s, and still end at the first match.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
