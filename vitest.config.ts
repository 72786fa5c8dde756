import { defineConfig } from 'vitest/config';

// Under CI the JSON reporter also runs, so .ci/run can print its one-line `N passed, N failed` summary.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 240_000,
    reporters: process.env['CI'] ? ['default', 'json'] : ['default'],
    outputFile: { json: '.vitest-results.json' },
  },
});
