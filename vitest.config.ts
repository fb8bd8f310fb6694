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
  },
});
