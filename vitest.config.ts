import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // fast-check's seed for the run, printed by global-setup, replayed with MIERUKA_FC_SEED.
    setupFiles: ['test/support/fast-check-seed.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Files and tests in a random order, so that no test leans on what an earlier one left;
    // vitest prints the seed first ("Running tests with seed …"), and
    // `npm test -- --sequence.seed=N` replays that order.
    sequence: { shuffle: true },
    // The test files of one worker share their modules (the app, Kysely, ExcelJS…) instead of
    // importing them again each: that import was a third of the suite's time. Nothing here
    // mocks a module; a test makes what it needs, so what an earlier file left cannot matter.
    isolate: false,
    // Two files at once even on two cores (vitest's default there is one): most of a test's
    // time is spent waiting on a database, a server process or Chromium, not computing.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
