import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The files that start a private dockerd. Every such engine shares the host's iptables tables, and two starting or
// setting up networks at once can remove each other's rules ("Chain already exists", "No chain/target/match by that
// name" seen here), so these files run one at a time, beside all the others.
const ENGINE_TESTS = ['test/**/*.engine.test.ts', 'test/engine/private-engine.test.ts'];

// Under CI the JSON reporter also runs, so .ci/run can print its one-line `N passed, N failed` summary.
export default defineConfig({
  // As in the build (esbuild.config.mjs): marked-terminal gets lighter stand-ins for two of its dependencies.
  resolve: {
    alias: [
      {
        find: /^cli-highlight$/,
        replacement: fileURLToPath(new URL('src/ui/highlight-code.ts', import.meta.url)),
      },
      { find: /^node-emoji$/, replacement: fileURLToPath(new URL('src/ui/no-emoji.ts', import.meta.url)) },
    ],
  },
  test: {
    // marked-terminal is run through vitest's resolver, so that the aliases above apply to its imports
    server: { deps: { inline: ['marked-terminal'] } },
    projects: [
      { extends: true, test: { name: 'main', include: ['test/**/*.test.ts'], exclude: ENGINE_TESTS } },
      { extends: true, test: { name: 'engine', include: ENGINE_TESTS, fileParallelism: false } },
    ],
    // vitest's default is one worker fewer than the CPUs: a single worker on a 2-core machine. Most test time is
    // spent waiting on processes the tests start (the built binary, tmux, less, dockerd), so one more than the
    // CPUs keeps them busy (measured on 2 cores, loaded: 147 s -> 123 s for the suite without the engine tests).
    maxWorkers: availableParallelism() + 1,
    testTimeout: 30_000,
    hookTimeout: 240_000,
    reporters: process.env['CI'] ? ['default', 'json'] : ['default'],
    outputFile: { json: '.vitest-results.json' },
  },
});
