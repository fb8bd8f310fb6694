import fc from 'fast-check';

/**
 * Every property of the run draws from the seed global-setup chose and printed (MIERUKA_FC_SEED),
 * so a red run is replayed with that seed; MIERUKA_FC_PATH, the path a failure prints, goes
 * straight to the failing case (run it with the one test it names). fast-check's own failure
 * message says both.
 */
const seed = Number(process.env.MIERUKA_FC_SEED);
const path = process.env.MIERUKA_FC_PATH;
if (Number.isInteger(seed)) {
  fc.configureGlobal({
    ...fc.readConfigureGlobal(),
    seed,
    ...(path !== undefined && path !== '' ? { path } : {}),
  });
}
