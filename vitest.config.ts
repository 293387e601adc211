import { defineConfig } from 'vitest/config';

/**
 * Three kinds of test, run in this order by `npm test`:
 *  - unit:  pure logic in src/lib (no build needed)
 *  - build: the build itself, on broken copies of the content (slow: each runs Astro)
 *  - site:  the built site in dist/, in headless Chromium
 */
export default defineConfig({
  test: {
    // One temporary folder per run (TMPDIR), removed when the run ends.
    globalSetup: ['tests/support/temp-root.ts'],
    projects: [
      // A generous limit, not a timing assertion: some unit tests start the project's own scripts
      // (new-report, check), which take seconds on a busy machine.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000, fileParallelism: false } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/site-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits for a state (a frame drawn, a status shown) and ends as soon as it
          // holds; its default ceiling of one second failed on a busy machine (an embed frame under
          // a concurrent test run), so a page's state gets as long as a page load may take.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
